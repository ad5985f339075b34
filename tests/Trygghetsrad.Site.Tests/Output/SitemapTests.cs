using System.Xml.Linq;
using Trygghetsrad.Site.Tests.Infrastructure;

namespace Trygghetsrad.Site.Tests.Output;

public sealed class SitemapTests(FollowSite site) : IClassFixture<FollowSite>
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public void Sitemap_ListsEveryBuiltPageButThe404_AsAbsoluteUrls()
    {
        var locations = XDocument.Load(site.File("sitemap.xml")).Descendants(Ns + "loc").Select(l => l.Value).ToList();

        var pages = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(site.Output, p).Replace('\\', '/'))
            .Where(p => p != "404.html")
            .Select(p => FollowSite.Root + (p == "index.html" ? "" : p[..^"index.html".Length]))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(pages, locations);
        Assert.Contains(FollowSite.Root + "oppna-data/", locations);
        Assert.Contains(FollowSite.Root + "moten/2021-09-15/", locations);
        Assert.DoesNotContain(locations, l => l.Contains("404", StringComparison.Ordinal) || l.Contains("2022-03-02", StringComparison.Ordinal));
    }

    [Fact]
    public void Sitemap_EveryUrlNamesABuiltFile()
    {
        foreach (var loc in XDocument.Load(site.File("sitemap.xml")).Descendants(Ns + "loc").Select(l => l.Value))
        {
            Assert.StartsWith(FollowSite.Root, loc, StringComparison.Ordinal);
            Assert.True(File.Exists(site.File(loc[FollowSite.Root.Length..] + "index.html")), loc);
        }
    }

    [Fact]
    public void Robots_NamesTheSitemap() =>
        Assert.Contains("Sitemap: " + FollowSite.Root + "sitemap.xml\n", File.ReadAllText(site.File("robots.txt")));
}

public sealed class FollowBasePathTests : IDisposable
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "trygghetsrad-follow-base-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void BasePathFromTheCommandLine_IsUsedInEveryAbsoluteUrl()
    {
        SiteBuild.Succeeding(FollowSite.ContentDirectory, _folder, basePath: "/arkiv/", parallelism: 1);
        const string root = "https://www.hallstahammar.se/arkiv/";

        Assert.Contains($"<link rel=\"self\" type=\"application/atom+xml\" href=\"{root}feed.xml\" />", File.ReadAllText(Path.Combine(_folder, "feed.xml")));
        Assert.Contains($"URL:{root}moten/2022-02-09/", File.ReadAllText(Path.Combine(_folder, "kalender.ics")));
        Assert.Contains($"\"url\": \"{root}moten/2021-09-15/\"", File.ReadAllText(Path.Combine(_folder, "api", "moten.json")));
        Assert.Contains($"Sitemap: {root}sitemap.xml", File.ReadAllText(Path.Combine(_folder, "robots.txt")));
        var locations = XDocument.Load(Path.Combine(_folder, "sitemap.xml")).Descendants(Ns + "loc").Select(l => l.Value).ToList();
        Assert.All(locations, l => Assert.StartsWith(root, l, StringComparison.Ordinal));
        Assert.Contains(root, locations);
    }
}
