using System.Globalization;
using System.Text.RegularExpressions;
using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Yaml;

namespace Trygghetsrad.Site.Content;

/// <summary>
/// Turns one meeting file into a <see cref="Meeting"/>, checking the editors' contract:
/// known keys only, right types, real dates and times, known topics, a file name that matches the date.
/// </summary>
public sealed partial class MeetingParser(IReadOnlySet<string> topicSlugs)
{
    /// <summary>The front matter keys, in the order the editors' documentation lists them.</summary>
    public static readonly IReadOnlyList<string> Keys =
        ["date", "start", "end", "location", "participants", "topics", "next_meeting", "note_taker", "title", "draft", "personal_data_ok"];

    private static readonly string[] GroupKeys = ["group", "members"];
    private static readonly string[] NextMeetingKeys = ["date", "start", "end", "location"];

    /// <summary>Parses a meeting; returns null when it has errors (all of them reported).</summary>
    /// <param name="fileName">The file's name, e.g. "2021-09-15.md".</param>
    /// <param name="folderName">The name of the folder it lies in, expected to be the year.</param>
    /// <param name="text">The file's text.</param>
    /// <param name="displayPath">The path shown in diagnostics.</param>
    /// <param name="diagnostics">Where problems go.</param>
    public Meeting? Parse(string fileName, string folderName, string text, string displayPath, DiagnosticBag diagnostics)
    {
        var local = new DiagnosticBag();
        var meeting = StageFailure.Run("läsa mötesfilen", displayPath, () => ParseCore(fileName, folderName, text, displayPath, local));
        var problems = local.Sorted();
        diagnostics.AddRange(problems);
        return problems.Any(d => d.Severity == Severity.Error) ? null : meeting;
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

        var reader = new YamlFieldReader(displayPath, FrontMatter.YamlLineOffset, diagnostics);
        var root = reader.Load(split.Yaml);
        if (root is null)
        {
            if (!diagnostics.HasErrors)
            {
                diagnostics.Error(new SourceLocation(displayPath, 1, 1), "mötets fält saknas – minst 'date: åååå-mm-dd' behövs mellan raderna '---'");
            }

            return null;
        }

        var map = reader.Mapping(root, "mötets fält", Keys);
        var date = reader.Date(map, "date");
        if (!YamlFieldReader.HasNonNull(map, "date"))
        {
            diagnostics.Error(reader.At(root), "'date' saknas – varje möte måste ha ett datum, till exempel 'date: 2021-09-15'");
        }

        if (date is { } d && fileDate is { } f && d != f)
        {
            diagnostics.Error(reader.At(map["date"].Value), $"datumet {d:yyyy-MM-dd} stämmer inte med filnamnet '{fileName}' – byt namn på filen eller rätta datumet");
        }

        var start = reader.Time(map, "start");
        var end = reader.Time(map, "end");
        if (start is { } s && end is { } e && e <= s)
        {
            diagnostics.Error(reader.At(map["end"].Value), $"mötet slutar ({e:HH\\:mm}) innan det börjar ({s:HH\\:mm})");
        }

        var participants = ReadParticipants(reader, map);
        var topics = ReadTopics(reader, map);
        var next = ReadNextMeeting(reader, map, date);

        if (date is null || diagnostics.HasErrors)
        {
            return null;
        }

        return new Meeting(
            Slug: fileName[..^3],
            SourcePath: displayPath,
            Date: date.Value,
            Start: start,
            End: end,
            Location: reader.Text(map, "location"),
            Participants: participants,
            ListedTopics: topics,
            NextMeeting: next,
            NoteTaker: reader.Text(map, "note_taker"),
            Title: reader.Text(map, "title"),
            Draft: reader.Bool(map, "draft") ?? false,
            Body: split.Body,
            BodyStartLine: split.BodyStartLine);
    }

    private static List<ParticipantGroup> ReadParticipants(YamlFieldReader reader, IReadOnlyDictionary<string, YamlEntry> map)
    {
        var groups = new List<ParticipantGroup>();
        foreach (var item in reader.Sequence(map, "participants") ?? [])
        {
            var group = reader.Mapping(item, "en deltagargrupp", GroupKeys);
            var members = reader.TextList(group, "members");
            if (members is null || members.Count == 0)
            {
                reader.Diagnostics.Error(reader.At(item), "deltagargruppen saknar 'members' – lista deltagarna, en per rad med '- '");
                continue;
            }

            groups.Add(new ParticipantGroup(reader.Text(group, "group"), members.Select(m => m.Value).ToList()));
        }

        return groups;
    }

    private List<string> ReadTopics(YamlFieldReader reader, IReadOnlyDictionary<string, YamlEntry> map)
    {
        var topics = new List<string>();
        foreach (var (slug, node) in reader.TextList(map, "topics") ?? [])
        {
            if (!topicSlugs.Contains(slug))
            {
                var suggestion = Suggest.Closest(slug, topicSlugs);
                var hint = suggestion is null ? "" : $" – menade du '{suggestion}'?";
                reader.Diagnostics.Error(reader.At(node), $"okänt ämne '{Excerpt.Of(slug)}'{hint} Ämnen finns i topics.yml: {string.Join(", ", topicSlugs.Order(StringComparer.Ordinal))}");
            }
            else if (!topics.Contains(slug))
            {
                topics.Add(slug);
            }
        }

        return topics;
    }

    private static NextMeeting? ReadNextMeeting(YamlFieldReader reader, IReadOnlyDictionary<string, YamlEntry> map, DateOnly? meetingDate)
    {
        if (!YamlFieldReader.HasNonNull(map, "next_meeting"))
        {
            return null;
        }

        var node = map["next_meeting"].Value;
        var next = reader.Mapping(node, "next_meeting", NextMeetingKeys);
        var date = reader.Date(next, "date");
        if (!YamlFieldReader.HasNonNull(next, "date"))
        {
            reader.Diagnostics.Error(reader.At(node), "'date' saknas i next_meeting – när är nästa möte?");
        }

        if (date is { } d && meetingDate is { } m && d <= m)
        {
            reader.Diagnostics.Error(reader.At(next["date"].Value), $"nästa möte ({d:yyyy-MM-dd}) ligger inte efter detta möte ({m:yyyy-MM-dd})");
        }

        var start = reader.Time(next, "start");
        var end = reader.Time(next, "end");
        if (start is { } s && end is { } e && e <= s)
        {
            reader.Diagnostics.Error(reader.At(next["end"].Value), $"nästa möte slutar ({e:HH\\:mm}) innan det börjar ({s:HH\\:mm})");
        }

        return date is null ? null : new NextMeeting(date.Value, start, end, reader.Text(next, "location"));
    }

    [GeneratedRegex(@"^(?<date>\d{4}-\d{2}-\d{2})(-[a-z0-9]+)*\.md$")]
    private static partial Regex FileNameShape();
}
