using System.IO.Enumeration;
using Trygghetsrad.Site.Diagnostics;

namespace Trygghetsrad.Site.Content;

/// <summary>
/// What the generator reads is inside the content and templates folders, and is the same on every system.
/// A symbolic link is never followed: a pull request could otherwise add one that publishes a file of the machine
/// that builds it. Names the generator looks for must match in case (Windows and macOS would find
/// <c>Site.yml</c> for <c>site.yml</c>, Linux would not), and a meeting file ends in <c>.md</c>, lower case.
/// </summary>
public static class ContentBoundary
{
    /// <summary>The names in the content folder the generator reads.</summary>
    public static readonly IReadOnlyList<string> ContentNames = ["site.yml", "topics.yml", AccessibilityStatement.FileName, ContentLoader.MeetingsFolder, PageKeys.Folder];

    /// <summary>
    /// Reports every symbolic link below <paramref name="root"/> (without following any) and every entry of the
    /// root named like one of <paramref name="names"/> but in another case; false when there is any.
    /// </summary>
    /// <param name="root">The content or templates folder.</param>
    /// <param name="names">The names the generator reads in the root folder.</param>
    /// <param name="diagnostics">Receives one error per problem, at the entry.</param>
    public static bool Check(string root, IReadOnlyList<string> names, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(root))
        {
            return true;
        }

        var full = Path.GetFullPath(root);
        var links = new FileSystemEnumerable<string>(full, (ref FileSystemEntry entry) => entry.ToFullPath(), new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => IsLink(entry.Attributes),
            ShouldRecursePredicate = (ref FileSystemEntry entry) => !IsLink(entry.Attributes),
        };
        var ok = true;
        foreach (var link in links.Order(StringComparer.Ordinal))
        {
            diagnostics.Error(SourceLocation.StartOf(DisplayPath.For(link)), SourceText.LinkMessage);
            ok = false;
        }

        foreach (var entry in Directory.EnumerateFileSystemEntries(full).Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            if (names.FirstOrDefault(n => string.Equals(n, entry, StringComparison.OrdinalIgnoreCase)) is { } name && name != entry)
            {
                diagnostics.Error(SourceLocation.StartOf(DisplayPath.For(Path.Combine(full, entry!))), $"'{entry}' ska heta '{name}' – stora och små bokstäver räknas, så att webbplatsen blir likadan i Linux, Windows och macOS");
                ok = false;
            }
        }

        return ok;
    }

    /// <summary>True when <paramref name="path"/> is a symbolic link (or a junction), to anything or nothing.</summary>
    public static bool IsLink(string path) => new FileInfo(path).LinkTarget is not null;

    /// <summary>
    /// Reports a file under <c>moten/</c> that is not a meeting file: a warning (it is not published), or an error
    /// when it is one in all but the case of <c>.md</c>, which some systems' file dialogs would treat as one.
    /// </summary>
    public static void NotAMeeting(string displayPath, DiagnosticBag diagnostics)
    {
        if (displayPath.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Error(SourceLocation.StartOf(displayPath), "filändelsen ska vara .md med små bokstäver – annars blir mötet inte publicerat");
            return;
        }

        diagnostics.Warning(SourceLocation.StartOf(displayPath), "filen är inte en .md-fil och publiceras inte");
    }

    private static bool IsLink(FileAttributes attributes) => (attributes & FileAttributes.ReparsePoint) != 0;
}
