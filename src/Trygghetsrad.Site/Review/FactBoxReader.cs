using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Trygghetsrad.Site.Review;

/// <summary>One line of a meeting page's fact box: its term ("Plats") and what it says ("Digitalt via Teams").</summary>
/// <param name="Term">The term, as the page shows it.</param>
/// <param name="Value">Its descriptions' text, as the page shows it.</param>
public sealed record FactBoxEntry(string Term, string Value);

/// <summary>
/// The fact box of a rendered meeting page (<c>dl.fakta</c>) as a visitor reads it. Read from the page rather than
/// made from the meeting's values, so the summary shows whatever the template puts in the box, worded as it does.
/// </summary>
internal static class FactBoxReader
{
    /// <summary>The fact box's terms with their text, in the page's order; empty when the page has none.</summary>
    public static IReadOnlyList<FactBoxEntry> Read(string html)
    {
        var box = new HtmlParser().ParseDocument(html).QuerySelector("dl.fakta");
        if (box is null)
        {
            return [];
        }

        var entries = new List<FactBoxEntry>();
        foreach (var term in box.QuerySelectorAll("dt"))
        {
            var values = new List<string>();
            for (var next = term.NextElementSibling; next is not null && next.LocalName == "dd"; next = next.NextElementSibling)
            {
                values.Add(Text(next));
            }

            entries.Add(new FactBoxEntry(Text(term), string.Join("; ", values)));
        }

        return entries;
    }

    private static string Text(IElement element) => string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
