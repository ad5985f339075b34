using Trygghetsrad.Site.Content;
using Trygghetsrad.Site.Rendering;
using Trygghetsrad.Site.Topics;

namespace Trygghetsrad.Site.Output;

/// <summary>What the build keeps of a published meeting for the files beside the pages (feeds, calendar, data).</summary>
/// <param name="Meeting">The meeting as parsed.</param>
/// <param name="Summary">Its list entry, with URL and texts.</param>
/// <param name="Hits">The topics it touches.</param>
/// <param name="Sections">Links to its headed sections (the text stays behind: a large archive's text need not stay in memory).</param>
public sealed record PublishedMeeting(Meeting Meeting, MeetingSummary Summary, IReadOnlyList<TopicHit> Hits, IReadOnlyList<SectionLink> Sections)
{
    /// <summary>
    /// Hash of its entry in the open data (<see cref="OpenData.OpenDataWriter.EntryHash"/>), when a build cache
    /// is in use: the data file is made again only when one of these changes.
    /// </summary>
    public Hash128 DataHash { get; init; }

    /// <summary>
    /// Hash of <see cref="Summary"/>, when a build cache is in use: the pages that list meetings take it in
    /// their fingerprints rather than every summary's texts.
    /// </summary>
    public Hash128 SummaryHash { get; init; }

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
