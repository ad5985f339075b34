using System.Globalization;
using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Yaml;

namespace Trygghetsrad.Site.Content;

/// <summary>
/// One key of a meeting file's front matter, declared once: its name, whether it is required, how it is
/// written and what it means (Swedish, for editors), how its value is read into the <see cref="Meeting"/>,
/// and what a new meeting file starts with for it. The parser, the unknown-key suggestions, <c>new</c>'s file
/// and the key reference in docs/innehall.md all come from <see cref="MeetingKeys.All"/>.
/// </summary>
/// <param name="Name">The key as written in the file.</param>
/// <param name="Required">Null for an optional key; for a required key, what the message says when it is missing.</param>
/// <param name="Format">How the value is written, as the docs show it (Markdown).</param>
/// <param name="Description">What it means, as the docs say it (Markdown).</param>
/// <param name="Read">Reads the key's value into the meeting; null for a key another stage reads (personal_data_ok).</param>
/// <param name="Starter">The lines a new meeting file has for the key, or null when a new file leaves it out.</param>
public sealed record MeetingKey(
    string Name,
    string? Required,
    string Format,
    string Description,
    Func<KeyReading, Meeting, Meeting>? Read,
    Func<NewMeetingValues, string>? Starter);

/// <summary>What a key's reader works from: the front matter's entries with their positions, and what the parser knows.</summary>
/// <param name="Reader">Reads typed values and reports problems at their place.</param>
/// <param name="Map">The front matter's entries by key.</param>
/// <param name="FileName">The file's name, e.g. "2021-09-15.md".</param>
/// <param name="FileDate">The date the file name gives, if it gives one.</param>
/// <param name="TopicSlugs">The topics of topics.yml.</param>
public sealed record KeyReading(YamlFieldReader Reader, IReadOnlyDictionary<string, YamlEntry> Map, string FileName, DateOnly? FileDate, IReadOnlySet<string> TopicSlugs)
{
    /// <summary>Where the value of <paramref name="key"/> stands.</summary>
    public Diagnostics.SourceLocation At(string key) => Reader.At(Map[key].Value);
}

/// <summary>What a new meeting file is prefilled with: its date, and what the previous minutes announced for it.</summary>
/// <param name="Date">The new meeting's date.</param>
/// <param name="Announced">The next meeting as announced for that date, if it was.</param>
public sealed record NewMeetingValues(DateOnly Date, NextMeeting? Announced);

/// <summary>The front matter keys of a meeting file, in the order the editors' documentation lists them and a new file has them.</summary>
public static class MeetingKeys
{
    /// <summary>The key of the reviewed personal-data exceptions, which <c>check</c> reads.</summary>
    public const string PersonalDataOk = "personal_data_ok";

    /// <summary>The key of the items the council takes further.</summary>
    public const string FollowUpsKey = "follow_ups";

    private static readonly string[] GroupKeys = ["group", "members"];
    private static readonly string[] NextMeetingKeys = ["date", "start", "end", "location"];

    /// <summary>Every key. Keys are read in this order, so a key's reader may check its value against an earlier key's.</summary>
    public static IReadOnlyList<MeetingKey> All { get; } =
    [
        new("date", "varje möte måste ha ett datum, till exempel 'date: 2021-09-15'", "`2021-09-15`", "mötets datum; måste vara samma som filnamnets", ReadDate, v => $"date: {Iso(v.Date)}"),
        new("start", null, "`\"17:30\"` (inom citattecken; `\"17.30\"` går också)", "när mötet började", (r, m) => m with { Start = r.Reader.Time(r.Map, "start") }, v => $"start: {Quoted(v.Announced?.Start, "17:30")}"),
        new("end", null, "`\"19:00\"`", "när mötet slutade; efter start", ReadEnd, v => $"end: {Quoted(v.Announced?.End, "19:00")}"),
        new("location", null, "text", "var mötet hölls", (r, m) => m with { Location = r.Reader.Text(r.Map, "location") }, StartLocation),
        new("participants", null, "lista av grupper, se nedan", "deltagarna", (r, m) => m with { Participants = ReadParticipants(r) }, _ => """
            participants:
              - group: Förtroendevalda
                members:
                  - Namn Efternamn (parti)
              - group: Tjänstepersoner
                members:
                  - Namn Efternamn, titel
            """),
        new("topics", null, "lista av ämnens slug, t.ex. `[klotter, samverkan]`", "ämnen utöver dem som hittas i texten", (r, m) => m with { ListedTopics = ReadTopics(r) }, _ => """
            # Ämnen som mötet tar upp (slug ur topics.yml); ämnen som nämns i texten hittas ändå.
            topics: []
            """),
        new("next_meeting", null, "`date` (krävs), `start`, `end`, `location`", "nästa möte som det annonserades; datumet efter mötet", (r, m) => m with { NextMeeting = ReadNextMeeting(r, m) }, _ => """
            # next_meeting:
            #   date: åååå-mm-dd
            #   start: "17:30"
            #   end: "19:00"
            #   location: Digitalt via Teams
            """),
        new("note_taker", null, "text", "\"Vid tangenterna\"", (r, m) => m with { NoteTaker = r.Reader.Text(r.Map, "note_taker") }, _ => "note_taker: Namn Efternamn, titel"),
        new("source", null, "text, t.ex. `Mötesanteckningarna (PDF), överförda ordagrant`", "var texten kommer ifrån och hur den fördes över; visas på mötessidan och i öppna data", (r, m) => m with { Source = r.Reader.Text(r.Map, "source") }, null),
        new(FollowUpsKey, null, "lista av punkter med `id`, `section`, `title`, `status` och `note`, se [Uppföljning](redaktorer.md#uppföljning-follow_ups)", "frågor som rådet tar med sig, och vad som hänt med dem", (r, m) => m with { FollowUps = FollowUpReader.Read(r) }, _ => """
            # Frågor som rådet tar med sig (se docs/redaktorer.md, "Uppföljning"):
            # follow_ups:
            #   - id: kort-namn-pa-fragan
            #     section: ovrigt
            #     title: Vad rådet tar med sig
            #     status: öppen
            """),
        new("summaries", null, "nycklarna i tabellen nedan, var och en med en text", "sammanfattningar för den som inte läser anteckningarna på svenska eller vill ha en lättläst text, se nedan", (r, m) => m with { Summaries = ReadSummaries(r) }, null),
        new("title", null, "text", "mötets rubrik; annars `meeting_title` från site.yml (\"Trygghetsråd\")", (r, m) => m with { Title = r.Reader.Text(r.Map, "title") }, null),
        new("draft", null, "`true` eller `false`", "`true`: utkast som aldrig publiceras någonstans", (r, m) => m with { Draft = r.Reader.Bool(r.Map, "draft") ?? false }, _ => "draft: true"),
        new(PersonalDataOk, null, "lista av `value` + `reason`", "granskade undantag för `check`s personuppgiftskontroll, se [redaktorer.md](redaktorer.md#granskade-undantag-personal_data_ok)", null, null),
    ];

    /// <summary>Every key's name, in the table's order.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. All.Select(k => k.Name)];

    /// <summary>The key reference of docs/innehall.md: a Markdown table of every key.</summary>
    public static string ReferenceTable() =>
        "| fält | krävs | så skrivs det | betyder |\n|---|---|---|---|\n"
        + string.Concat(All.Select(k => $"| `{k.Name}` | {(k.Required is null ? "nej" : "ja")} | {k.Format} | {k.Description} |\n"));

    /// <summary>The front matter lines of a new meeting file, one key after the other.</summary>
    public static string NewFileLines(NewMeetingValues values) =>
        string.Concat(All.Where(k => k.Starter is not null).Select(k => k.Starter!(values) + "\n"));

    private static Meeting ReadDate(KeyReading reading, Meeting meeting)
    {
        var date = reading.Reader.Date(reading.Map, "date");
        if (date is { } d && reading.FileDate is { } f && d != f)
        {
            reading.Reader.Diagnostics.Error(reading.At("date"), $"datumet {Iso(d)} stämmer inte med filnamnet '{reading.FileName}' – byt namn på filen eller rätta datumet");
        }

        return date is { } value ? meeting with { Date = value } : meeting;
    }

    private static Meeting ReadEnd(KeyReading reading, Meeting meeting)
    {
        var end = reading.Reader.Time(reading.Map, "end");
        if (meeting.Start is { } s && end is { } e && e <= s)
        {
            reading.Reader.Diagnostics.Error(reading.At("end"), $"mötet slutar ({e:HH\\:mm}) innan det börjar ({s:HH\\:mm})");
        }

        return meeting with { End = end };
    }

    private static List<ParticipantGroup> ReadParticipants(KeyReading reading)
    {
        var reader = reading.Reader;
        var groups = new List<ParticipantGroup>();
        foreach (var item in reader.Sequence(reading.Map, "participants") ?? [])
        {
            var group = reader.Mapping(item, "en deltagargrupp", GroupKeys);
            var members = reader.TextList(group, "members");
            if (members is null || members.Count == 0)
            {
                reader.Diagnostics.Error(reader.At(item), "deltagargruppen saknar 'members' – lista deltagarna, en per rad med '- '");
                continue;
            }

            groups.Add(new ParticipantGroup(reader.Text(group, "group"), [.. members.Select(m => m.Value)]));
        }

        return groups;
    }

    private static List<string> ReadTopics(KeyReading reading)
    {
        var reader = reading.Reader;
        var topics = new List<string>();
        foreach (var (slug, node) in reader.TextList(reading.Map, "topics") ?? [])
        {
            if (!reading.TopicSlugs.Contains(slug))
            {
                reader.Diagnostics.Error(reader.At(node), Suggest.Unknown($"okänt ämne '{Excerpt.Of(slug)}'", slug, [.. reading.TopicSlugs.Order(StringComparer.Ordinal)], "ämnen finns i topics.yml"));
            }
            else if (!topics.Contains(slug))
            {
                topics.Add(slug);
            }
        }

        return topics;
    }

    private static List<WrittenSummary> ReadSummaries(KeyReading reading)
    {
        var reader = reading.Reader;
        var summaries = new List<WrittenSummary>();
        if (!YamlFieldReader.HasNonNull(reading.Map, "summaries"))
        {
            return summaries;
        }

        var map = reader.Mapping(reading.Map["summaries"].Value, "summaries", SummaryKinds.Keys);
        foreach (var kind in SummaryKinds.All)
        {
            if (map.ContainsKey(kind.Key) && reader.Text(map, kind.Key) is { } text)
            {
                summaries.Add(new WrittenSummary(kind, SummaryKinds.Paragraphs(text), reader.At(map[kind.Key].Value)));
            }
            else if (map.ContainsKey(kind.Key) && map[kind.Key].Value is YamlScalarNode)
            {
                reader.Diagnostics.Error(reader.At(map[kind.Key].Value), $"sammanfattningen '{kind.Key}' är tom – skriv texten eller ta bort raden");
            }
        }

        return summaries;
    }

    private static NextMeeting? ReadNextMeeting(KeyReading reading, Meeting meeting)
    {
        var reader = reading.Reader;
        if (!YamlFieldReader.HasNonNull(reading.Map, "next_meeting"))
        {
            return null;
        }

        var node = reading.Map["next_meeting"].Value;
        var next = reader.Mapping(node, "next_meeting", NextMeetingKeys);
        var date = reader.Date(next, "date");
        if (!YamlFieldReader.HasNonNull(next, "date"))
        {
            reader.Diagnostics.Error(reader.At(node), "'date' saknas i next_meeting – när är nästa möte?");
        }

        if (date is { } d && meeting.Date != default && d <= meeting.Date)
        {
            reader.Diagnostics.Error(reader.At(next["date"].Value), $"nästa möte ({Iso(d)}) ligger inte efter detta möte ({Iso(meeting.Date)})");
        }

        var start = reader.Time(next, "start");
        var end = reader.Time(next, "end");
        if (start is { } s && end is { } e && e <= s)
        {
            reader.Diagnostics.Error(reader.At(next["end"].Value), $"nästa möte slutar ({e:HH\\:mm}) innan det börjar ({s:HH\\:mm})");
        }

        return date is null ? null : new NextMeeting(date.Value, start, end, reader.Text(next, "location"));
    }

    private static string StartLocation(NewMeetingValues values) =>
        values.Announced?.Location is { } location
            ? $"location: \"{location.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\""
            : "location:  # Var hölls mötet? Till exempel: Digitalt via Teams";

    private static string Quoted(TimeOnly? time, string fallback) =>
        $"\"{(time is { } t ? t.ToString("HH:mm", CultureInfo.InvariantCulture) : fallback)}\"";

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
