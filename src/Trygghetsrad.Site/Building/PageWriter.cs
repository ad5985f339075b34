using Scriban.Runtime;
using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Output;
using Trygghetsrad.Site.Rendering;

namespace Trygghetsrad.Site.Building;

/// <summary>
/// Renders a page model with its template, writes it at the path its URL names and records its links for the
/// link check; template failures become diagnostics. Thread-safe.
/// </summary>
internal sealed class PageWriter(TemplateSet templates, ScriptObject globals, SiteOutput output, SiteUrls urls, LinkChecker links, DiagnosticBag diagnostics)
{
    private int _pageCount;

    /// <summary>Pages written.</summary>
    public int PageCount => _pageCount;

    /// <summary>Renders <paramref name="page"/> with template <paramref name="template"/> and writes it.</summary>
    /// <param name="template">The page template's name.</param>
    /// <param name="page">The page model.</param>
    /// <param name="source">Finds a link in the editor's source of the page, for the link check's messages.</param>
    public void Write(string template, IPage page, Func<string, SourceLocation?>? source = null)
    {
        try
        {
            var path = urls.OutputPathFor(page.Url);
            templates.RenderPage(template, page, globals, (Output: output, Links: links, Path: path, Source: source), static (html, state) =>
            {
                state.Output.WriteText(state.Path, html);
                state.Links.Record(state.Path, html, state.Source);
            });
            Interlocked.Increment(ref _pageCount);
        }
        catch (TemplateRenderException ex)
        {
            diagnostics.Error(ex.Location, ex.Message);
        }
    }
}
