namespace Trygghetsrad.Site.Content;

/// <summary>
/// One meeting's minutes as the editor wrote them: the front matter's values and the Markdown body. Each value
/// is set by its key in <see cref="MeetingKeys"/>; a key the file leaves out keeps the default here.
/// </summary>
/// <param name="Slug">The file name without ".md": "2021-09-15", or "2021-09-15-extra" for a second meeting that day.</param>
/// <param name="SourcePath">The file's path as shown in diagnostics.</param>
/// <param name="Body">The minutes in Markdown.</param>
/// <param name="BodyStartLine">The file line on which <paramref name="Body"/> starts, for diagnostics.</param>
public sealed record Meeting(string Slug, string SourcePath, string Body, int BodyStartLine)
{
    /// <summary>The meeting's date.</summary>
    public DateOnly Date { get; init; }

    /// <summary>Start time, if given.</summary>
    public TimeOnly? Start { get; init; }

    /// <summary>End time, if given.</summary>
    public TimeOnly? End { get; init; }

    /// <summary>Where it was held ("Digitalt via Teams").</summary>
    public string? Location { get; init; }

    /// <summary>Groups of participants in the editor's order.</summary>
    public IReadOnlyList<ParticipantGroup> Participants { get; init; } = [];

    /// <summary>Topic slugs the editor listed, added to those found in the text.</summary>
    public IReadOnlyList<string> ListedTopics { get; init; } = [];

    /// <summary>The meeting announced at the end, if any.</summary>
    public NextMeeting? NextMeeting { get; init; }

    /// <summary>Who took the notes ("Vid tangenterna").</summary>
    public string? NoteTaker { get; init; }

    /// <summary>Where the text comes from and how it was transferred ("Mötesanteckningarna (PDF), överförda ordagrant"), if the editor says.</summary>
    public string? Source { get; init; }

    /// <summary>The summaries the editor wrote, in the order of <see cref="SummaryKinds.All"/>.</summary>
    public IReadOnlyList<WrittenSummary> Summaries { get; init; } = [];

    /// <summary>The meeting's own title, or null for the site's default.</summary>
    public string? Title { get; init; }

    /// <summary>Drafts are never published anywhere.</summary>
    public bool Draft { get; init; }

    /// <summary>The items the council takes further that this meeting raises or reports on, in the editor's order.</summary>
    public IReadOnlyList<FollowUp> FollowUps { get; init; } = [];
}

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
