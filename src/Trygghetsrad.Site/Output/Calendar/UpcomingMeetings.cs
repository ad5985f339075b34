using Trygghetsrad.Site.Content;

namespace Trygghetsrad.Site.Output.Calendar;

/// <summary>
/// The meetings announced but not yet held. An announced date is coming when it lies after the newest published
/// minutes (whose own meeting has been held) and, when the build knows the day it is built for, on or after that
/// day. Without that day the newest published minutes stand for today, so the same content always gives the same
/// site. Every <c>next_meeting</c> still coming counts — normally the newest meeting's own announcement, but an
/// older announcement of a later date too. When several announce the same date, the newest announcement wins (it
/// may have moved the place or time). Drafts never take part.
/// </summary>
public sealed class UpcomingMeetings
{
    private readonly HashSet<NextMeeting> _announced;
    private readonly DateOnly? _newest;
    private readonly DateOnly? _today;

    private UpcomingMeetings(IReadOnlyList<UpcomingMeeting> events, DateOnly? newest, DateOnly? today)
    {
        Events = events;
        _announced = events.Select(e => e.Next).ToHashSet();
        _newest = newest;
        _today = today;
    }

    /// <summary>The upcoming meetings in date order.</summary>
    public IReadOnlyList<UpcomingMeeting> Events { get; }

    /// <summary>Finds the upcoming meetings among <paramref name="published"/> (drafts already removed) on <paramref name="today"/>, when known.</summary>
    public static UpcomingMeetings From(IEnumerable<Meeting> published, DateOnly? today = null)
    {
        var meetings = published.Where(m => !m.Draft).ToList();
        DateOnly? newest = meetings.Count == 0 ? null : meetings.Max(m => m.Date);
        var empty = new UpcomingMeetings([], newest, today);

        // Newest announcement first, so that it is the one kept for its date.
        var announcing = meetings.Where(m => m.NextMeeting is { } next && empty.IsComing(next.Date)).ToList();
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
        return new UpcomingMeetings(events, newest, today);
    }

    /// <summary>True when a meeting on <paramref name="date"/> is still to come; false once it has passed.</summary>
    public bool IsComing(DateOnly date) => (_newest is not { } newest || date > newest) && (_today is not { } today || date >= today);

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
