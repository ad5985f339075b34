using Trygghetsrad.Site.Content;
using Trygghetsrad.Site.Output.Calendar;
using Trygghetsrad.Site.Rendering;
using Trygghetsrad.Site.Text;

namespace Trygghetsrad.Site.Building;

/// <summary>
/// The published meetings in date order, oldest first, and what a meeting's page shows of the others: its
/// neighbours, its year with that year's count, and whether the next meeting it announces is still coming and in
/// the calendar. Made from the front matter alone and the day the site is built for, so it is known before any page
/// is rendered; the meetings it holds have no text.
/// </summary>
public sealed class Timeline
{
    private readonly Meeting[] _meetings;
    private readonly Dictionary<int, YearRef> _years = [];

    private Timeline(Meeting[] meetings, SiteUrls urls, DateOnly? today)
    {
        _meetings = meetings;
        Today = today;
        Upcoming = UpcomingMeetings.From(meetings, today);

        // Newest year first; meetings are oldest first, so a year's meetings are a run.
        var years = new List<YearRef>();
        for (var end = meetings.Length; end > 0;)
        {
            var year = meetings[end - 1].Date.Year;
            var start = end - 1;
            while (start > 0 && meetings[start - 1].Date.Year == year)
            {
                start--;
            }

            var entry = new YearRef(year, urls.Year(year), end - start);
            years.Add(entry);
            _years[year] = entry;
            end = start;
        }

        Years = years;
        Urls = urls;
    }

    /// <summary>The published meetings, oldest first, without their text.</summary>
    public IReadOnlyList<Meeting> Meetings => _meetings;

    /// <summary>The years that have meetings, newest first, with their counts.</summary>
    public IReadOnlyList<YearRef> Years { get; }

    /// <summary>The announced meetings not yet held, for the calendar.</summary>
    public UpcomingMeetings Upcoming { get; }

    private SiteUrls Urls { get; }

    // The day the site is built for, when the build knows it.
    private DateOnly? Today { get; }

    /// <summary>The timeline of <paramref name="published"/> (no drafts), oldest first, on <paramref name="today"/> when known.</summary>
    public static Timeline Of(IEnumerable<Meeting> published, SiteUrls urls, DateOnly? today) =>
        new([.. published.Select(m => m.Body.Length == 0 ? m : m with { Body = "" })], urls, today);

    /// <summary>
    /// This timeline with <paramref name="meeting"/> in place of the meeting read from the same file, and where the
    /// meeting now stands; null when the timeline has no meeting from that file, or when the meeting became a draft
    /// or stopped being one (whether it is shown at all is then for a whole build to decide).
    /// </summary>
    public (Timeline Timeline, int Index)? With(Meeting meeting)
    {
        var at = Array.FindIndex(_meetings, m => m.SourcePath == meeting.SourcePath);
        if (at < 0 || meeting.Draft != _meetings[at].Draft)
        {
            return null;
        }

        var meetings = (Meeting[])_meetings.Clone();
        meetings[at] = meeting with { Body = "" };
        Array.Sort(meetings, MeetingOrder.Compare);
        var timeline = new Timeline(meetings, Urls, Today);
        return (timeline, Array.FindIndex(meetings, m => m.SourcePath == meeting.SourcePath));
    }

    /// <summary>The meeting before number <paramref name="index"/>, or null for the first.</summary>
    public Meeting? Previous(int index) => index > 0 ? _meetings[index - 1] : null;

    /// <summary>The meeting after number <paramref name="index"/>, or null for the last.</summary>
    public Meeting? Next(int index) => index + 1 < _meetings.Length ? _meetings[index + 1] : null;

    /// <summary>The year of <paramref name="meeting"/>, with its count.</summary>
    public YearRef YearOf(Meeting meeting) => _years[meeting.Date.Year];

    /// <summary>
    /// The meeting <paramref name="next"/> as the minutes of <paramref name="source"/> announce it: passed once its
    /// date has, and linking the calendar file while it is in it; null when nothing is announced. Its date is written
    /// as <paramref name="dates"/> writes it (null: Swedish).
    /// </summary>
    public NextMeetingView? Announcement(NextMeeting? next, MeetingSummary source, DateWriting? dates = null) =>
        next is null ? null : ViewFactory.NextMeeting(next, source, !Upcoming.IsComing(next.Date), Upcoming.Contains(next) ? Urls.Calendar : null, dates);
}
