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
