using System.Text;
using Trygghetsrad.Site.Config;
using Trygghetsrad.Site.Content;
using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Text;

namespace Trygghetsrad.Site.Import;

/// <summary>What an import did.</summary>
/// <param name="Diagnostics">Errors and warnings, sorted.</param>
/// <param name="WrittenPath">The meeting file written, or null when nothing was written.</param>
/// <param name="Headings">The headings found, with their source lines, for the editor to check.</param>
public sealed record ImportResult(IReadOnlyList<Diagnostic> Diagnostics, string? WrittenPath, IReadOnlyList<ImportedBlock> Headings)
{
    /// <summary>True when the meeting file was written.</summary>
    public bool Succeeded => WrittenPath is not null;
}

/// <summary>
/// Turns one file of old plain-text minutes into <c>moten/ÅÅÅÅ/ÅÅÅÅ-MM-DD.md</c> in a content folder. The new
/// file is checked with the same parser the build uses before it is written, and an existing meeting is never
/// overwritten.
/// </summary>
public static class MinutesImporter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Imports <paramref name="sourcePath"/> into <paramref name="contentDirectory"/>.</summary>
    public static ImportResult Import(string sourcePath, string contentDirectory)
    {
        var diagnostics = new DiagnosticBag();
        var display = DisplayPath.For(sourcePath);
        var site = SiteConfigLoader.Load(Path.Combine(contentDirectory, "site.yml"), diagnostics);
        var text = SourceText.Read(sourcePath, display, diagnostics);
        if (site is null || text is null)
        {
            return new ImportResult(diagnostics.Sorted(), null, []);
        }

        var minutes = LegacyMinutesParser.Parse(text, display, site.MeetingTitle, diagnostics);
        if (minutes is null)
        {
            return new ImportResult(diagnostics.Sorted(), null, []);
        }

        var headings = minutes.Body.Where(b => b.IsHeading).ToList();
        var year = minutes.Date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var fileName = SwedishFormat.IsoDate(minutes.Date) + ".md";
        var target = Path.Combine(contentDirectory, ContentLoader.MeetingsFolder, year, fileName);
        var targetDisplay = DisplayPath.For(target);
        if (File.Exists(target))
        {
            diagnostics.Error(SourceLocation.StartOf(display), $"mötet {SwedishFormat.IsoDate(minutes.Date)} finns redan i {targetDisplay} – importen skriver aldrig över ett möte; ta bort eller byt namn på filen först om den ska ersättas");
            return new ImportResult(diagnostics.Sorted(), null, headings);
        }

        var meetingText = MeetingFileWriter.Write(minutes, Path.GetFileName(sourcePath));
        if (!Check(meetingText, fileName, year, targetDisplay, diagnostics))
        {
            return new ImportResult(diagnostics.Sorted(), null, headings);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        try
        {
            // CreateNew: a file that appeared since the check above is still not overwritten.
            using var stream = new FileStream(target, FileMode.CreateNew, FileAccess.Write);
            stream.Write(Utf8NoBom.GetBytes(meetingText));
        }
        catch (IOException) when (File.Exists(target))
        {
            diagnostics.Error(SourceLocation.StartOf(display), $"mötet finns redan i {targetDisplay} – importen skriver aldrig över ett möte");
            return new ImportResult(diagnostics.Sorted(), null, headings);
        }

        return new ImportResult(diagnostics.Sorted(), target, headings);
    }

    /// <summary>Parses the new file as the build will; any error there is the importer's fault, so nothing is written.</summary>
    private static bool Check(string meetingText, string fileName, string year, string targetDisplay, DiagnosticBag diagnostics)
    {
        var check = new DiagnosticBag();
        var meeting = new MeetingParser(new HashSet<string>(StringComparer.Ordinal)).Parse(fileName, year, meetingText, targetDisplay, check);
        if (meeting is not null)
        {
            MeetingBodyParser.Parse(meeting, check);
        }

        foreach (var problem in check.Sorted().Where(d => d.Severity == Severity.Error))
        {
            diagnostics.Error(problem.Location, "den importerade filen skulle inte gå att bygga: " + problem.Message);
        }

        return !check.HasErrors;
    }
}
