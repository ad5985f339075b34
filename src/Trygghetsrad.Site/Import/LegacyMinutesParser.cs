using System.Text.RegularExpressions;
using Trygghetsrad.Site.Content;
using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Text;

namespace Trygghetsrad.Site.Import;

/// <summary>
/// Reads minutes in the old plain-text layout (as copied out of the PDFs): a title line, a header of
/// "Datum och tid:", "Plats:" and "Deltagare:", the minutes in paragraphs, then "Nästa möte" and
/// "Vid tangenterna". Text is kept exactly as written; what cannot be placed becomes a warning with its
/// line, and stays in the minutes rather than being dropped or guessed.
/// </summary>
public static partial class LegacyMinutesParser
{
    /// <summary>Parses <paramref name="text"/>; null (with an error) when no meeting date can be found.</summary>
    /// <param name="text">The old minutes.</param>
    /// <param name="displayPath">The path shown in diagnostics.</param>
    /// <param name="meetingTitle">The council's usual title (site.yml <c>meeting_title</c>); a title line equal to it is dropped.</param>
    /// <param name="diagnostics">Where problems go.</param>
    public static ImportedMinutes? Parse(string text, string displayPath, string meetingTitle, DiagnosticBag diagnostics)
    {
        var lines = Lines(text);
        SourceLocation At(int line) => new(displayPath, line, 1);

        var header = ReadHeader(lines, meetingTitle, At, diagnostics, out var bodyStart);
        if (header.Date is null)
        {
            diagnostics.Error(At(1), "hittar inget datum – de gamla anteckningarna ska ha en rad som 'Datum och tid: 2021-09-15 klockan 17.30-19.00'");
            return null;
        }

        var date = header.Date.Value;
        var paragraphs = Paragraphs(lines, bodyStart, At, diagnostics);
        NextMeeting? next = null;
        string? noteTaker = null;
        var body = new List<ImportedBlock>();
        var sawNextMeeting = false;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var (paragraph, line) = paragraphs[i];
            var label = TrailerLabel().Match(paragraph);
            if (label.Success && TextFolding.Fold(label.Groups["label"].Value) == "nasta mote")
            {
                sawNextMeeting = true;
                var inline = label.Groups["rest"].Value.Trim();
                var valueLine = line;
                var alone = inline.Length == 0 && i + 1 < paragraphs.Count && !TrailerLabel().IsMatch(paragraphs[i + 1].Text);
                if (alone)
                {
                    (inline, valueLine) = (paragraphs[i + 1].Text, paragraphs[i + 1].Line);
                    i++;
                }

                next = ReadNextMeeting(inline, date, At(valueLine), diagnostics);
                if (next is null)
                {
                    // Not understood: keep the words exactly as written.
                    if (alone)
                    {
                        body.Add(new ImportedBlock(paragraph.Trim(), line, true));
                        body.Add(new ImportedBlock(inline, valueLine, false));
                    }
                    else
                    {
                        body.Add(new ImportedBlock(paragraph, line, false));
                    }
                }

                continue;
            }

            if (label.Success)
            {
                var inline = label.Groups["rest"].Value.Trim();
                if (inline.Length == 0 && i + 1 < paragraphs.Count)
                {
                    inline = paragraphs[i + 1].Text;
                    i++;
                }

                noteTaker = JoinLines(inline);
                if (noteTaker.Length == 0)
                {
                    diagnostics.Warning(At(line), $"'{label.Groups["label"].Value}' står utan namn");
                    noteTaker = null;
                }

                if (i + 1 < paragraphs.Count)
                {
                    diagnostics.Warning(At(paragraphs[i + 1].Line), "text efter 'Vid tangenterna' – den ligger kvar sist i anteckningarna; flytta den om den hör hemma någon annanstans");
                }

                continue;
            }

            var following = i + 1 < paragraphs.Count ? paragraphs[i + 1].Text : null;
            if (HeadingDetector.IsHeadingLine(paragraph, following))
            {
                body.Add(new ImportedBlock(paragraph.Trim(), line, true));
                continue;
            }

            var glued = HeadingDetector.GluedHeadingLength(paragraph);
            if (glued > 0)
            {
                body.Add(new ImportedBlock(paragraph[..glued].Trim(), line, true));
                body.Add(new ImportedBlock(paragraph[glued..].TrimStart(), line, false));
                continue;
            }

            body.Add(new ImportedBlock(paragraph, line, false));
        }

        var lastLine = lines.Count > 0 ? lines[^1].Number : 1;
        if (!sawNextMeeting)
        {
            diagnostics.Warning(At(lastLine), "hittar inget 'Nästa möte' – lägg till next_meeting för hand om det finns ett");
        }

        if (noteTaker is null)
        {
            diagnostics.Warning(At(lastLine), "hittar inget 'Vid tangenterna' – lägg till note_taker för hand om det står någonstans");
        }

        return new ImportedMinutes(date, header.Start, header.End, header.Location, header.Title, header.Participants, next, noteTaker, body);
    }

    private sealed record Header(DateOnly? Date, TimeOnly? Start, TimeOnly? End, string? Location, string? Title, IReadOnlyList<ParticipantGroup> Participants);

    private static Header ReadHeader(
        IReadOnlyList<SourceLine> lines,
        string meetingTitle,
        Func<int, SourceLocation> at,
        DiagnosticBag diagnostics,
        out int bodyStart)
    {
        DateOnly? date = null;
        TimeOnly? start = null, end = null;
        string? location = null;
        (string Text, int Line)? title = null;
        var participantLines = new List<string>();
        var participantsLine = 0;
        var sawField = false;
        var inParticipants = false;
        var i = 0;
        for (; i < lines.Count; i++)
        {
            var line = lines[i].Text.Trim();
            var number = lines[i].Number;
            if (line.Length == 0)
            {
                // The header ends at the first blank line after it began, unless the header goes on below it.
                var nextText = lines.Skip(i + 1).Select(l => l.Text.Trim()).FirstOrDefault(l => l.Length > 0);
                var goesOn = nextText is not null
                    && (HeaderLabel().IsMatch(nextText) || (inParticipants && ParticipantGroupLabel().IsMatch(nextText)));
                if (sawField && !goesOn)
                {
                    break;
                }

                continue;
            }

            var label = HeaderLabel().Match(line);
            var name = label.Success ? TextFolding.Fold(label.Groups["label"].Value) : "";
            var rest = label.Success ? label.Groups["rest"].Value.Trim() : line;
            switch (name)
            {
                case "datum och tid" or "datum" or "tid":
                    sawField = true;
                    inParticipants = false;
                    ReadWhen(rest, name, number, ref date, ref start, ref end, at, diagnostics);
                    break;
                case "plats" or "lokal":
                    sawField = true;
                    inParticipants = false;
                    location = rest.Length > 0 ? rest : null;
                    break;
                case "deltagare" or "narvarande":
                    sawField = true;
                    inParticipants = true;
                    participantsLine = number;
                    participantLines.Add(rest);
                    break;
                default:
                    if (inParticipants)
                    {
                        participantLines.Add(line);
                    }
                    else if (!sawField && title is null)
                    {
                        title = (line, number);
                    }
                    else
                    {
                        diagnostics.Warning(at(number), $"raden '{line}' i anteckningarnas huvud kunde inte placeras – den är inte med i mötesfilen");
                    }

                    break;
            }
        }

        bodyStart = i;
        if (location is null)
        {
            diagnostics.Warning(at(1), "hittar ingen rad 'Plats:' – lägg till location för hand");
        }

        var participants = ParticipantsReader.Read(participantLines);
        if (participants.Count == 0)
        {
            diagnostics.Warning(at(participantsLine > 0 ? participantsLine : 1), "hittar inga deltagare ('Deltagare:') – lägg till participants för hand");
        }

        if (title is { } t && TextFolding.Fold(t.Text) != TextFolding.Fold(meetingTitle))
        {
            diagnostics.Warning(at(t.Line), $"första raden '{t.Text}' blev mötets titel (title) – ta bort den om den bara är rådets namn");
            return new Header(date, start, end, location, t.Text, participants);
        }

        return new Header(date, start, end, location, null, participants);
    }

    private static void ReadWhen(
        string text,
        string label,
        int line,
        ref DateOnly? date,
        ref TimeOnly? start,
        ref TimeOnly? end,
        Func<int, SourceLocation> at,
        DiagnosticBag diagnostics)
    {
        var found = label == "tid" ? null : SwedishDateText.FindDate(text);
        var times = SwedishDateText.FindTimes(text, found);
        if (found is not null)
        {
            date = found.Date;
            if (found.Weekday is { } weekday && weekday != found.Date.DayOfWeek)
            {
                diagnostics.Warning(at(line), $"{SwedishFormat.IsoDate(found.Date)} är en {SwedishFormat.WeekdayName(found.Date.DayOfWeek)}, inte {SwedishFormat.WeekdayName(weekday)} – kontrollera datumet");
            }
        }
        else if (label != "tid")
        {
            diagnostics.Warning(at(line), $"kan inte läsa ett datum med år i '{text}' – skriv det som 2021-09-15 eller 15 september 2021");
        }

        if (times is not null)
        {
            (start, end) = (times.Start, times.End);
        }
        else if (label != "datum")
        {
            diagnostics.Warning(at(line), $"kan inte läsa någon tid i '{text}' – skriv den som 17.30-19.00");
        }

        var leftover = SwedishDateText.Leftover(text, found, times);
        if (leftover.Length > 0)
        {
            diagnostics.Warning(at(line), $"'{leftover}' i '{text}' kunde inte placeras – den är inte med i mötesfilen");
        }
    }

    private static NextMeeting? ReadNextMeeting(string text, DateOnly meetingDate, SourceLocation at, DiagnosticBag diagnostics)
    {
        var found = SwedishDateText.FindDate(text, meetingDate);
        if (found is null || found.Date <= meetingDate)
        {
            diagnostics.Warning(at, $"kan inte läsa nästa mötes datum i '{text}' – texten ligger kvar under rubriken 'Nästa möte'; fyll i next_meeting för hand");
            return null;
        }

        if (found.Weekday is { } weekday && weekday != found.Date.DayOfWeek)
        {
            diagnostics.Warning(at, $"nästa möte {SwedishFormat.IsoDate(found.Date)} är en {SwedishFormat.WeekdayName(found.Date.DayOfWeek)}, inte {SwedishFormat.WeekdayName(weekday)} – kontrollera datumet");
        }

        var times = SwedishDateText.FindTimes(text, found);
        // "i Kommunhuset" → "Kommunhuset": the page writes "…, Kommunhuset".
        var location = LeadingPreposition().Replace(SwedishDateText.Leftover(text, found, times), "");
        return new NextMeeting(found.Date, times?.Start, times?.End, location.Length > 0 ? location : null);
    }

    /// <summary>
    /// The body's paragraphs with their first line. Blank lines separate paragraphs; a paragraph that starts in
    /// lower case after one that does not end a sentence continues it (a page break cut the sentence) and is
    /// joined with a space. A page break (several blank lines or a form feed) after an unfinished sentence before
    /// a capital is reported, since it may be either.
    /// </summary>
    private static List<(string Text, int Line)> Paragraphs(IReadOnlyList<SourceLine> lines, int start, Func<int, SourceLocation> at, DiagnosticBag diagnostics)
    {
        var paragraphs = new List<(string Text, int Line, int BlanksBefore)>();
        var current = new List<string>();
        var currentLine = 0;
        var blanks = 0;
        var blanksBefore = 0;
        for (var i = start; i <= lines.Count; i++)
        {
            var line = i < lines.Count ? lines[i].Text : "";
            if (line.Trim().Length == 0)
            {
                if (current.Count > 0)
                {
                    paragraphs.Add((string.Join('\n', current), currentLine, blanksBefore));
                    current.Clear();
                    blanks = 0;
                }

                blanks += line.Contains('\f') ? 2 : 1;
                continue;
            }

            if (current.Count == 0)
            {
                currentLine = lines[i].Number;
                blanksBefore = blanks;
            }

            current.Add(line.Trim());
        }

        var joined = new List<(string Text, int Line)>();
        foreach (var (text, line, before) in paragraphs)
        {
            if (joined.Count > 0 && !EndsSentence(joined[^1].Text) && char.IsLower(text[0]))
            {
                joined[^1] = (joined[^1].Text + " " + text, joined[^1].Line);
                continue;
            }

            if (joined.Count > 0 && before >= 2 && !EndsSentence(joined[^1].Text) && !HeadingDetector.IsHeadingLine(joined[^1].Text, text))
            {
                diagnostics.Warning(at(line), "en sidbrytning kan ha delat en mening här – stycket ovan slutar utan punkt; kontrollera om styckena ska slås ihop");
            }

            joined.Add((text, line));
        }

        return joined;
    }

    private static bool EndsSentence(string text) => text.Length > 0 && ".!?:;\"”)".Contains(text[^1]);

    private static string JoinLines(string text) =>
        string.Join(" ", text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));

    /// <summary>One line of the source and its number; a form feed (page break) becomes a line of its own with the same number.</summary>
    private readonly record struct SourceLine(string Text, int Number);

    private static List<SourceLine> Lines(string text)
    {
        var lines = new List<SourceLine>();
        var raw = text.TrimStart('\uFEFF').Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        for (var i = 0; i < raw.Length; i++)
        {
            var parts = raw[i].Split('\f');
            for (var p = 0; p < parts.Length; p++)
            {
                if (p > 0)
                {
                    lines.Add(new SourceLine("\f", i + 1));
                }

                if (p == 0 || parts[p].Length > 0)
                {
                    lines.Add(new SourceLine(parts[p], i + 1));
                }
            }
        }

        return lines;
    }

    [GeneratedRegex(@"^\**(?<label>Datum och tid|Datum|Tid|Plats|Lokal|Deltagare|Närvarande)\**\s*:\**\s*(?<rest>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeaderLabel();

    [GeneratedRegex(@"^(?<label>Nästa möte|Vid tangenterna|Vid pennan|Antecknat av|Sekreterare)[ \t]*(?::|\n|$)(?<rest>(?:.|\n)*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailerLabel();

    [GeneratedRegex(@"^\**\p{Lu}[\p{L} \-]{1,40}?\**\s*:\**", RegexOptions.CultureInvariant)]
    private static partial Regex ParticipantGroupLabel();

    [GeneratedRegex(@"^(?:i|på)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingPreposition();
}
