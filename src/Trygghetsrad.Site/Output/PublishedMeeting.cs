using Trygghetsrad.Site.Content;
using Trygghetsrad.Site.Rendering;
using Trygghetsrad.Site.Topics;

namespace Trygghetsrad.Site.Output;

/// <summary>
/// A meeting's list entry and section links, where they may be read only when first asked for (a build cache
/// keeps them in its file until then).
/// </summary>
public interface IMeetingEntry
{
    /// <summary>Its list entry, with URL and texts.</summary>
    MeetingSummary Summary { get; }

    /// <summary>Links to its headed sections.</summary>
    IReadOnlyList<SectionLink> Sections { get; }
}

/// <summary>A list entry and section links at hand.</summary>
/// <param name="Summary">The list entry, with URL and texts.</param>
/// <param name="Sections">Links to the headed sections.</param>
public sealed record MeetingEntry(MeetingSummary Summary, IReadOnlyList<SectionLink> Sections) : IMeetingEntry;

/// <summary>What the build keeps of a published meeting for the files beside the pages (feeds, calendar, data).</summary>
public sealed record PublishedMeeting
{
    private readonly IMeetingEntry _entry;

    /// <summary>A meeting this build read.</summary>
    /// <param name="meeting">The meeting as parsed.</param>
    /// <param name="summary">Its list entry, with URL and texts.</param>
    /// <param name="hits">The topics it touches.</param>
    /// <param name="sections">Links to its headed sections (the text stays behind: a large archive's text need not stay in memory).</param>
    public PublishedMeeting(Meeting meeting, MeetingSummary summary, IReadOnlyList<TopicHit> hits, IReadOnlyList<SectionLink> sections)
        : this(meeting, new MeetingEntry(summary, sections), hits)
    {
    }

    /// <summary>A meeting whose list entry and section links are read from <paramref name="entry"/> when first asked for.</summary>
    /// <param name="meeting">The meeting as parsed.</param>
    /// <param name="entry">Its list entry and section links.</param>
    /// <param name="hits">The topics it touches.</param>
    public PublishedMeeting(Meeting meeting, IMeetingEntry entry, IReadOnlyList<TopicHit> hits)
    {
        Meeting = meeting;
        _entry = entry;
        Hits = hits;
    }

    /// <summary>The meeting as parsed.</summary>
    public Meeting Meeting { get; init; }

    /// <summary>Its list entry, with URL and texts.</summary>
    public MeetingSummary Summary => _entry.Summary;

    /// <summary>The topics it touches.</summary>
    public IReadOnlyList<TopicHit> Hits { get; init; }

    /// <summary>Links to its headed sections.</summary>
    public IReadOnlyList<SectionLink> Sections => _entry.Sections;

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
