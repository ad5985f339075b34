using Trygghetsrad.Site.Content;

namespace Trygghetsrad.Site.Import;

/// <summary>Old plain-text minutes, read into the fields of a meeting file and a body of verbatim blocks.</summary>
/// <param name="Date">The meeting's date.</param>
/// <param name="Start">Start time, if the text gave one.</param>
/// <param name="End">End time, if the text gave one.</param>
/// <param name="Location">"Plats:", if given.</param>
/// <param name="Title">The meeting's own title, when the first line is something other than the council's name.</param>
/// <param name="Participants">"Deltagare:" with its groups.</param>
/// <param name="NextMeeting">"Nästa möte", when its date could be read.</param>
/// <param name="NoteTaker">"Vid tangenterna".</param>
/// <param name="Body">The minutes' paragraphs and headings in order, text unchanged.</param>
public sealed record ImportedMinutes(
    DateOnly Date,
    TimeOnly? Start,
    TimeOnly? End,
    string? Location,
    string? Title,
    IReadOnlyList<ParticipantGroup> Participants,
    NextMeeting? NextMeeting,
    string? NoteTaker,
    IReadOnlyList<ImportedBlock> Body);

/// <summary>A paragraph or a heading of the old minutes.</summary>
/// <param name="Text">The text as written (lines of one paragraph joined by '\n').</param>
/// <param name="Line">The source line it starts on.</param>
/// <param name="IsHeading">True for an agenda item's heading.</param>
public sealed record ImportedBlock(string Text, int Line, bool IsHeading);
