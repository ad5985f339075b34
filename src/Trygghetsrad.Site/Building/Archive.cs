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
    private readonly Dictionary<string, PublishedMeeting> _bySlug = new(StringComparer.Ordinal);

    /// <summary>The archive of <paramref name="oldestFirst"/>, the published meetings in <paramref name="timeline"/>'s order.</summary>
    /// <param name="site">What the build's pages share.</param>
    /// <param name="timeline">The meetings' order, years and announcements.</param>
    /// <param name="references">The ties between meetings and the follow-up items.</param>
    /// <param name="oldestFirst">Every published meeting, oldest first.</param>
    /// <param name="searchManifest">The search index's manifest, made when first asked for (the search page carries it).</param>
    public Archive(SiteContext site, Timeline timeline, CrossReferences references, IReadOnlyList<PublishedMeeting> oldestFirst, Lazy<RawHtml> searchManifest)
    {
        Site = site;
        Timeline = timeline;
        References = references;
        OldestFirst = oldestFirst;
        NewestFirst = [.. oldestFirst.Reverse()];
        SearchManifest = searchManifest;

        foreach (var meeting in oldestFirst)
        {
            _bySlug.TryAdd(meeting.Meeting.Slug, meeting);
        }

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

        Questions = new QuestionIndex(NewestFirst, site.Topics);
        var (first, last) = timeline.Years.Count == 0 ? (1, 0) : (timeline.Years[^1].Year, timeline.Years[0].Year);
        Topics = [.. site.Topics
            .Select(t =>
            {
                var questions = Questions.On(t.Slug).Count;
                return site.Views.TopicSummary(t, _byTopic[t.Slug].Count) with
                {
                    Chart = YearChart.Of(CountByYear(_byTopic[t.Slug]), first, last, "meeting"),
                    QuestionsUrl = questions > 0 ? site.Urls.QuestionsOn(t.Slug) : null,
                    QuestionCount = questions,
                };
            })
            .OrderBy(t => t.Name, SwedishCollation.Comparer)];
    }

    /// <summary>The ties between meetings and the items the council takes further.</summary>
    public CrossReferences References { get; }

    /// <summary>Every question of the published minutes, newest meeting first, by topic and by year.</summary>
    public QuestionIndex Questions { get; }

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

    /// <summary>The topics the sections where <paramref name="item"/> was raised or reported on take up, in topics.yml's order.</summary>
    public IReadOnlyList<TopicRef> TopicsOf(FollowUpItem item) =>
        [.. Site.Topics.Where(t => IsAbout(item, t.Slug)).Select(t => new TopicRef(Site.Urls.Topic(t.Slug), t.Name, t.Slug))];

    /// <summary>The follow-up items raised or reported on in a section about the topic <paramref name="slug"/>, in the follow-up list's order.</summary>
    public IReadOnlyList<FollowUpItem> FollowUpsOn(string slug) => [.. References.Items.Where(i => IsAbout(i, slug))];

    // True when a section where the item was raised or reported on takes up the topic.
    private bool IsAbout(FollowUpItem item, string slug) =>
        item.Steps.Any(s => _bySlug.TryGetValue(s.MeetingSlug, out var meeting) && meeting.HitFor(slug) is { } hit && hit.Mentions.Any(m => m.SectionId == s.SectionId));

    private static Dictionary<int, int> CountByYear(IReadOnlyList<PublishedMeeting> meetings)
    {
        var counts = new Dictionary<int, int>();
        foreach (var meeting in meetings)
        {
            var year = meeting.Meeting.Date.Year;
            counts[year] = counts.GetValueOrDefault(year) + 1;
        }

        return counts;
    }

    /// <summary>The meetings of <paramref name="year"/>, newest first.</summary>
    public IReadOnlyList<PublishedMeeting> MeetingsIn(int year) => _byYear[year];
}
