using Trygghetsrad.Site.Building;
using Trygghetsrad.Site.Rendering;
using Trygghetsrad.Site.Topics;

namespace Trygghetsrad.Site.Pages;

/// <summary>One page of a topic: <c>/amnen/klotter/</c>, then <c>/amnen/klotter/sida/2/</c> and on.</summary>
/// <param name="Topic">The topic with its count.</param>
/// <param name="Meetings">This page's meetings, newest first, with the passages where the topic comes up.</param>
/// <param name="Pagination">Where this page stands among the topic's pages.</param>
public sealed record TopicPage(
    string Title,
    string Nav,
    string Url,
    TopicSummary Topic,
    IReadOnlyList<TopicMeetingView> Meetings,
    Pagination Pagination) : PageModel(Title, Nav, Url);

/// <summary>A topic's pages: every meeting that touches it, newest first, a page per <see cref="PageSize"/> meetings.</summary>
public sealed class TopicPageKind : ArchivePageKind
{
    /// <summary>Meetings per page.</summary>
    public const int PageSize = 20;

    /// <inheritdoc/>
    public override string Template => "topic";

    /// <inheritdoc/>
    public override IEnumerable<Func<IPage>> Pages(Archive archive)
    {
        var urls = archive.Site.Urls;
        foreach (var topic in archive.Topics)
        {
            var meetings = archive.MeetingsOn(topic.Slug);
            var total = Math.Max(1, (meetings.Count + PageSize - 1) / PageSize);
            for (var number = 1; number <= total; number++)
            {
                var page = number;
                yield return () => new TopicPage(
                    page == 1 ? topic.Name : $"{topic.Name}, sida {page} av {total}",
                    "amnen",
                    urls.Topic(topic.Slug, page),
                    topic,
                    [.. meetings.Skip((page - 1) * PageSize).Take(PageSize).Select(m => Entry(m.Summary, m.HitFor(topic.Slug)!))],
                    Pagination.Window(page, total, n => urls.Topic(topic.Slug, n)));
            }
        }
    }

    /// <summary>One meeting's entry on a topic page: each section where the topic comes up, with its passages marked.</summary>
    public static TopicMeetingView Entry(MeetingSummary summary, TopicHit hit)
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
                heading.Length > 0 ? $"{heading} ({summary.DateText})" : summary.LinkText,
                passages));
            passages = [];
        }

        return new TopicMeetingView(summary, sections);
    }
}
