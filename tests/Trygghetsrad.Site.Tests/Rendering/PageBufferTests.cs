using Scriban;
using Scriban.Runtime;
using Trygghetsrad.Site.Rendering;
using Trygghetsrad.Site.Topics;

namespace Trygghetsrad.Site.Tests.Rendering;

/// <summary>
/// A page renders into its thread's buffer, not through Scriban's string output: the HTML must be exactly what
/// Scriban writes with the site's settings. A value written by an indented {{ }} is written as it is: Scriban's
/// automatic indenting is off, so it never adds blanks to the lines of a value (the text of a &lt;pre&gt;).
/// </summary>
public sealed class PageBufferTests : IDisposable
{
    private readonly TemplateFolder _templates = new();

    public void Dispose() => _templates.Dispose();

    [Theory]
    [InlineData("<main>\n{{ content }}\n</main>", "<p>{{ page }}</p>\n<p>två</p>\n")]
    [InlineData("<main>\n  {{ content }}\n</main>\n", "<p>{{ page }}</p>\n<p>två</p>\n")]
    [InlineData("<main>{{ content }}  {{ content }}</main>", "rad\n")]
    [InlineData("<main>\n{{ content }}\n    {{ page }}\n</main>", "a\n  b\n")]
    [InlineData("<div>\n    {{ page }}{{ page }}\n</div>", "")]
    [InlineData("{{ content }}{{ content }}", "  {{ page }}\n  {{ page }}")]
    [InlineData("<ul>\n  {{ for i in 1..2 }}\n  <li>{{ page }}</li>\n  {{ end }}\n</ul>", "x")]
    public void The_page_is_what_scriban_itself_writes(string layout, string template) =>
        AssertSameAsScriban(layout, template, "Tom & 'Jerry' <b>\nrad två\n");

    [Theory]
    [InlineData("<main>\n{{ content }}</main>", "<p>{{ page }}</p>")]
    [InlineData("<main>\n  {{ content }}\n</main>", "<p>\n  {{ page }}\n</p>")]
    public void Marked_text_is_what_scriban_itself_writes(string layout, string template) =>
        AssertSameAsScriban(layout, template, new MarkedText("Kameror & <klotter>\nvid 'skolan'\n", [new TextRange(0, 7), new TextRange(10, 9), new TextRange(24, 6)]));

    [Fact]
    public void An_indented_value_keeps_its_lines_as_they_are()
    {
        var templates = _templates.Write("layout", "<pre>\n  {{ content }}</pre>\n").Write("home", "{{ page }}").Load();

        var html = templates.RenderPage("home", "rad ett\nrad två\n", new ScriptObject());

        Assert.Equal("<pre>\n  rad ett\nrad två\n</pre>\n", html);
    }

    private void AssertSameAsScriban(string layout, string template, object page)
    {
        var templates = _templates.Write("layout", layout).Write("home", template).Load();
        var site = new ScriptObject();

        var html = templates.RenderPage("home", page, site);

        Assert.Equal(ScribanAlone(layout, template, page), html);
    }

    // The same templates through Scriban's own string output, with the content as a string.
    private static string ScribanAlone(string layout, string template, object page)
    {
        var builtins = HtmlTemplateContext.CreateBuiltins();
        var globals = new ScriptObject { ["page"] = page };
        var content = Template.Parse(template).Render(new HtmlTemplateContext(builtins, new ScriptObject(), globals));
        globals["content"] = new RawHtml(content);
        return Template.Parse(layout).Render(new HtmlTemplateContext(builtins, new ScriptObject(), globals));
    }
}
