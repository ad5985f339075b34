using System.Globalization;
using System.Text.RegularExpressions;
using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Yaml;

namespace Trygghetsrad.Site.Content;

/// <summary>
/// Turns one meeting file into a <see cref="Meeting"/>, checking the editors' contract: a file name that is a
/// date in the right year's folder, front matter with known keys only (<see cref="MeetingKeys"/>, each of
/// which checks its own value), and every required key given.
/// </summary>
public sealed partial class MeetingParser(IReadOnlySet<string> topicSlugs)
{
    /// <summary>
    /// Parses a meeting, reporting every problem. A file with errors still gives the meeting as far as it could
    /// be read (a key with a wrong value keeps its default), so that its minutes and links are checked in the same
    /// run; null only when the file gives no date to place it by or no front matter to find the minutes after.
    /// </summary>
    /// <param name="fileName">The file's name, e.g. "2021-09-15.md".</param>
    /// <param name="folderName">The name of the folder it lies in, expected to be the year.</param>
    /// <param name="text">The file's text.</param>
    /// <param name="displayPath">The path shown in diagnostics.</param>
    /// <param name="diagnostics">Where problems go.</param>
    public Meeting? Parse(string fileName, string folderName, string text, string displayPath, DiagnosticBag diagnostics)
    {
        var local = new DiagnosticBag();
        var meeting = StageFailure.Run("läsa mötesfilen", displayPath, () => ParseCore(fileName, folderName, text, displayPath, local));
        diagnostics.AddRange(local.Sorted());
        return meeting;
    }

    private Meeting? ParseCore(string fileName, string folderName, string text, string displayPath, DiagnosticBag diagnostics)
    {
        var nameMatch = FileNameShape().Match(fileName);
        DateOnly? fileDate = null;
        if (!nameMatch.Success)
        {
            diagnostics.Error(SourceLocation.StartOf(displayPath), $"filnamnet '{Excerpt.Of(fileName)}' ska vara mötets datum: åååå-mm-dd.md, eller åååå-mm-dd-namn.md för ett andra möte samma dag (namnet med bara a–z, 0–9 och bindestreck: inga mellanslag, stora bokstäver eller å, ä, ö)");
        }
        else if (DateOnly.TryParseExact(nameMatch.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            fileDate = parsed;
            if (folderName != parsed.Year.ToString(CultureInfo.InvariantCulture))
            {
                diagnostics.Error(SourceLocation.StartOf(displayPath), $"mötet från {parsed.Year} ligger i mappen '{folderName}' – flytta det till moten/{parsed.Year}/");
            }
        }
        else
        {
            diagnostics.Error(SourceLocation.StartOf(displayPath), $"filnamnet '{fileName}' innehåller ett datum som inte finns");
        }

        var split = FrontMatter.Split(text, displayPath, diagnostics);
        if (split is null)
        {
            return null;
        }

        var meeting = new Meeting(fileName[..^3], displayPath, split.Body, split.BodyStartLine) { Date = fileDate ?? default };
        var reader = new YamlFieldReader(displayPath, FrontMatter.YamlLineOffset, diagnostics);
        var root = reader.Load(split.Yaml);
        if (root is null)
        {
            if (!diagnostics.HasErrors)
            {
                diagnostics.Error(new SourceLocation(displayPath, 1, 1), "mötets fält saknas – minst 'date: åååå-mm-dd' behövs mellan raderna '---'");
            }

            return Placed(meeting);
        }

        var map = reader.Mapping(root, "mötets fält", MeetingKeys.Names);
        var reading = new KeyReading(reader, map, fileName, fileDate, topicSlugs);
        foreach (var key in MeetingKeys.All)
        {
            if (key.Required is { } missing && !YamlFieldReader.HasNonNull(map, key.Name))
            {
                diagnostics.Error(reader.At(root), $"'{key.Name}' saknas – {missing}");
            }

            if (key.Read is { } read && map.ContainsKey(key.Name))
            {
                meeting = read(reading, meeting);
            }
        }

        return Placed(meeting);
    }

    // A meeting needs a date to be placed in the archive: its own, or the file name's.
    private static Meeting? Placed(Meeting meeting) => meeting.Date == default ? null : meeting;

    [GeneratedRegex(@"^(?<date>\d{4}-\d{2}-\d{2})(-[a-z0-9]+)*\.md$")]
    private static partial Regex FileNameShape();
}
