using Scriban.Runtime;
using Trygghetsrad.Site.Diagnostics;

namespace Trygghetsrad.Site.Content;

/// <summary>Where a follow-up item stands after a meeting.</summary>
public enum FollowUpStatus
{
    /// <summary>"öppen": the council has taken it further and not yet reported back.</summary>
    Open,

    /// <summary>"besvarad": an answer has been reported.</summary>
    Answered,

    /// <summary>"avslutad": nothing more will be done.</summary>
    Closed,
}

/// <summary>
/// One entry of a meeting's <c>follow_ups</c>: an item the council takes further, as this meeting raises it or
/// reports on it. The earliest meeting that names an id opens the item; later meetings name the same id.
/// </summary>
/// <param name="Id">The item's name, the same in every meeting that reports on it: "klotter-naringslivet".</param>
/// <param name="Section">The anchor of the section of this meeting where it is raised or reported on: "ovrigt".</param>
/// <param name="Title">A short title; required where the item is opened.</param>
/// <param name="Status">Where it stands after this meeting.</param>
/// <param name="Note">What this meeting says about it, if the editor wrote a note.</param>
public sealed record FollowUp(string Id, string Section, string? Title, FollowUpStatus Status, string? Note)
{
    /// <summary>Where the entry starts in the meeting file; for diagnostics, not for pages.</summary>
    [ScriptMemberIgnore]
    public SourceLocation At { get; init; } = new("", 1, 1);

    /// <summary>Where its section's anchor is written; for diagnostics, not for pages.</summary>
    [ScriptMemberIgnore]
    public SourceLocation SectionAt { get; init; } = new("", 1, 1);
}

/// <summary>The statuses as editors write them, and as pages show them.</summary>
public static class FollowUpStatuses
{
    /// <summary>Every status as written, in the order an item goes through them.</summary>
    public static IReadOnlyList<string> Names { get; } = ["öppen", "besvarad", "avslutad"];

    /// <summary>The status written <paramref name="name"/>, or null when it is none of <see cref="Names"/>.</summary>
    public static FollowUpStatus? Parse(string name) => name switch
    {
        "öppen" => FollowUpStatus.Open,
        "besvarad" => FollowUpStatus.Answered,
        "avslutad" => FollowUpStatus.Closed,
        _ => null,
    };

    /// <summary>The status as written: "öppen".</summary>
    public static string Name(FollowUpStatus status) => Names[(int)status];
}
