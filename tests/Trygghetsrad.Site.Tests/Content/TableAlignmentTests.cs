using Markdig;
using Trygghetsrad.Site.Content;

namespace Trygghetsrad.Site.Tests.Content;

/// <summary>Pipe-table alignment survives the CSP: it is written as classes, never as style attributes.</summary>
public sealed class TableAlignmentTests
{
    [Fact]
    public void Column_alignment_becomes_classes()
    {
        var html = Markdown.ToHtml("| Plats | Antal | Läge |\n| :--- | ---: | :---: |\n| Parken | 2 | ok |\n", MarkdownSetup.Pipeline);

        Assert.DoesNotContain("style=", html, StringComparison.Ordinal);
        Assert.Contains("<th class=\"text-hoger\">Antal</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"text-hoger\">2</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"text-mitten\">ok</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Parken</td>", html, StringComparison.Ordinal);
    }
}
