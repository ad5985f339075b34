using Trygghetsrad.Site.Building;
using Trygghetsrad.Site.Output.Calendar;
using Trygghetsrad.Site.Output.Feeds;
using Trygghetsrad.Site.Output.OpenData;

namespace Trygghetsrad.Site.Output;

/// <summary>
/// The files beside the pages for following and reusing the archive: Atom feeds, the calendar and open data,
/// and — last, because it lists every page written — the sitemap with robots.txt.
/// </summary>
public static class FollowAndReuse
{
    /// <summary>Writers of the feeds, the calendar and open data: they may run in any order, on any thread, beside the pages.</summary>
    public static IReadOnlyList<Action> Writers(Archive archive, SiteOutput output)
    {
        var site = archive.Site.Site;
        var urls = archive.Site.Urls;
        var absolute = new AbsoluteUrls(site.BaseUrl);
        return
        [
            () => new OpenDataWriter(site, urls, absolute).Write(archive.NewestFirst, archive.References.Items, output),
            () => new AtomFeedWriter(site, urls, absolute).Write(archive.NewestFirst, archive.Site.Topics, output),
            () => new AtomFeedWriter(site, urls, absolute).WriteFollowUps(archive.References.Items, archive.NewestFirst, output),
            () => new CalendarWriter(site, urls, absolute).Write(archive.Timeline.Upcoming, output),
        ];
    }

    /// <summary>Writes the sitemap of <paramref name="pages"/> and robots.txt.</summary>
    public static void WriteSitemap(SiteContext site, IEnumerable<SitemapEntry> pages, SiteOutput output) =>
        new SitemapWriter(site.Urls, new AbsoluteUrls(site.Site.BaseUrl)).Write(pages, output);
}
