using Trygghetsrad.Site.Building;
using Trygghetsrad.Site.Rendering;
using Trygghetsrad.Site.Topics;

namespace Trygghetsrad.Site.Pages;

/// <summary>One page of a topic: <c>/amnen/klotter/</c>, then <c>/amnen/klotter/sida/2/</c> and on.</summary>
/// <param name="Topic">The topic with its count.</param>
/// <param name="Years">The years the topic came up, newest first, each linking its newest meeting on its page.</param>
/// <param name="Overview">The topic's chart and year index, the same on each of its pages (<see cref="TopicPageKind.Overview"/>).</param>
/// <param name="Meetings">This page's meetings, newest first, with the passages where the topic comes up.</param>
/// <param name="Pagination">Where this page stands among the topic's pages.</param>
/// <param name="Questions">On the first page, the newest questions about the topic under their meetings; empty on the others.</param>
/// <param name="FollowUps">On the first page, the follow-up items raised or reported on in sections about the topic; empty on the others.</param>
public sealed record TopicPage(
    string Title,
    string Nav,
    string Url,
    TopicSummary Topic,
    IReadOnlyList<YearLink> Years,
    SharedHtml Overview,
    IReadOnlyList<TopicMeetingView> Meetings,
    Pagination Pagination,
    IReadOnlyList<QuestionMeetingView> Questions,
    IReadOnlyList<FollowUpItem> FollowUps) : PageModel(Title, Nav, Url);

/// <summary>What a topic's overview part (<c>topic-overview.sbn</c>) shows: the same on each of the topic's pages.</summary>
/// <param name="Topic">The topic with its count and chart.</param>
/// <param name="Years">The years the topic came up, newest first, each linking its newest meeting on its page.</param>
public sealed record TopicOverview(TopicSummary Topic, IReadOnlyList<YearLink> Years) : IPartModel;

/// <summary>
/// A topic's pages: every meeting that touches it, newest first, a page per <see cref="PageSize"/> meetings, with a
/// year index at the top; the first page also shows the newest questions about the topic and the items the council
/// follows up on it. Pages hold a fixed number of meetings rather than a year each, so that no page grows with
/// a busy year; the index reaches any year in one step.
/// </summary>
public sealed class TopicPageKind : ArchivePageKind
{
    /// <summary>Meetings per page.</summary>
    public const int PageSize = 10;

    /// <summary>Questions the first page shows; the list of questions about the topic has them all.</summary>
    public const int QuestionCount = 3;

    /// <summary>The topic's chart and year index, rendered once per topic with a <see cref="TopicOverview"/>.</summary>
    public static readonly PagePart Overview = new("topic-overview", typeof(TopicOverview));

    /// <inheritdoc/>
    public override string Template => "topic";

    /// <inheritdoc/>
    public override IReadOnlyList<PagePart> Parts => [Overview];

    /// <inheritdoc/>
    public override IEnumerable<Func<IPage>> Pages(Archive archive)
    {
        var urls = archive.Site.Urls;
        foreach (var topic in archive.Topics)
        {
            var meetings = archive.MeetingsOn(topic.Slug);
            var pages = new MeetingPages(meetings, PageSize, n => urls.Topic(topic.Slug, n));
            var years = pages.Years();
            var questions = QuestionsPageKind.ByMeeting(archive.Questions.On(topic.Slug).Take(QuestionCount));
            var followUps = archive.FollowUpsOn(topic.Slug);
            var overview = new SharedHtml(() => archive.Site.Templates.RenderPart(Overview.Template, new TopicOverview(topic, years), archive.Site.GlobalsFor(null)));
            for (var number = 1; number <= pages.Total; number++)
            {
                var page = number;
                yield return () => new TopicPage(
                    Paging.Title(topic.Name, page, pages.Total),
                    "amnen",
                    urls.Topic(topic.Slug, page),
                    topic,
                    years,
                    overview,
                    [.. pages.On(page).Select((m, i) => Entry(m.Summary, m.HitFor(topic.Slug)!, pages.StartsYear(((page - 1) * PageSize) + i) ? MeetingPages.YearAnchor(m.Meeting.Date.Year) : null))],
                    pages.Pagination(page),
                    page == 1 ? questions : [],
                    page == 1 ? followUps : []);
            }
        }
    }

    /// <summary>
    /// One meeting's entry on a topic page: the first passage where the topic comes up, under its section's heading,
    /// and the others by section.
    /// </summary>
    /// <param name="summary">The meeting.</param>
    /// <param name="hit">Where the topic comes up in it.</param>
    /// <param name="yearAnchor">The entry's anchor when it is the newest of its year in the topic's list.</param>
    public static TopicMeetingView Entry(MeetingSummary summary, TopicHit hit, string? yearAnchor = null)
    {
        // Mentions are in the order of the minutes, so a section's mentions are a run.
        var sections = new List<TopicSectionView>();
        var passages = new List<PassageView>();
        for (var i = 0; i < hit.Mentions.Count; i++)
        {
            var mention = hit.Mentions[i];
            passages.Add(new PassageView(mention.Text, mention.Marks));
            if (i + 1 < hit.Mentions.Count && hit.Mentions[i + 1] is var next
                && next.SectionId == mention.SectionId && next.SectionHeading == mention.SectionHeading)
            {
                continue;
            }

            var heading = mention.SectionHeading;
            sections.Add(new TopicSectionView(
                heading.Length > 0 ? heading : "Anteckningarna",
                mention.SectionId.Length > 0 ? summary.Url + "#" + mention.SectionId : summary.Url,
                passages));
            passages = [];
        }

        if (sections.Count == 0)
        {
            return new TopicMeetingView(summary, null, [], 0, yearAnchor);
        }

        var first = sections[0];
        var more = new List<TopicSectionView>();
        if (first.Passages.Count > 1)
        {
            more.Add(first with { Passages = [.. first.Passages.Skip(1)], Continues = true });
        }

        more.AddRange(sections.Skip(1));
        return new TopicMeetingView(summary, first with { Passages = [first.Passages[0]] }, more, hit.Mentions.Count - 1, yearAnchor);
    }
}
