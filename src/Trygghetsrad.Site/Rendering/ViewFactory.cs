using Trygghetsrad.Site.Config;
using Trygghetsrad.Site.Content;
using Trygghetsrad.Site.Text;
using Trygghetsrad.Site.Topics;

namespace Trygghetsrad.Site.Rendering;

/// <summary>Turns meetings, sections and topic hits into the view records templates render.</summary>
/// <param name="Site">The site's settings.</param>
/// <param name="Urls">The site's URLs.</param>
public sealed record ViewFactory(SiteConfig Site, SiteUrls Urls)
{
    /// <summary>The site's settings for templates.</summary>
    public SiteView SiteView() => new(
        Site.Name,
        Site.Organisation,
        Site.Description,
        Site.Language,
        new ContactView(
            Site.Contact.Name,
            Site.Contact.Email,
            Site.Contact.Email is { } e ? "mailto:" + e : null,
            Site.Contact.Phone,
            Site.Contact.Phone is { } p ? "tel:" + new string(p.Where(c => char.IsDigit(c) || c == '+').ToArray()) : null,
            Site.Contact.Url));

    /// <summary>Navigation URLs.</summary>
    public NavUrls Nav() => new(Urls.Home, Urls.Meetings, Urls.Topics, Urls.Questions(), Urls.FollowUps(), Urls.Search);

    /// <summary>A meeting as a list entry.</summary>
    public MeetingSummary Summary(Meeting meeting, IReadOnlyList<TopicHit> hits, IReadOnlyList<Section> sections)
    {
        var date = SwedishFormat.Date(meeting.Date);
        var title = meeting.Title ?? Site.MeetingTitle;
        var suffix = meeting.Title is null ? "" : " – " + meeting.Title;
        return new MeetingSummary(
            Urls.Meeting(meeting.Slug),
            title,
            date,
            SwedishFormat.DateWithWeekday(meeting.Date),
            SwedishFormat.IsoDate(meeting.Date),
            SwedishFormat.TimeRange(meeting.Start, meeting.End),
            meeting.Location,
            $"Anteckningar {date}{suffix}{(meeting.Draft ? " (utkast)" : "")}",
            hits.Select(TopicRef).ToList(),
            sections.Where(s => s.Heading.Length > 0).Select(s => s.Heading).ToList());
    }

    /// <summary>A question of the meeting listed as <paramref name="summary"/>, with the topics it is about among <paramref name="hits"/>.</summary>
    public QuestionView Question(MeetingSummary summary, Question question, IReadOnlyList<TopicHit> hits) => new(
        question.Id,
        summary.Url + "#" + question.Id,
        question.Text,
        question.Answers,
        question.SectionId,
        question.SectionHeading,
        question.SectionId.Length > 0 ? summary.Url + "#" + question.SectionId : summary.Url,
        [.. QuestionTopics.Of(question, hits).Select(TopicRef)]);

    /// <summary>A link to a topic.</summary>
    public TopicRef TopicRef(TopicHit hit) => new(Urls.Topic(hit.Topic.Slug), hit.Topic.Name, hit.Topic.Slug);

    /// <summary>A topic with its count.</summary>
    public TopicSummary TopicSummary(TopicDefinition topic, int meetingCount) =>
        new(Urls.Topic(topic.Slug), topic.Name, topic.Slug, topic.Description, meetingCount, Urls.TopicFeed(topic.Slug));

    /// <summary>The announced next meeting as the minutes of <paramref name="source"/> give it.</summary>
    /// <param name="next">The announcement.</param>
    /// <param name="source">The minutes that announce it.</param>
    /// <param name="passed">True once its date has passed.</param>
    /// <param name="calendarUrl">The calendar file, when the meeting is in it.</param>
    /// <param name="dates">How the page's language writes dates; null for Swedish.</param>
    public static NextMeetingView NextMeeting(NextMeeting next, MeetingSummary source, bool passed, string? calendarUrl, DateWriting? dates = null)
    {
        var writing = dates ?? DateWriting.Swedish;
        return new(writing.DateWithWeekday(next.Date), SwedishFormat.IsoDate(next.Date), writing.TimeRange(next.Start, next.End), next.Location, source, passed, calendarUrl);
    }

    /// <summary><paramref name="summary"/>, the list entry of <paramref name="meeting"/>, with its date and time as <paramref name="dates"/> writes them.</summary>
    public static MeetingSummary In(MeetingSummary summary, Meeting meeting, DateWriting dates) => summary with
    {
        DateText = dates.Date(meeting.Date),
        DateWithWeekday = dates.DateWithWeekday(meeting.Date),
        TimeText = dates.TimeRange(meeting.Start, meeting.End),
    };
}
