using Trygghetsrad.Site.Diagnostics;

namespace Trygghetsrad.Site.Content;

/// <summary>
/// A kind of summary a meeting may carry under <c>summaries:</c>, declared once: the key it is written under, the
/// language it is written in, whether it is easy Swedish (whose readability <c>check</c> measures), what it means
/// for editors, and the anchor of its section on the meeting's page. The parser, the meeting page, search, the
/// pages that list summaries and the docs' reference all follow <see cref="SummaryKinds.All"/>.
/// </summary>
/// <param name="Key">The key under <c>summaries:</c>: "fi", "lattlast".</param>
/// <param name="Lang">The language it is written in: "fi", "sv".</param>
/// <param name="EasyRead">True for a summary in easy Swedish (lättläst).</param>
/// <param name="Language">Its language as the docs name it: "finska".</param>
/// <param name="Description">What it is, as the docs say it (Markdown, Swedish).</param>
public sealed record SummaryKind(string Key, string Lang, bool EasyRead, string Language, string Description)
{
    /// <summary>The anchor of its section on the meeting's page, which search results link to.</summary>
    public string Anchor => "sammanfattning-" + Key;
}

/// <summary>A summary as the editor wrote it in a meeting's front matter.</summary>
/// <param name="Kind">Its kind.</param>
/// <param name="Paragraphs">Its text, one entry per paragraph (paragraphs are separated by an empty line).</param>
/// <param name="At">Where its text starts in the file.</param>
public sealed record WrittenSummary(SummaryKind Kind, IReadOnlyList<string> Paragraphs, SourceLocation At);

/// <summary>The kinds of summary, in the order a meeting page shows them.</summary>
public static class SummaryKinds
{
    /// <summary>The summary in Finnish.</summary>
    public static SummaryKind Finnish { get; } = new("fi", "fi", false, "finska", "sammanfattning på finska, skriven för webbplatsen; visas på mötessidan (märkt som finska), på sidan suomeksi, och sökningen hittar den med finska ord");

    /// <summary>The summary in easy Swedish.</summary>
    public static SummaryKind EasyRead { get; } = new("lattlast", "sv", true, "lättläst svenska", "sammanfattning på lättläst svenska; visas på mötessidan och på sidan lattlast; `check` räknar ut dess LIX och varnar över 30");

    /// <summary>Every kind.</summary>
    public static IReadOnlyList<SummaryKind> All { get; } = [Finnish, EasyRead];

    /// <summary>Every kind's key, in the table's order.</summary>
    public static IReadOnlyList<string> Keys { get; } = [.. All.Select(k => k.Key)];

    /// <summary>The reference of docs/innehall.md: a Markdown table of every kind.</summary>
    public static string ReferenceTable() =>
        "| under `summaries:` | språk | betyder |\n|---|---|---|\n"
        + string.Concat(All.Select(k => $"| `{k.Key}` | {k.Language} | {k.Description} |\n"));

    /// <summary>The paragraphs of a summary's text: runs of lines between empty lines, each joined by spaces.</summary>
    public static IReadOnlyList<string> Paragraphs(string text) =>
        [.. text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => string.Join(' ', p.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)))
            .Where(p => p.Length > 0)];
}
