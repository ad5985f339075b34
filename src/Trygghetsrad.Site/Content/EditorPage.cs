using Trygghetsrad.Site.Diagnostics;

namespace Trygghetsrad.Site.Content;

/// <summary>
/// A page an editor writes, read from <c>content/sidor/SLUG.md</c>, which becomes <c>/SLUG/</c>: "Om
/// Trygghetsrådet", the page in Finnish, the page in easy Swedish. Each value is set by its key in
/// <see cref="PageKeys"/>; a key the file leaves out keeps the default here.
/// </summary>
/// <param name="Slug">The file name without ".md": the page's address under the base path.</param>
/// <param name="SourcePath">The file's path as shown in diagnostics.</param>
/// <param name="Body">The page's text in Markdown.</param>
/// <param name="BodyStartLine">The file line on which <paramref name="Body"/> starts, for diagnostics.</param>
public sealed record EditorPage(string Slug, string SourcePath, string Body, int BodyStartLine)
{
    /// <summary>The page's title: its heading and the window's title.</summary>
    public string Title { get; init; } = "";

    /// <summary>The language the page is written in ("sv", "fi"); null for the site's own.</summary>
    public string? Lang { get; init; }

    /// <summary>Where <c>lang</c> is written, for a language without a string table.</summary>
    public SourceLocation? LangAt { get; init; }

    /// <summary>True for a page in easy Swedish (lättläst), whose readability <c>check</c> measures.</summary>
    public bool EasyRead { get; init; }

    /// <summary>A sentence about the page for search engines, or null for the site's description.</summary>
    public string? Description { get; init; }

    /// <summary>The slug of the page this one translates or retells in easy Swedish; null for an original.</summary>
    public string? TranslationOf { get; init; }

    /// <summary>Where <c>translation_of</c> is written.</summary>
    public SourceLocation? TranslationOfAt { get; init; }

    /// <summary>True when the page ends with the next meeting and the latest meetings, in its own language.</summary>
    public bool ShowMeetings { get; init; }

    /// <summary>The text parsed (as a meeting's minutes are: sections, passages, anchors and links), once it is read.</summary>
    public MeetingBody? Text { get; init; }

    /// <summary>The slug of the page this one is a version of: its own when it translates none.</summary>
    public string Original => TranslationOf ?? Slug;

    /// <summary>The page's body as a meeting body parser reads it: the same Markdown rules and anchors as minutes.</summary>
    public Meeting AsText() => new(Slug, SourcePath, Body, BodyStartLine);
}
