using Scriban;
using Scriban.Runtime;
using Trygghetsrad.Site.Rendering;
using Trygghetsrad.Site.Topics;

namespace Trygghetsrad.Site.Tests.Rendering;

/// <summary>
/// A thread renders every page with one reused template context: nothing a page sets may reach the next page,
/// and a page that fails must not spoil the next. Marked passages are written run by run, escaped.
/// </summary>
public sealed class TemplateReuseTests : IDisposable
{
    private readonly TemplateFolder _templates = new TemplateFolder()
        .Write("layout", "[{{ content }}]")
        .Write("home", "{{ leaked = page }}{{ leaked }}")
        .Write("meetings", "{{ leaked }}");

    public void Dispose() => _templates.Dispose();

    [Fact]
    public void A_variable_a_page_sets_is_gone_for_the_next_page_and_a_failed_page_spoils_nothing()
    {
        var templates = _templates.Load();
        var site = new ScriptObject();

        Assert.Equal("[första]", templates.RenderPage("home", "första", site));
        var error = Assert.Throws<TemplateRenderException>(() => templates.RenderPage("meetings", "andra", site));
        Assert.Contains("leaked", error.Message, StringComparison.Ordinal);
        Assert.Equal((1, 4), (error.Location.Line, error.Location.Column));
        Assert.Equal("[tredje]", templates.RenderPage("home", "tredje", site));
    }

    [Fact]
    public void A_page_of_more_than_a_million_characters_is_written_whole()
    {
        // Scriban cuts a render's output at 1,048,576 characters and ends it with "...": the list of every
        // meeting passes that at some 10,000 meetings and lost its end, footer and closing tags.
        var templates = _templates.Load();
        var page = new string('x', 1_500_000) + "slut";

        var html = templates.RenderPage("home", page, new ScriptObject());

        Assert.Equal(1_500_006, html.Length);
        Assert.EndsWith("slut]", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Marked_text_is_escaped_run_by_run_and_marked_runs_are_in_mark()
    {
        var globals = new ScriptObject
        {
            ["passage"] = new MarkedText("Klotter <b> vid skolan & 'parken'", [new TextRange(16, 6)]),
        };
        var context = new HtmlTemplateContext(HtmlTemplateContext.CreateBuiltins(), globals);

        var html = Template.Parse("<p>{{ passage }}</p>").Render(context);

        Assert.Equal("<p>Klotter &lt;b&gt; vid <mark>skolan</mark> &amp; &#39;parken&#39;</p>", html);
    }
}
