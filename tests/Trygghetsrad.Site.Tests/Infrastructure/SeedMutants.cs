using System.Text;

namespace Trygghetsrad.Site.Tests.Infrastructure;

/// <summary>One broken copy of the seed meeting: what was done to it, and the file's bytes.</summary>
/// <param name="Name">What was done, e.g. "'[' after the colon of line 6".</param>
/// <param name="Bytes">The file as saved.</param>
/// <param name="Kind">The family of breakage (truncation, insertion, …), for choosing a sample to build.</param>
public sealed record Mutant(string Name, byte[] Bytes, string Kind);

/// <summary>
/// The real seed meeting, content/moten/2021/2021-09-15.md, broken systematically the ways an editor's save can
/// break it: cut at every line end; YAML indicators, a tab, a backslash, a no-break space and a BOM put at the
/// start of every front-matter line, after its colon and at its end; every front-matter line left out in turn;
/// other line endings and encodings; huge and deeply nested text; a YAML alias bomb. Every copy carries a YAML
/// comment saying it is a fictional, mutated copy for tests.
/// </summary>
public static class SeedMutants
{
    /// <summary>The comment every copy carries, as the front matter's first line.</summary>
    public const string Marker = "# Fiktiv, muterad kopia av mötet 2021-09-15 för robusthetstester – inget riktigt möte.";

    /// <summary>What is put into front-matter lines.</summary>
    public static readonly IReadOnlyList<string> Insertions =
        ["[", "]", "{", "}", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`", ":", "-", "#", "?", ",", "\t", "\\", "\u00A0", "\uFEFF"];

    /// <summary>The seed with the marker comment, as text with '\n' line ends.</summary>
    public static string Seed { get; } = "---\n" + Marker + "\n" +
        File.ReadAllText(Path.Combine(RepositoryRoot.Path, "content", "moten", "2021", "2021-09-15.md")).ReplaceLineEndings("\n")[4..];

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Every mutant, in a stable order.</summary>
    public static IEnumerable<Mutant> All()
    {
        var lines = Seed.Split('\n');
        var closing = Array.IndexOf(lines, "---", 1);
        string Join(IEnumerable<string> parts) => string.Join('\n', parts);
        Mutant Text(string name, string kind, string text) => new(name, Utf8.GetBytes(text), kind);

        for (var end = 1; end < lines.Length; end++)
        {
            yield return Text($"cut after line {end}", "truncation", Join(lines[..end]) + "\n");
        }

        for (var line = 1; line < closing; line++)
        {
            var colon = lines[line].IndexOf(':');
            foreach (var insertion in Insertions)
            {
                var shown = Shown(insertion);
                foreach (var (where, at) in new[] { ("start", 0), ("colon", colon + 1), ("end", lines[line].Length) })
                {
                    if (where == "colon" && colon < 0)
                    {
                        continue;
                    }

                    var changed = (string[])lines.Clone();
                    changed[line] = changed[line].Insert(at, insertion);
                    yield return Text($"{shown} at the {where} of line {line + 1}", "insertion", Join(changed));
                }
            }

            yield return Text($"line {line + 1} left out", "removal", Join(lines.Where((_, i) => i != line)));
        }

        foreach (var mutant in Encodings())
        {
            yield return mutant;
        }

        foreach (var (name, text) in Huge(lines, closing))
        {
            yield return Text(name, "huge", text);
        }
    }

    private static IEnumerable<Mutant> Encodings()
    {
        var seed = Seed;
        var body = seed.IndexOf("\n## ", StringComparison.Ordinal) + 1;
        static Mutant Encoded(string name, byte[] bytes) => new(name, bytes, "encoding");
        yield return Encoded("CRLF line ends", Utf8.GetBytes(seed.ReplaceLineEndings("\r\n")));
        yield return Encoded("lone CR line ends", Utf8.GetBytes(seed.Replace('\n', '\r')));
        yield return Encoded("UTF-8 BOM", [.. Encoding.UTF8.GetPreamble(), .. Utf8.GetBytes(seed)]);
        yield return Encoded("BOM and CRLF", [.. Encoding.UTF8.GetPreamble(), .. Utf8.GetBytes(seed.ReplaceLineEndings("\r\n"))]);
        yield return Encoded("UTF-16 LE with BOM", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(seed)]);
        yield return Encoded("UTF-16 BE with BOM", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(seed)]);
        yield return Encoded("UTF-16 LE without BOM", Encoding.Unicode.GetBytes(seed));
        yield return Encoded("Latin-1", Encoding.Latin1.GetBytes(seed));
        yield return Encoded("Latin-1 only in the body", [.. Utf8.GetBytes(seed[..body]), .. Encoding.Latin1.GetBytes(seed[body..])]);
        yield return Encoded("NUL first", [0, .. Utf8.GetBytes(seed)]);
        yield return Encoded("NUL in a value", Utf8.GetBytes(seed.Replace("Digitalt via Teams", "Digitalt\0via Teams", StringComparison.Ordinal)));
        yield return Encoded("NUL in the body", Utf8.GetBytes(seed.Insert(body + 5, "\0")));
        yield return Encoded("NUL for every newline", Utf8.GetBytes(seed.Replace('\n', '\0')));
    }

    private static IEnumerable<(string Name, string Text)> Huge(string[] lines, int closing)
    {
        var seed = Seed;
        var head = string.Join('\n', lines[..(closing + 1)]) + "\n\n";
        var body = seed[head.Length..];
        const int Megabyte = 1 << 20;
        yield return ("a 1 MB word in the body", head + "## Ord\n\n" + new string('x', Megabyte) + "\n\n" + body);
        yield return ("a 1 MB line of words in the body", head + "## Ord\n\n" + string.Concat(Enumerable.Repeat("klotter ", Megabyte / 8)) + "\n\n" + body);
        yield return ("a 1 MB title", seed.Replace("note_taker:", "title: " + new string('å', Megabyte) + "\nnote_taker:", StringComparison.Ordinal));
        yield return ("a 1 MB front-matter comment", seed.Replace("date:", "# " + new string('#', Megabyte) + "\ndate:", StringComparison.Ordinal));
        yield return ("a 2,000-deep nested list, one level a line", head + string.Concat(Enumerable.Range(0, 2000).Select(i => new string(' ', 2 * i) + "- punkt\n")) + "\n" + body);
        yield return ("a 2,000-deep nested list on one line", head + string.Concat(Enumerable.Repeat("- ", 2000)) + "punkt\n\n" + body);
        yield return ("a 5,000-deep block quote", head + new string('>', 5000) + " citat\n\n" + body);
        yield return ("20,000 '*' around a word", head + new string('*', 10_000) + "ord" + new string('*', 10_000) + "\n\n" + body);
        yield return ("20,000 '_' in a row", head + new string('_', 20_000) + "\n\n" + body);
        yield return ("20,000 alternating '*' and '_'", head + string.Concat(Enumerable.Repeat("*_", 10_000)) + "ord\n\n" + body);
        yield return ("20,000 '[' links opened", head + string.Concat(Enumerable.Repeat("[a](", 5_000)) + "\n\n" + body);
        yield return ("3,000 headings", head + string.Concat(Enumerable.Range(1, 3000).Select(i => $"## Rubrik {i}\n\nText om klotter {i}.\n\n")) + body);
        yield return ("the same heading 500 times", head + string.Concat(Enumerable.Repeat("## Övrigt\n\nKlotter.\n\n", 500)) + body);

        // Billion laughs: nine references at each of nine levels would be 9^9 items if aliases were expanded.
        var bomb = "lol0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + string.Concat(Enumerable.Range(1, 9).Select(i =>
            $"lol{i}: &l{i} [{string.Join(", ", Enumerable.Repeat($"*l{i - 1}", 9))}]\n"));
        foreach (var key in new[] { "participants", "topics", "next_meeting", "personal_data_ok", "title" })
        {
            var replaced = seed.Replace("note_taker:", $"{bomb}{key}: *l9\nnote_taker:", StringComparison.Ordinal);
            yield return ($"a YAML alias bomb as {key}", key == "participants" ? replaced.Replace("participants:\n", "deltagare:\n", StringComparison.Ordinal) : key == "next_meeting" ? replaced.Replace("next_meeting:\n", "nasta:\n", StringComparison.Ordinal) : replaced);
        }
    }

    private static string Shown(string insertion) => insertion switch
    {
        "\t" => "a tab",
        "\\" => "a backslash",
        "\u00A0" => "a no-break space",
        "\uFEFF" => "a BOM",
        _ => $"'{insertion}'",
    };
}
