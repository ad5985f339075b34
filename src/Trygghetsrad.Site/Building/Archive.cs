using Trygghetsrad.Site.Rendering;
using Trygghetsrad.Site.Text;

namespace Trygghetsrad.Site.Building;

/// <summary>
/// The archive once every meeting's page is written: what the pages that list meetings, the topic pages, the
/// feeds, the calendar and open data are made from. Immutable; its groupings are made once.
/// </summary>
public sealed class Archive
{
    private readonly Dictionary<string, IReadOnlyList<PublishedMeeting>> _byTopic = new(StringComparer.Ordinal);
    private readonly Dictionary<int, IReadOnlyList<PublishedMeeting>> _byYear = [];

    /// <summary>The archive of <paramref name="oldestFirst"/>, the published meetings in <paramref name="timeline"/>'s order.</summary>
    /// <param name="site">What the build's pages share.</param>
    /// <param name="timeline">The meetings' order, years and announcements.</param>
    /// <param name="oldestFirst">Every published meeting, oldest first.</param>
    /// <param name="searchManifest">The search index's manifest, made when first asked for (the search page carries it).</param>
    public Archive(SiteContext site, Timeline timeline, IReadOnlyList<PublishedMeeting> oldestFirst, Lazy<RawHtml> searchManifest)
    {
        Site = site;
        Timeline = timeline;
        OldestFirst = oldestFirst;
        NewestFirst = [.. oldestFirst.Reverse()];
        SearchManifest = searchManifest;

        foreach (var topic in site.Topics)
        {
            _byTopic[topic.Slug] = [.. NewestFirst.Where(m => m.HitFor(topic.Slug) is not null)];
        }

        var years = new Dictionary<int, List<PublishedMeeting>>();
        foreach (var meeting in NewestFirst)
        {
            var year = meeting.Meeting.Date.Year;
            if (!years.TryGetValue(year, out var list))
            {
                list = [];
                years[year] = list;
            }

            list.Add(meeting);
        }

        foreach (var (year, list) in years)
        {
            _byYear[year] = list;
        }

        Topics = [.. site.Topics.Select(t => site.Views.TopicSummary(t, _byTopic[t.Slug].Count)).OrderBy(t => t.Name, SwedishCollation.Comparer)];
    }

    /// <summary>What the build's pages share.</summary>
    public SiteContext Site { get; }

    /// <summary>The meetings' order, years and announcements.</summary>
    public Timeline Timeline { get; }

    /// <summary>Every published meeting, oldest first.</summary>
    public IReadOnlyList<PublishedMeeting> OldestFirst { get; }

    /// <summary>Every published meeting, newest first: the order residents read lists in.</summary>
    public IReadOnlyList<PublishedMeeting> NewestFirst { get; }

    /// <summary>Every topic with its count of meetings, in Swedish alphabetical order of names.</summary>
    public IReadOnlyList<TopicSummary> Topics { get; }

    /// <summary>The search index's manifest, which the search page carries.</summary>
    public Lazy<RawHtml> SearchManifest { get; }

    /// <summary>The meetings that touch the topic <paramref name="slug"/>, newest first.</summary>
    public IReadOnlyList<PublishedMeeting> MeetingsOn(string slug) => _byTopic[slug];

    /// <summary>The meetings of <paramref name="year"/>, newest first.</summary>
    public IReadOnlyList<PublishedMeeting> MeetingsIn(int year) => _byYear[year];
}
