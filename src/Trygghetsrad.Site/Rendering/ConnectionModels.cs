using Trygghetsrad.Site.Content;

namespace Trygghetsrad.Site.Rendering;

// What pages show of the ties between meetings: links written between their minutes, in both directions, and the
// items the council takes further from one meeting to the next.

/// <summary>A meeting's page or one of its sections, as another page points to it: "17 november 2021 – Lägesbild".</summary>
/// <param name="Url">The page, with the section's anchor when it is a section.</param>
/// <param name="DateIso">The meeting's date for <c>&lt;time datetime&gt;</c>.</param>
/// <param name="DateText">"17 november 2021".</param>
/// <param name="Heading">The section's heading; null for the page as a whole.</param>
public sealed record MeetingPlace(string Url, string DateIso, string DateText, string? Heading);

/// <summary>What one section of a meeting's minutes, or the meeting as a whole, is tied to.</summary>
/// <param name="FollowedUpBy">Later meetings' sections that link here or report on an item raised here, oldest first.</param>
/// <param name="RefersTo">Other meetings' sections this one links to or whose items it reports on, oldest first.</param>
/// <param name="Items">The items the council takes further that are raised or reported on here.</param>
public sealed record Connections(IReadOnlyList<MeetingPlace> FollowedUpBy, IReadOnlyList<MeetingPlace> RefersTo, IReadOnlyList<FollowUpMention> Items)
{
    /// <summary>Nothing tied.</summary>
    public static Connections None { get; } = new([], [], []);

    /// <summary>True when nothing is tied.</summary>
    public bool IsEmpty => FollowedUpBy.Count == 0 && RefersTo.Count == 0 && Items.Count == 0;
}

/// <summary>An item named in a section: its page, its title and where it stood after that meeting.</summary>
public sealed record FollowUpMention(string Url, string Title, string Status);

/// <summary>
/// A part of a meeting's minutes as HTML, cut after each section's heading, so the page can show what the section is
/// tied to right under its heading.
/// </summary>
/// <param name="Html">The minutes up to and including a section's heading (the last part: to the end).</param>
/// <param name="Connections">What the section whose heading ends the part is tied to; null when nothing is.</param>
public sealed record BodyPart(RawHtml Html, Connections? Connections);

/// <summary>An item the council takes further: every meeting that raised or reported on it, oldest first.</summary>
/// <param name="Id">The item's name in the front matter.</param>
/// <param name="Title">Its title, as the latest meeting that gives one writes it.</param>
/// <param name="Url">Its page: <c>/uppfoljning/klotter-naringslivet/</c>.</param>
/// <param name="Status">Where it stands after the latest meeting.</param>
/// <param name="Steps">Each meeting's entry, oldest first; the first opened the item.</param>
public sealed record FollowUpItem(string Id, string Title, string Url, FollowUpStatus Status, IReadOnlyList<FollowUpStep> Steps)
{
    /// <summary>The status as written: "öppen".</summary>
    public string StatusName => FollowUpStatuses.Name(Status);

    /// <summary>True while the council has not reported back.</summary>
    public bool IsOpen => Status == FollowUpStatus.Open;

    /// <summary>The entry of the meeting that opened it.</summary>
    public FollowUpStep Opened => Steps[0];

    /// <summary>The latest meeting's entry.</summary>
    public FollowUpStep Latest => Steps[^1];
}

/// <summary>One meeting's entry for an item.</summary>
/// <param name="MeetingSlug">The meeting's slug.</param>
/// <param name="MeetingUrl">The meeting's page.</param>
/// <param name="Date">The meeting's date.</param>
/// <param name="DateIso">The date for <c>&lt;time datetime&gt;</c>.</param>
/// <param name="DateText">"15 september 2021".</param>
/// <param name="SectionId">The anchor of the section where it was raised or reported on.</param>
/// <param name="SectionHeading">That section's heading.</param>
/// <param name="SectionUrl">The section on the meeting's page; the page itself when the minutes lack the section (an error at the entry).</param>
/// <param name="Status">Where the item stood after this meeting.</param>
/// <param name="Note">What this meeting says about it, if the editor wrote a note.</param>
public sealed record FollowUpStep(string MeetingSlug, string MeetingUrl, DateOnly Date, string DateIso, string DateText, string SectionId, string SectionHeading, string SectionUrl, FollowUpStatus Status, string? Note)
{
    /// <summary>The status as written: "öppen".</summary>
    public string StatusName => FollowUpStatuses.Name(Status);

    /// <summary>This entry as a place another page points to.</summary>
    public MeetingPlace Place => new(SectionUrl, DateIso, DateText, SectionHeading);
}

/// <summary>An item as a meeting's page lists it: the item and this meeting's entry for it.</summary>
/// <param name="Item">The item.</param>
/// <param name="Step">This meeting's entry.</param>
/// <param name="Opens">True when this meeting opened the item.</param>
public sealed record MeetingFollowUp(FollowUpItem Item, FollowUpStep Step, bool Opens);
