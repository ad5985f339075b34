using Trygghetsrad.Site.Content;

namespace Trygghetsrad.Site.Rendering;

/// <summary>
/// The keys of the string tables that the generator reads itself, beside those the templates read as <c>text.*</c>:
/// the texts it puts into models and the Markdown it renders. <c>StringTablesTests</c> checks that every table has them.
/// </summary>
public static class TextKeys
{
    /// <summary>The link beside each heading of a text: "Länk till avsnittet".</summary>
    public const string SectionLink = "section_link";

    /// <summary>A language's name in itself, as links to its pages read: "Suomeksi", "På svenska".</summary>
    public const string LanguageName = "languages.name";

    /// <summary>The link to the page in easy Swedish: "Lättläst".</summary>
    public const string EasyRead = "languages.easy_read";

    /// <summary>The link from an easy Swedish page to its ordinary version: "På vanlig svenska".</summary>
    public const string StandardVersion = "versions.standard";

    /// <summary>Every key the generator reads, with each kind of summary's heading and note.</summary>
    public static IReadOnlyList<string> All { get; } =
        [SectionLink, LanguageName, EasyRead, StandardVersion, .. SummaryKinds.All.SelectMany(k => new[] { SummaryHeading(k), SummaryNote(k) })];

    /// <summary>The heading of a summary of <paramref name="kind"/>: "Tiivistelmä suomeksi".</summary>
    public static string SummaryHeading(SummaryKind kind) => $"summaries.{kind.Key}.heading";

    /// <summary>The line under a summary of <paramref name="kind"/> saying it is written for the site.</summary>
    public static string SummaryNote(SummaryKind kind) => $"summaries.{kind.Key}.note";
}
