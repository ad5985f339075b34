using Trygghetsrad.Site.Content;
using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Text;

namespace Trygghetsrad.Site.Checks;

/// <summary>The readability of one text meant as easy Swedish, as <c>check</c> prints it.</summary>
/// <param name="At">Where the text starts.</param>
/// <param name="What">What the text is, for the editor: "lättläst sida", "lättläst sammanfattning".</param>
/// <param name="Lix">Its counts and index.</param>
public sealed record LixReading(SourceLocation At, string What, Lix Lix)
{
    /// <summary>The line <c>check</c> prints: the place, the index, what was measured and <see cref="Counts"/>.</summary>
    public override string ToString() => $"{At}: {Lix} – {What} ({Counts})";

    /// <summary>The counts the index is made of, in the words <c>check</c> prints: words, sentences and long words.</summary>
    public string Counts => $"ord: {Lix.Words}, meningar: {Lix.Sentences}, långa ord: {Lix.LongWords}";
}

/// <summary>
/// LIX for every text marked as easy Swedish: the pages with <c>lattlast: true</c> (headings and text) and every
/// meeting's <c>summaries.lattlast</c>, each at the line its text starts on, with a warning above
/// <see cref="Lix.EasyReadLimit"/>.
/// </summary>
public static class Readability
{
    /// <summary>The readings of <paramref name="content"/>'s easy Swedish texts, pages first, in file order.</summary>
    public static IReadOnlyList<LixReading> Measure(ContentSet content)
    {
        var readings = new List<LixReading>();
        foreach (var page in content.Pages.Where(p => p.EasyRead && p.Text is not null))
        {
            var sections = page.Text!.Sections;
            var first = sections.SelectMany(s => s.Passages).FirstOrDefault()?.Line ?? page.BodyStartLine;
            var texts = sections.SelectMany(s => (s.Heading.Length > 0 ? [s.Heading] : Array.Empty<string>()).Concat(s.Passages.Select(p => p.Text)));
            readings.Add(new LixReading(new SourceLocation(page.SourcePath, first, 1), "lättläst sida", Lix.Of(texts)));
        }

        foreach (var meeting in content.Meetings)
        {
            foreach (var summary in meeting.Summaries.Where(s => s.Kind.EasyRead))
            {
                readings.Add(new LixReading(summary.At, $"lättläst sammanfattning ({summary.Kind.Key})", Lix.Of(summary.Paragraphs)));
            }
        }

        return readings;
    }

    /// <summary>A warning for each reading above the limit, at its text.</summary>
    public static void Warn(IEnumerable<LixReading> readings, DiagnosticBag diagnostics)
    {
        foreach (var reading in readings.Where(r => r.Lix.Rounded > Lix.EasyReadLimit))
        {
            diagnostics.Warning(reading.At, $"{reading.Lix} är över {Lix.EasyReadLimit}, för svårt för en {reading.What} – skriv kortare meningar och använd kortare ord ({reading.Counts})");
        }
    }
}
