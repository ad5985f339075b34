using System.Buffers;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Pages;

namespace Trygghetsrad.Site.Rendering;

/// <summary>
/// The Scriban templates of a build, parsed once from the templates folder and shared by every thread
/// (a parsed <see cref="Template"/> is immutable; each render gets its own context).
/// Every page is rendered by its own template, then wrapped in <c>layout.sbn</c>.
/// </summary>
public sealed class TemplateSet
{
    /// <summary>The templates every build needs: the layout and the parts of every page, each page kind's, and the parts of its pages.</summary>
    public static IReadOnlyList<string> Required { get; } =
        ["layout", .. PageKinds.SiteParts.Select(p => p.Template), .. PageKinds.All.Select(k => k.Template), .. PageKinds.All.SelectMany(k => k.Parts).Select(p => p.Template)];

    /// <summary>The names in the templates folder the generator reads.</summary>
    public static readonly IReadOnlyList<string> Names = [.. Required.Select(name => name + ".sbn"), "assets", StringTables.Folder];

    private readonly Dictionary<string, (Template Template, string Path)> _templates;
    private readonly ScriptObject _builtins = HtmlTemplateContext.CreateBuiltins();

    // One context and two output buffers (the content, then the page in its layout) per rendering thread, reused
    // for every page it renders: a Scriban context sets up its stacks and caches when made, and a fresh buffer
    // grows step by step. A thread's own needs no lock.
    private readonly ThreadLocal<Renderer?> _renderers = new();

    private TemplateSet(Dictionary<string, (Template, string)> templates) => _templates = templates;

    /// <summary>Parses the templates; null (with diagnostics at the template's line and column) when any fails.</summary>
    public static TemplateSet? Load(string templatesDirectory, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(templatesDirectory))
        {
            // One error for the folder, not one for each template it lacks.
            diagnostics.Error(SourceLocation.StartOf(DisplayPath.For(templatesDirectory)), "mallmappen finns inte");
            return null;
        }

        var templates = new Dictionary<string, (Template, string)>(StringComparer.Ordinal);
        var ok = true;
        foreach (var name in Required)
        {
            var path = Path.Combine(templatesDirectory, name + ".sbn");
            var display = DisplayPath.For(path);
            if (!File.Exists(path))
            {
                diagnostics.Error(SourceLocation.StartOf(display), $"mallen '{name}.sbn' saknas i mallmappen");
                ok = false;
                continue;
            }

            var text = SourceText.Read(path, display, diagnostics);
            if (text is null)
            {
                ok = false;
                continue;
            }

            if (ParseOrReport(text, display, diagnostics) is not { } template)
            {
                ok = false;
                continue;
            }

            if (template.HasErrors)
            {
                foreach (var message in template.Messages)
                {
                    diagnostics.Error(new SourceLocation(display, message.Span.Start.Line + 1, message.Span.Start.Column + 1), "mallfel: " + message.Message);
                }

                ok = false;
                continue;
            }

            templates[name] = (template, display);
        }

        return ok ? new TemplateSet(templates) : null;
    }

    // Scriban reports template errors as messages; anything it throws instead is reported at the template's start.
    private static Template? ParseOrReport(string text, string display, DiagnosticBag diagnostics)
    {
        try
        {
            return Template.Parse(text, display);
        }
        catch (Exception ex)
        {
            diagnostics.Error(SourceLocation.StartOf(display), $"mallen kan inte läsas ({ex.GetType().Name}: {Excerpt.Of(ex.Message)})");
            return null;
        }
    }

    /// <summary>
    /// Renders page template <paramref name="name"/> with <paramref name="page"/>, wrapped in the layout, and hands
    /// the page's HTML to <paramref name="use"/>. The HTML lives in the rendering thread's buffer, valid only
    /// until <paramref name="use"/> returns: no string per page.
    /// </summary>
    /// <exception cref="TemplateRenderException">A template failed at run time (an undefined variable, say).</exception>
    public void RenderPage<TState>(string name, object page, ScriptObject siteGlobals, TState state, ReadOnlySpanAction<char, TState> use)
    {
        var renderer = _renderers.Value ??= new Renderer(new HtmlTemplateContext(_builtins), new PageBuffer(), new PageBuffer());
        var pageGlobals = new ScriptObject { ["page"] = page };
        Render(renderer, name, siteGlobals, pageGlobals, renderer.Content);
        pageGlobals["content"] = new RenderedContent(renderer.Content);
        Render(renderer, "layout", siteGlobals, pageGlobals, renderer.Page);
        use(renderer.Page.Text, state);
    }

    /// <summary>Renders page template <paramref name="name"/> with <paramref name="page"/>, wrapped in the layout, as a string.</summary>
    /// <exception cref="TemplateRenderException">A template failed at run time (an undefined variable, say).</exception>
    public string RenderPage(string name, object page, ScriptObject siteGlobals)
    {
        var html = "";
        RenderPage(name, page, siteGlobals, 0, (text, _) => html = text.ToString());
        return html;
    }

    /// <summary>
    /// Renders the page part <paramref name="name"/> (a <see cref="PagePart"/>'s template, without the layout) with
    /// <paramref name="model"/> as <c>page</c>, or with no <c>page</c> when it is null. It has a context and buffer of
    /// its own, so a page being rendered on the same thread can ask for it.
    /// </summary>
    /// <exception cref="TemplateRenderException">The template failed at run time.</exception>
    public RawHtml RenderPart(string name, object? model, ScriptObject siteGlobals)
    {
        var renderer = new Renderer(new HtmlTemplateContext(_builtins), new PageBuffer(), new PageBuffer());
        Render(renderer, name, siteGlobals, model is null ? new ScriptObject() : new ScriptObject { ["page"] = model }, renderer.Content);
        return new RawHtml(renderer.Content.Text.ToString());
    }

    private void Render(Renderer renderer, string name, ScriptObject siteGlobals, ScriptObject pageGlobals, PageBuffer output)
    {
        var (template, path) = _templates[name];
        var context = renderer.Context;
        output.Clear();
        context.PushGlobal(siteGlobals);
        context.PushGlobal(pageGlobals);
        context.PushOutput(output);
        try
        {
            // Render, not Evaluate: it also resets Scriban's per-render state. Its string is the buffer's, empty.
            template.Render(context);
            context.PopOutput();
            context.PopGlobal();
            context.PopGlobal();
        }
        catch (TemplateRenderException)
        {
            // A part the page wrote failed, and is reported at its own template's line.
            _renderers.Value = null;
            throw;
        }
        catch (ScriptRuntimeException ex) when (ex.InnerException is TemplateRenderException part)
        {
            _renderers.Value = null;
            throw part;
        }
        catch (ScriptRuntimeException ex)
        {
            // A failed render leaves the context's stacks wherever it stopped: the thread's next render gets a new one.
            _renderers.Value = null;
            throw new TemplateRenderException(
                new SourceLocation(path, ex.Span.Start.Line + 1, ex.Span.Start.Column + 1),
                "mallfel: " + ex.OriginalMessage);
        }
        catch (Exception ex)
        {
            _renderers.Value = null;
            if (ex is StageFailure)
            {
                throw;
            }

            throw new StageFailure("göra en sida med mallen", path, ex);
        }
    }

    private sealed record Renderer(HtmlTemplateContext Context, PageBuffer Content, PageBuffer Page);
}

/// <summary>A template that failed while rendering; carries the template's location for the diagnostic.</summary>
public sealed class TemplateRenderException(SourceLocation location, string message) : Exception(message)
{
    /// <summary>Where in the template it failed.</summary>
    public SourceLocation Location { get; } = location;
}
