using Trygghetsrad.Site.Building;
using Trygghetsrad.Site.Rendering;
using Trygghetsrad.Site.Text;

namespace Trygghetsrad.Site.Pages;

/// <summary>The archive's home page: <c>/</c>.</summary>
/// <param name="MeetingCount">How many meetings are published.</param>
/// <param name="Latest">The newest meetings.</param>
/// <param name="Years">Every year with its count.</param>
/// <param name="Topics">Every topic with its count.</param>
/// <param name="NextMeeting">The next meeting as the minutes announce it (see <see cref="HomePageKind.NextMeeting"/>), if any.</param>
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
    int OpenFollowUps,
    int FollowUps,
    int QuestionCount) : PageModel(Title, Nav, Url)
{
    /// <inheritdoc/>
    public override bool AnnouncesComingMeeting => NextMeeting is { Passed: false };
}

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
        yield return () => new HomePage(
            archive.Site.Site.Name,
            "hem",
            archive.Site.Urls.Home,
            archive.NewestFirst.Count,
            [.. archive.NewestFirst.Take(LatestCount).Select(p => p.Summary)],
            archive.Timeline.Years,
            archive.Topics,
            NextMeeting(archive),
            archive.References.Items.Count(i => i.IsOpen),
            archive.References.Items.Count,
            archive.Questions.All.Count);
    }

    /// <summary>
    /// The meeting the home page announces: the newest minutes' announcement while it is coming; otherwise the
    /// first meeting still coming that older minutes announced; otherwise the newest minutes' announcement, shown
    /// as passed. Null when no minutes announce anything. Dates are written as <paramref name="dates"/> writes them
    /// (null: Swedish), for a page in another language.
    /// </summary>
    public static NextMeetingView? NextMeeting(Archive archive, DateWriting? dates = null)
    {
        if (archive.NewestFirst.FirstOrDefault() is not { } newest)
        {
            return null;
        }

        MeetingSummary SourceOf(PublishedMeeting p) => dates is null ? p.Summary : ViewFactory.In(p.Summary, p.Meeting, dates);
        var own = archive.Timeline.Announcement(newest.Meeting.NextMeeting, SourceOf(newest), dates);
        if (own is { Passed: false })
        {
            return own;
        }

        foreach (var upcoming in archive.Timeline.Upcoming.Events)
        {
            if (archive.NewestFirst.FirstOrDefault(p => p.Meeting.SourcePath == upcoming.AnnouncedIn.SourcePath) is { } source)
            {
                return archive.Timeline.Announcement(upcoming.Next, SourceOf(source), dates);
            }
        }

        return own;
    }
}
