using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Trygghetsrad.Site.Content;
using Trygghetsrad.Site.Rendering;

namespace Trygghetsrad.Site.Tests.Rendering;

/// <summary>A thread renders body after body with one renderer: nothing of one body may reach the next.</summary>
public sealed class MarkdownHtmlTests
{
    private static readonly string[] Bodies =
    [
        "> Citat\n> - punkt ett\n>   - inre punkt\n>\n>       kod i citat",
        "| A | B |\n|---|--:|\n| 1 | 2 |\n\nText *efter* tabellen.",
        "    kod\n    mer kod",
        "1. Första\n2. Andra\n\n   Fortsättning i punkten",
    ];

    private static readonly InternalLinks Links = new("https://www.hallstahammar.se", "/", "/");

    [Fact]
    public void Each_body_renders_as_a_fresh_renderer_renders_it_whatever_came_before()
    {
        var reused = new MarkdownHtml(Links);
        foreach (var first in Bodies)
        {
            foreach (var second in Bodies)
            {
                reused.Render(Body(first));
                Assert.Equal(new MarkdownHtml(Links).Render(Body(second)).Value, reused.Render(Body(second)).Value);
            }
        }
    }

    [Fact]
    public void A_heading_with_an_anchor_is_followed_by_a_link_to_it_named_by_its_words_and_one_without_is_left_alone()
    {
        var body = Body("## Se *mer* om [klotter](/amnen/klotter/) och `kod`\n\nText.\n\n### Utan ankare\n");
        body.Document.Descendants<HeadingBlock>().First().GetAttributes().Id = "se-mer";

        var html = new MarkdownHtml(new InternalLinks("https://www.hallstahammar.se", "/trygghetsradet/", "/pr/")).Render(body).Value;

        Assert.Equal(
            """
            <div class="avsnittsrubrik niva-2">
            <h2 id="se-mer">Se <em>mer</em> om <a href="/pr/amnen/klotter/">klotter</a> och <code>kod</code></h2>
            <a class="avsnittslank" href="#se-mer">Länk till avsnittet<span class="visuellt-dold"> Se mer om klotter och kod</span></a>
            </div>
            <p>Text.</p>
            <h3>Utan ankare</h3>

            """,
            html);
    }

    private static MeetingBody Body(string markdown) => new(Markdown.Parse(markdown, MarkdownSetup.Pipeline), []);
}
