using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Trygghetsrad.Site.Text;

namespace Trygghetsrad.Site.Import;

/// <summary>
/// Writes imported minutes as a meeting file in the editors' format: YAML front matter with the fields,
/// then the minutes in Markdown with a '##' per agenda item. Characters Markdown would read as markup are
/// escaped, so the page shows the old text exactly.
/// </summary>
public static partial class MeetingFileWriter
{
    /// <summary>The meeting file's text.</summary>
    /// <param name="minutes">What was imported.</param>
    /// <param name="sourceName">The old file's name, noted in a comment.</param>
    public static string Write(ImportedMinutes minutes, string sourceName)
    {
        var text = new StringBuilder();
        text.Append("---\n");
        text.Append($"# Importerad från {sourceName} med 'import'. Texten är oförändrad; kontrollera rubriker och fält mot originalet.\n");
        text.Append($"date: {SwedishFormat.IsoDate(minutes.Date)}\n");
        Time(text, "", "start", minutes.Start);
        Time(text, "", "end", minutes.End);
        Scalar(text, "", "location", minutes.Location);
        Scalar(text, "", "title", minutes.Title);
        if (minutes.Participants.Count > 0)
        {
            text.Append("participants:\n");
            foreach (var group in minutes.Participants)
            {
                if (group.Name is null)
                {
                    text.Append("  # Gruppen saknar namn i originalet.\n");
                    text.Append("  - members:\n");
                }
                else
                {
                    text.Append($"  - group: {Quote(group.Name)}\n");
                    text.Append("    members:\n");
                }

                foreach (var member in group.Members)
                {
                    text.Append($"      - {Quote(member)}\n");
                }
            }
        }

        if (minutes.NextMeeting is { } next)
        {
            text.Append("next_meeting:\n");
            text.Append($"  date: {SwedishFormat.IsoDate(next.Date)}\n");
            Time(text, "  ", "start", next.Start);
            Time(text, "  ", "end", next.End);
            Scalar(text, "  ", "location", next.Location);
        }

        Scalar(text, "", "note_taker", minutes.NoteTaker);
        text.Append("---\n");
        foreach (var block in minutes.Body)
        {
            text.Append('\n');
            if (block.IsHeading)
            {
                text.Append("## ").Append(EscapeInline(block.Text)).Append('\n');
            }
            else
            {
                text.Append(string.Join('\n', block.Text.Split('\n').Select(EscapeLine))).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>A YAML scalar: plain when that is unambiguous, else double-quoted.</summary>
    public static string Quote(string value)
    {
        if (PlainScalar().IsMatch(value) && !YamlWords().IsMatch(value))
        {
            return value;
        }

        return "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
    }

    /// <summary>One line of a paragraph with Markdown's markup characters escaped.</summary>
    public static string EscapeLine(string line)
    {
        var escaped = EscapeInline(line);
        var ordered = OrderedListStart().Match(escaped);
        if (ordered.Success)
        {
            // Only punctuation can be escaped: "1\." rather than "\1.".
            return escaped.Insert(ordered.Groups["mark"].Index, "\\");
        }

        return BlockStart().IsMatch(escaped) ? "\\" + escaped : escaped;
    }

    private static string EscapeInline(string text) => InlineMarkup().Replace(text, m => "\\" + m.Value);

    private static void Time(StringBuilder text, string indent, string key, TimeOnly? time)
    {
        if (time is { } t)
        {
            // Quoted: YAML 1.1 reads an unquoted 17:30 as a number.
            text.Append($"{indent}{key}: \"{t.ToString("HH':'mm", CultureInfo.InvariantCulture)}\"\n");
        }
    }

    private static void Scalar(StringBuilder text, string indent, string key, string? value)
    {
        if (value is not null)
        {
            text.Append($"{indent}{key}: {Quote(value)}\n");
        }
    }

    // Letters first, then only characters with no meaning to YAML in a plain scalar.
    [GeneratedRegex(@"^\p{L}[\p{L}\p{N} ,.()\-–/&']*(?<![ ,])$")]
    private static partial Regex PlainScalar();

    [GeneratedRegex(@"^(y|n|yes|no|true|false|on|off|null)$", RegexOptions.IgnoreCase)]
    private static partial Regex YamlWords();

    [GeneratedRegex(@"[\\`*_\[\]<>|~^]|\+\+|==")]
    private static partial Regex InlineMarkup();

    // After inline escaping: headings, quotes, list items, thematic breaks and setext underlines.
    [GeneratedRegex(@"^\d+(?<mark>[.)])( |$)")]
    private static partial Regex OrderedListStart();

    [GeneratedRegex(@"^(#|\+ |- |-$|=+$|-+$)")]
    private static partial Regex BlockStart();
}
