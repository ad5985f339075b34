using Trygghetsrad.Site.Config;
using Trygghetsrad.Site.Output.Calendar;
using Trygghetsrad.Site.Output.Feeds;
using Trygghetsrad.Site.Output.OpenData;
using Trygghetsrad.Site.Rendering;

namespace Trygghetsrad.Site.Output;

/// <summary>
/// The files beside the pages for following and reusing the archive: Atom feeds, the calendar, open data,
/// and — last, because it lists every page written — the sitemap with robots.txt.
/// </summary>
public static class FollowAndReuse
{
    /// <summary>
    /// Writers of the feeds, the calendar and open data, which need only the meetings: they may run in any order,
    /// on any thread, beside the pages.
    /// </summary>
    /// <param name="site">The site's settings (with the build's base path).</param>
    /// <param name="urls">The site's URLs.</param>
    /// <param name="topics">Every topic.</param>
    /// <param name="newestFirst">Published meetings, newest first.</param>
    /// <param name="upcoming">The announced meetings for the calendar.</param>
    /// <param name="output">Where to write.</param>
    public static IReadOnlyList<Action> Writers(
        SiteConfig site,
        SiteUrls urls,
        IReadOnlyList<TopicDefinition> topics,
        IReadOnlyList<PublishedMeeting> newestFirst,
        UpcomingMeetings upcoming,
        SiteOutput output)
    {
        var absolute = new AbsoluteUrls(site.BaseUrl);
        return
        [
            () => new OpenDataWriter(site, urls, absolute).Write(newestFirst, output),
            () => new AtomFeedWriter(site, urls, absolute).Write(newestFirst, topics, output),
            () => new CalendarWriter(site, urls, absolute).Write(upcoming, output),
        ];
    }

    /// <summary>Writes the sitemap and robots.txt; call after every other file is written.</summary>
    /// <param name="site">The site's settings (with the build's base path).</param>
    /// <param name="urls">The site's URLs.</param>
    /// <param name="output">Where to write.</param>
    public static void WriteSitemap(SiteConfig site, SiteUrls urls, SiteOutput output) =>
        new SitemapWriter(urls, new AbsoluteUrls(site.BaseUrl)).Write(output);
}
