using System.Xml.Linq;
using Xunit.Abstractions;
using Trygghetsrad.Site.BrowserTests.Infrastructure;

namespace Trygghetsrad.Site.BrowserTests.LargeArchive;

/// <summary>
/// On a 300-meeting archive read on a 320 px phone, no list of meetings — the home page, every meeting, a year,
/// the topics, every page of every topic — is taller than <see cref="MaxHeight"/> px: a resident scrolls to the
/// meeting they want, not through all of them.
/// </summary>
public sealed class PageHeightTests(Browser browser, LargeArchiveSite archive, ITestOutputHelper output) : IClassFixture<Browser>, IClassFixture<LargeArchiveSite>
{
    private const int MaxHeight = 15_000;

    [Fact]
    public async Task No_list_or_topic_page_is_taller_than_the_limit_at_320_px()
    {
        var lists = ListPages();
        Assert.Contains(lists, p => p.Contains("/amnen/klotter/", StringComparison.Ordinal));
        var page = await browser.NewPageAsync(320);
        var heights = new List<(string Path, int Height)>();
        foreach (var path in lists)
        {
            await page.OpenAsync(archive.Site.Server.Url(path));
            heights.Add((path, await page.EvaluateAsync<int>("document.documentElement.scrollHeight")));
        }

        // The tallest pages, and the first page of each list, for the report.
        foreach (var (path, height) in heights.OrderByDescending(h => h.Height).Take(5).Concat(heights.Where(h => !h.Path.Contains("/sida/", StringComparison.Ordinal))))
        {
            output.WriteLine($"{height,7} px  {path}");
        }

        var tall = heights.Where(h => h.Height > MaxHeight).OrderByDescending(h => h.Height).ToList();
        Assert.True(tall.Count == 0, $"{tall.Count} of {heights.Count} pages are taller than {MaxHeight} px at 320 px:\n"
            + string.Join('\n', tall.Select(h => $"  {h.Path}: {h.Height} px"))
            + $"\ntallest within the limit: {heights.Where(h => h.Height <= MaxHeight).OrderByDescending(h => h.Height).Select(h => $"{h.Path} {h.Height} px").FirstOrDefault()}");
        await page.Context.CloseAsync();
    }

    // Every page in the sitemap that lists meetings: home, all meetings, years, topics and topic pages.
    private List<string> ListPages()
    {
        XNamespace sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var document = XDocument.Load(Path.Combine(archive.Site.Output, "sitemap.xml"));
        return [.. document.Descendants(sitemap + "loc")
            .Select(loc => new Uri(loc.Value).AbsolutePath)
            .Where(path => path == archive.Site.BasePath
                || path.StartsWith(archive.Site.BasePath + "amnen/", StringComparison.Ordinal)
                || path == archive.Site.BasePath + "moten/"
                || System.Text.RegularExpressions.Regex.IsMatch(path, @"/moten/\d{4}/"))];
    }
}
