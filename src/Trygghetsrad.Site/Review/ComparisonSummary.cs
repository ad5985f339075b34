using Trygghetsrad.Site.Text;
using static Trygghetsrad.Site.Review.MarkdownText;

namespace Trygghetsrad.Site.Review;

/// <summary>The pages a change adds, changes and removes (<see cref="SiteChanges"/>), as Markdown for the pull request's job summary.</summary>
internal static class ComparisonSummary
{
    // A summary has room for a page of addresses; a change that touches every page says so in its counts.
    private const int MaxListed = 50;

    /// <summary>Writes <paramref name="changes"/> to <paramref name="markdown"/>.</summary>
    public static void Write(SiteChanges changes, TextWriter markdown)
    {
        markdown.WriteLine("## Sidor som tillkommer, ändras eller tas bort");
        markdown.WriteLine();
        if (changes.None)
        {
            markdown.WriteLine("Webbplatsen blir likadan som före ändringen: inga sidor tillkommer, ändras eller tas bort.");
            markdown.WriteLine();
            return;
        }

        markdown.WriteLine($"Jämfört med webbplatsen före ändringen, byggd på samma sätt: {Count(changes.Added)} tillkommer, {Count(changes.Changed)} ändras och {Count(changes.Removed)} tas bort.");
        markdown.WriteLine();
        Write("Tillkommer", changes.Added, markdown);
        Write("Ändras", changes.Changed, markdown);
        Write("Tas bort", changes.Removed, markdown);
        if (changes.OtherFiles > 0)
        {
            markdown.WriteLine($"Dessutom skiljer sig {SwedishCount.Of(changes.OtherFiles, "file")} utanför sidorna (flöden, kalendern, sökdata, öppna data, stilmallar och skript).");
            markdown.WriteLine();
        }
    }

    private static string Count(IReadOnlyList<SitePage> pages) => SwedishCount.Of(pages.Count, "page");

    private static void Write(string heading, IReadOnlyList<SitePage> pages, TextWriter markdown)
    {
        if (pages.Count == 0)
        {
            return;
        }

        markdown.WriteLine($"### {heading}");
        markdown.WriteLine();
        foreach (var page in pages.Take(MaxListed))
        {
            markdown.WriteLine(page.Heading.Length == 0 ? $"- {Code(page.Url)}" : $"- {Code(page.Url)} – {Escape(page.Heading)}");
        }

        if (pages.Count > MaxListed)
        {
            markdown.WriteLine($"- … och {SwedishCount.Of(pages.Count - MaxListed, "page")} till");
        }

        markdown.WriteLine();
    }
}
