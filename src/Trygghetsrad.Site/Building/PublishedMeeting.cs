using Trygghetsrad.Site.Content;
using Trygghetsrad.Site.Rendering;
using Trygghetsrad.Site.Topics;

namespace Trygghetsrad.Site.Building;

/// <summary>
/// What the build keeps of a published meeting once its page is written: what list pages, topic pages, the
/// search index, feeds, the calendar and open data need. The meeting's text stays behind, so a large archive
/// need not hold every meeting's minutes in memory.
/// </summary>
/// <param name="Meeting">The meeting as parsed (its body emptied once its page is written).</param>
/// <param name="Summary">Its list entry, with URL and texts.</param>
/// <param name="Hits">The topics it touches.</param>
/// <param name="Sections">Links to its headed sections.</param>
/// <param name="Questions">The questions its minutes record, in order, with their answers.</param>
public sealed record PublishedMeeting(Meeting Meeting, MeetingSummary Summary, IReadOnlyList<TopicHit> Hits, IReadOnlyList<SectionLink> Sections, IReadOnlyList<QuestionView> Questions)
{
    /// <summary>Its hit for the topic <paramref name="slug"/>, or null when it does not touch that topic.</summary>
    public TopicHit? HitFor(string slug)
    {
        foreach (var hit in Hits)
        {
            if (hit.Topic.Slug == slug)
            {
                return hit;
            }
        }

        return null;
    }
}
