using Trygghetsrad.Site.Building;
using Trygghetsrad.Site.Content;
using Trygghetsrad.Site.Rendering;
using Trygghetsrad.Site.Text;
using Trygghetsrad.Site.Topics;

namespace Trygghetsrad.Site.Pages;

/// <summary>A meeting's page: <c>/moten/2021-09-15/</c>.</summary>
/// <param name="Meeting">The meeting as lists show it.</param>
/// <param name="Fields">The meeting's front matter values, for templates that show a key as it was written.</param>
/// <param name="Participants">The participant groups as the page shows them (<see cref="MeetingPageKind.ParticipantGroups"/>).</param>
/// <param name="Body">
/// The minutes as HTML, cut after each heading of a section tied to other meetings, with its ties; when the meeting as
/// a whole is tied to others (links to its page, links before its first heading), an empty first part carries those.
/// </param>
/// <param name="FollowUps">The items the council takes further that the meeting raises or reports on.</param>
/// <param name="Sections">Links to the headed sections.</param>
/// <param name="Topics">The topics the meeting touches.</param>
/// <param name="Previous">The meeting before it, if any ("Äldre anteckningar").</param>
/// <param name="Next">The meeting after it, if any ("Nyare anteckningar").</param>
/// <param name="NextMeeting">The meeting it announces, if any.</param>
/// <param name="Year">Its year, with the year's count.</param>
public sealed record MeetingPage(
    string Title,
    string Nav,
    string Url,
    MeetingSummary Meeting,
    Meeting Fields,
    string? StartIso,
    string? EndIso,
    string? StartText,
    string? EndText,
    IReadOnlyList<ParticipantGroupView> Participants,
    IReadOnlyList<BodyPart> Body,
    IReadOnlyList<MeetingFollowUp> FollowUps,
    IReadOnlyList<SectionLink> Sections,
    IReadOnlyList<TopicRef> Topics,
    MeetingSummary? Previous,
    MeetingSummary? Next,
    NextMeetingView? NextMeeting,
    string? NoteTaker,
    YearRef Year) : PageModel(Title, Nav, Url)
{
    /// <inheritdoc/>
    public override bool NoIndex => Fields.Draft;

    /// <inheritdoc/>
    public override bool AnnouncesComingMeeting => NextMeeting is { Passed: false };

    /// <summary>The meeting's summaries (in Finnish, in easy Swedish), each in a section of its own.</summary>
    public IReadOnlyList<SummaryView> Summaries { get; init; } = [];
}

/// <summary>A meeting's summary as its page shows it, under a heading from its language's string table.</summary>
/// <param name="Anchor">Its section's anchor: "sammanfattning-fi".</param>
/// <param name="Lang">Its language when it is not the page's ("fi"), for the section's <c>lang</c>; null otherwise.</param>
/// <param name="Heading">"Tiivistelmä suomeksi", "Mötet på lättläst svenska".</param>
/// <param name="Note">That the text is written for the site, and where the minutes are.</param>
/// <param name="Paragraphs">The text.</param>
public sealed record SummaryView(string Anchor, string? Lang, string Heading, string Note, IReadOnlyList<string> Paragraphs);

/// <summary>Meetings' pages, made one by one as the meetings are read.</summary>
public sealed class MeetingPageKind : PageKind
{
    /// <summary>The label of the participants listed without a group name.</summary>
    public const string OtherParticipants = "Övriga deltagare";

    /// <inheritdoc/>
    public override string Template => "meeting";

    /// <summary>The page of <paramref name="meeting"/>, number <paramref name="index"/> of <paramref name="timeline"/>.</summary>
    /// <param name="site">What the build's pages share.</param>
    /// <param name="timeline">The published meetings' order, years and announcements.</param>
    /// <param name="index">The meeting's place in <paramref name="timeline"/>.</param>
    /// <param name="meeting">The meeting, with its text.</param>
    /// <param name="summary">Its list entry.</param>
    /// <param name="body">Its parsed minutes.</param>
    /// <param name="hits">The topics it touches.</param>
    /// <param name="connections">Its ties to other meetings.</param>
    public MeetingPage Page(SiteContext site, Timeline timeline, int index, Meeting meeting, MeetingSummary summary, MeetingBody body, IReadOnlyList<TopicHit> hits, MeetingConnections connections) => new(
        Title: $"{summary.Title} {summary.DateText}",
        Nav: "moten",
        Url: summary.Url,
        Meeting: summary,
        Fields: meeting with { Body = "" },
        StartIso: meeting.Start is { } s ? SwedishFormat.IsoDateTime(meeting.Date, s) : null,
        EndIso: meeting.End is { } e ? SwedishFormat.IsoDateTime(meeting.Date, e) : null,
        StartText: meeting.Start is { } st ? SwedishFormat.Time(st) : null,
        EndText: meeting.End is { } en ? SwedishFormat.Time(en) : null,
        Participants: ParticipantGroups(meeting.Participants),
        Body: connections.Page is { } tied ? [new BodyPart(new RawHtml(""), tied), .. site.Markdown.RenderParts(body, connections.Sections)] : site.Markdown.RenderParts(body, connections.Sections),
        FollowUps: connections.FollowUps,
        Sections: [.. body.Sections.Where(x => x.Heading.Length > 0).Select(x => new SectionLink(x.Id, x.Heading, summary.Url + "#" + x.Id))],
        Topics: [.. hits.Select(site.Views.TopicRef)],
        Previous: timeline.Previous(index) is { } previous ? site.Views.Summary(previous, [], []) : null,
        Next: timeline.Next(index) is { } next ? site.Views.Summary(next, [], []) : null,
        NextMeeting: timeline.Announcement(meeting.NextMeeting, summary),
        NoteTaker: meeting.NoteTaker,
        Year: timeline.YearOf(meeting))
    {
        Summaries = Summaries(site, meeting),
    };

    /// <summary>
    /// The summaries of <paramref name="meeting"/> as its page shows them, each headed in its own language (from that
    /// language's string table, <c>summaries.KEY</c>): a reader of Finnish finds "Tiivistelmä suomeksi".
    /// </summary>
    public static IReadOnlyList<SummaryView> Summaries(SiteContext site, Meeting meeting) =>
        [.. meeting.Summaries.Select(s =>
        {
            var table = site.Strings.For(s.Kind.Lang);
            return new SummaryView(
                s.Kind.Anchor,
                s.Kind.Lang == site.Site.Language ? null : s.Kind.Lang,
                table[TextKeys.SummaryHeading(s.Kind)],
                table[TextKeys.SummaryNote(s.Kind)],
                s.Paragraphs);
        })];

    /// <summary>
    /// The groups as the page shows them: the named groups in the editor's order, then everyone the minutes list
    /// without a group name together under the neutral "Övriga deltagare", so that nobody reads as a member of the
    /// named group written above them. The file and the open data keep the groups as written.
    /// </summary>
    public static IReadOnlyList<ParticipantGroupView> ParticipantGroups(IReadOnlyList<ParticipantGroup> groups)
    {
        var views = groups.Where(g => g.Name is not null).Select(g => new ParticipantGroupView(g.Name!, g.Members, false)).ToList();
        var others = groups.Where(g => g.Name is null).SelectMany(g => g.Members).ToList();
        if (others.Count > 0)
        {
            views.Add(new ParticipantGroupView(OtherParticipants, others, true));
        }

        return views;
    }
}
