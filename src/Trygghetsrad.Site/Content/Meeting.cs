namespace Trygghetsrad.Site.Content;

/// <summary>One meeting's minutes as the editor wrote them: front matter values and the Markdown body.</summary>
/// <param name="Slug">The file name without ".md": "2021-09-15", or "2021-09-15-extra" for a second meeting that day.</param>
/// <param name="SourcePath">The file's path as shown in diagnostics.</param>
/// <param name="Date">The meeting's date.</param>
/// <param name="Start">Start time, if given.</param>
/// <param name="End">End time, if given.</param>
/// <param name="Location">Where it was held ("Digitalt via Teams").</param>
/// <param name="Participants">Groups of participants in the editor's order.</param>
/// <param name="ListedTopics">Topic slugs the editor listed, added to those found in the text.</param>
/// <param name="NextMeeting">The meeting announced at the end, if any.</param>
/// <param name="NoteTaker">Who took the notes ("Vid tangenterna").</param>
/// <param name="Title">The meeting's own title, or null for the site's default.</param>
/// <param name="Draft">Drafts are never published anywhere.</param>
/// <param name="Body">The minutes in Markdown.</param>
/// <param name="BodyStartLine">The file line on which <paramref name="Body"/> starts, for diagnostics.</param>
public sealed record Meeting(
    string Slug,
    string SourcePath,
    DateOnly Date,
    TimeOnly? Start,
    TimeOnly? End,
    string? Location,
    IReadOnlyList<ParticipantGroup> Participants,
    IReadOnlyList<string> ListedTopics,
    NextMeeting? NextMeeting,
    string? NoteTaker,
    string? Title,
    bool Draft,
    string Body,
    int BodyStartLine);

/// <summary>A group of participants ("Förtroendevalda") and its members; the name may be absent, as in some old minutes.</summary>
/// <param name="Name">The group's name, or null.</param>
/// <param name="Members">The members as written, e.g. "Anna Gunstad Bäckman (C)".</param>
public sealed record ParticipantGroup(string? Name, IReadOnlyList<string> Members);

/// <summary>The next meeting as announced in the minutes.</summary>
/// <param name="Date">Its date.</param>
/// <param name="Start">Start time, if given.</param>
/// <param name="End">End time, if given.</param>
/// <param name="Location">Where, if given.</param>
public sealed record NextMeeting(DateOnly Date, TimeOnly? Start, TimeOnly? End, string? Location);
