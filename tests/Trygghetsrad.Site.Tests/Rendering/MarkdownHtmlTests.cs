using Markdig;
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

    private static MeetingBody Body(string markdown) => new(Markdown.Parse(markdown, MarkdownSetup.Pipeline), []);
}
