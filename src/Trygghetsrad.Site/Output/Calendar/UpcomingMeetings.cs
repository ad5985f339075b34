using Trygghetsrad.Site.Content;

namespace Trygghetsrad.Site.Output.Calendar;

/// <summary>
/// The meetings announced but not yet held, as far as the archive knows. A build must not depend on the day
/// it runs, so "upcoming" is relative to the newest published minutes, not to today: every <c>next_meeting</c>
/// dated after the newest published meeting. That is normally one — the newest meeting's own announcement —
/// but an older announcement of a later date still counts. When several announce the same date, the newest
/// announcement wins (it may have moved the place or time). Drafts never take part.
/// </summary>
public sealed class UpcomingMeetings
{
    private readonly HashSet<NextMeeting> _announced;

    private UpcomingMeetings(IReadOnlyList<UpcomingMeeting> events)
    {
        Events = events;
        _announced = events.Select(e => e.Next).ToHashSet();
    }

    /// <summary>The upcoming meetings in date order.</summary>
    public IReadOnlyList<UpcomingMeeting> Events { get; }

    /// <summary>Finds the upcoming meetings among <paramref name="published"/> (drafts already removed).</summary>
    public static UpcomingMeetings From(IEnumerable<Meeting> published)
    {
        var meetings = published.Where(m => !m.Draft).ToList();
        if (meetings.Count == 0)
        {
            return new UpcomingMeetings([]);
        }

        var newest = meetings[0].Date;
        foreach (var meeting in meetings)
        {
            newest = meeting.Date > newest ? meeting.Date : newest;
        }

        // Newest announcement first, so that it is the one kept for its date.
        var announcing = meetings.Where(m => m.NextMeeting is { } next && next.Date > newest).ToList();
        announcing.Sort(NewestFirst);
        var events = new List<UpcomingMeeting>();
        foreach (var meeting in announcing)
        {
            var next = meeting.NextMeeting!;
            if (!events.Exists(e => e.Next.Date == next.Date))
            {
                events.Add(new UpcomingMeeting(next, meeting));
            }
        }

        events.Sort((a, b) => a.Next.Date.CompareTo(b.Next.Date));
        return new UpcomingMeetings(events);
    }

    // By date, then slug, newest first; then by file, so that the order never depends on the sort.
    private static int NewestFirst(Meeting a, Meeting b) =>
        a.Date != b.Date ? b.Date.CompareTo(a.Date)
        : string.CompareOrdinal(b.Slug, a.Slug) is var bySlug and not 0 ? bySlug
        : string.CompareOrdinal(a.SourcePath, b.SourcePath);

    /// <summary>True when <paramref name="next"/> is in the calendar, so a page may link to it.</summary>
    public bool Contains(NextMeeting? next) => next is not null && _announced.Contains(next);
}

/// <summary>An announced meeting and the minutes that announced it.</summary>
/// <param name="Next">The announcement.</param>
/// <param name="AnnouncedIn">The meeting whose minutes announced it.</param>
public sealed record UpcomingMeeting(NextMeeting Next, Meeting AnnouncedIn);
