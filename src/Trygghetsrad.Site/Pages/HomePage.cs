using Trygghetsrad.Site.Building;
using Trygghetsrad.Site.Rendering;

namespace Trygghetsrad.Site.Pages;

/// <summary>The archive's home page: <c>/</c>.</summary>
/// <param name="MeetingCount">How many meetings are published.</param>
/// <param name="Latest">The newest meetings.</param>
/// <param name="Years">Every year with its count.</param>
/// <param name="Topics">Every topic with its count.</param>
/// <param name="NextMeeting">The next meeting as the newest minutes announce it, if they do.</param>
/// <param name="NextMeetingSource">The minutes that announce it.</param>
/// <param name="OpenFollowUps">How many items the council takes further are open.</param>
/// <param name="FollowUps">How many items there are in all.</param>
/// <param name="QuestionCount">How many questions the minutes record.</param>
public sealed record HomePage(
    string Title,
    string Nav,
    string Url,
    int MeetingCount,
    IReadOnlyList<MeetingSummary> Latest,
    IReadOnlyList<YearRef> Years,
    IReadOnlyList<TopicSummary> Topics,
    NextMeetingView? NextMeeting,
    MeetingSummary? NextMeetingSource,
    int OpenFollowUps,
    int FollowUps,
    int QuestionCount) : PageModel(Title, Nav, Url);

/// <summary>The home page.</summary>
public sealed class HomePageKind : ArchivePageKind
{
    /// <summary>Meetings listed under "Senaste mötena".</summary>
    public const int LatestCount = 5;

    /// <inheritdoc/>
    public override string Template => "home";

    /// <inheritdoc/>
    public override IEnumerable<Func<IPage>> Pages(Archive archive)
    {
        yield return () =>
        {
            var newest = archive.NewestFirst.FirstOrDefault();
            var next = newest?.Meeting.NextMeeting;
            return new HomePage(
                archive.Site.Site.Name,
                "hem",
                archive.Site.Urls.Home,
                archive.NewestFirst.Count,
                [.. archive.NewestFirst.Take(LatestCount).Select(p => p.Summary)],
                archive.Timeline.Years,
                archive.Topics,
                ViewFactory.NextMeeting(next, archive.Timeline.CalendarUrl(next)),
                newest?.Summary,
                archive.References.Items.Count(i => i.IsOpen),
                archive.References.Items.Count,
                archive.Questions.All.Count);
        };
    }
}
