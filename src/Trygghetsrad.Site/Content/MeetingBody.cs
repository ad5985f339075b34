using Markdig.Syntax;

namespace Trygghetsrad.Site.Content;

/// <summary>
/// A meeting's minutes parsed: the Markdown syntax tree (with a stable id set on every heading)
/// and the sections with their passages in plain text, for topics and search.
/// </summary>
/// <param name="Document">The syntax tree; rendered once by the rendering stage and not changed after parsing.</param>
/// <param name="Sections">The sections in order; text before the first '##' forms a section without heading.</param>
public sealed record MeetingBody(MarkdownDocument Document, IReadOnlyList<Section> Sections)
{
    /// <summary>The file the text was read from, as shown to the editor: named when making its page fails.</summary>
    public string SourcePath { get; init; } = "";

    /// <summary>The links of the minutes in order, with where each stands in the file and in which section.</summary>
    public IReadOnlyList<WrittenLink> Links { get; init; } = [];

    /// <summary>The questions the minutes record, in order, each with its answers.</summary>
    public IReadOnlyList<Question> Questions { get; init; } = [];
}

/// <summary>A part of the minutes under one '##' heading (an agenda item).</summary>
/// <param name="Id">The heading's anchor, e.g. "ovrigt"; empty for text before the first heading.</param>
/// <param name="Heading">The heading's text; empty for text before the first heading.</param>
/// <param name="Passages">The section's paragraphs and list items in plain text, in order.</param>
public sealed record Section(string Id, string Heading, IReadOnlyList<Passage> Passages)
{
    /// <summary>The language of a section not in the site's own: a meeting's summary in Finnish ("fi"), which search reads as Finnish.</summary>
    public string? Lang { get; init; }
}

/// <summary>One paragraph (or list item, or sub-heading) of the minutes in plain text.</summary>
/// <param name="Text">The text without Markdown.</param>
/// <param name="Line">The file line it starts on.</param>
/// <param name="IsHeading">True for a sub-heading ('###').</param>
public sealed record Passage(string Text, int Line, bool IsHeading = false);
