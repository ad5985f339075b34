using System.Text.RegularExpressions;
using Scriban.Runtime;
using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Text;
using Trygghetsrad.Site.Yaml;

namespace Trygghetsrad.Site.Rendering;

/// <summary>One text of a string table and where it is written.</summary>
/// <param name="Text">The text, with its <c>{placeholders}</c> and <c>[link]</c> brackets.</param>
/// <param name="Location">Where the value stands in the table's file.</param>
public sealed record StringEntry(string Text, SourceLocation Location);

/// <summary>
/// One language's wording of everything the templates write around the content — header, navigation, footer,
/// headings and labels — read from <c>templates/strings/LANG.yml</c>: nested keys with text values, which
/// templates read as <c>text.nav.meetings</c>. A table of a language other than the site's also gives the count
/// words of that language under <c>counts</c> and how it writes dates under <c>dates</c> (Swedish ones are
/// <see cref="SwedishCount"/>'s and <see cref="SwedishFormat"/>'s, which the command line shares). Immutable.
/// </summary>
public sealed partial class StringTable
{
    /// <summary>The section of a table that holds a language's count words: <c>meeting: [kokous, kokousta]</c>.</summary>
    public const string CountsKey = "counts";

    /// <summary>The section of a table that holds how a language writes dates: its months, weekdays and patterns.</summary>
    public const string DatesKey = "dates";

    private static readonly string[] DateKeys = ["months", "weekdays", "date", "date_with_weekday", "time", "time_range"];

    private StringTable(string language, string sourcePath, IReadOnlyDictionary<string, StringEntry> entries, IReadOnlyDictionary<string, (string One, string Many)> counts, SourceLocation? countsAt, (DateWriting Writing, SourceLocation At)? dates, ScriptObject script)
    {
        Language = language;
        SourcePath = sourcePath;
        Entries = entries;
        Counts = counts;
        CountsAt = countsAt;
        Dates = dates?.Writing;
        DatesAt = dates?.At;
        Script = script;
    }

    /// <summary>The language's code, the file's name: "sv", "fi".</summary>
    public string Language { get; }

    /// <summary>The file as shown in diagnostics.</summary>
    public string SourcePath { get; }

    /// <summary>Every text by its dotted key ("nav.meetings"), in the file's order.</summary>
    public IReadOnlyDictionary<string, StringEntry> Entries { get; }

    /// <summary>The count words by noun (the keys of <see cref="SwedishCount"/>): singular, and the form after other numbers.</summary>
    public IReadOnlyDictionary<string, (string One, string Many)> Counts { get; }

    /// <summary>Where the <c>counts</c> section starts, when the table has one.</summary>
    public SourceLocation? CountsAt { get; }

    /// <summary>How the language writes dates, when the table has a <c>dates</c> section.</summary>
    public DateWriting? Dates { get; }

    /// <summary>Where the <c>dates</c> section starts, when the table has one.</summary>
    public SourceLocation? DatesAt { get; }

    /// <summary>The texts as templates read them: nested, read-only.</summary>
    public ScriptObject Script { get; }

    /// <summary>The text of <paramref name="key"/> ("summary.finnish_heading").</summary>
    /// <exception cref="KeyNotFoundException">The table has no such key (tables are checked against each other when loaded).</exception>
    public string this[string key] => Entries[key].Text;

    /// <summary>"<paramref name="count"/> noun" in this table's count words; null when the table lacks <paramref name="noun"/>.</summary>
    public string? Count(long count, string noun) =>
        Counts.TryGetValue(noun, out var words) ? SwedishCount.Format(count, words) : null;

    /// <summary>The names of the placeholders in <paramref name="text"/>, in order of first appearance: "{date}" → "date".</summary>
    public static IReadOnlyList<string> Placeholders(string text) =>
        [.. Placeholder().Matches(text).Select(m => m.Groups["name"].Value).Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// Reads the table at <paramref name="path"/> for <paramref name="language"/>; null (with diagnostics at the
    /// line) when it is not a table of texts.
    /// </summary>
    public static StringTable? Load(string path, string language, DiagnosticBag diagnostics)
    {
        var display = DisplayPath.For(path);
        var text = SourceText.Read(path, display, diagnostics);
        if (text is null)
        {
            return null;
        }

        var local = new DiagnosticBag();
        var reader = new YamlFieldReader(display, 0, local);
        var root = reader.Load(text);
        if (root is not YamlMappingNode mapping)
        {
            if (!local.HasErrors)
            {
                local.Error(SourceLocation.StartOf(display), "texttabellen ska vara nycklar med texter, till exempel 'skip_link: Hoppa till innehållet'");
            }

            diagnostics.AddRange(local.Sorted());
            return null;
        }

        var entries = new Dictionary<string, StringEntry>(StringComparer.Ordinal);
        var counts = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        SourceLocation? countsAt = null;
        (DateWriting, SourceLocation)? dates = null;
        var script = new ScriptObject();
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = KeyOf(keyNode, reader);
            if (key == CountsKey)
            {
                countsAt = reader.At(keyNode);
                ReadCounts(value, reader, counts);
            }
            else if (key == DatesKey)
            {
                dates = ReadDates(value, reader) is { } writing ? (writing, reader.At(keyNode)) : null;
            }
            else if (key is not null)
            {
                Read(key, value, reader, entries, script);
            }
        }

        diagnostics.AddRange(local.Sorted());
        return local.HasErrors ? null : new StringTable(language, display, entries, counts, countsAt, dates, Freeze(script));
    }

    private static void Read(string key, YamlNode value, YamlFieldReader reader, Dictionary<string, StringEntry> entries, ScriptObject into)
    {
        var name = key[(key.LastIndexOf('.') + 1)..];
        switch (value)
        {
            case YamlScalarNode scalar when scalar.Value.Trim().Length > 0:
                if (scalar.Value.AsSpan().IndexOfAny('[', ']') >= 0 && !OneLink().IsMatch(scalar.Value))
                {
                    reader.Diagnostics.Error(reader.At(scalar), $"'{key}' får ha en länk, skriven inom [ ], och inga andra hakparenteser");
                }

                entries[key] = new StringEntry(scalar.Value.Trim(), reader.At(scalar));
                into[name] = scalar.Value.Trim();
                break;
            case YamlMappingNode group:
                var inner = new ScriptObject();
                foreach (var (childKey, childValue) in group.Children)
                {
                    if (KeyOf(childKey, reader) is { } child)
                    {
                        Read(key + "." + child, childValue, reader, entries, inner);
                    }
                }

                into[name] = inner;
                break;
            default:
                reader.Diagnostics.Error(reader.At(value), $"'{key}' ska vara en text eller en grupp av texter");
                break;
        }
    }

    // A key as templates name it: lower case letters, digits and '_', so that text.nav.meetings reads it.
    private static string? KeyOf(YamlNode node, YamlFieldReader reader)
    {
        var key = (node as YamlScalarNode)?.Value ?? "";
        if (KeyShape().IsMatch(key))
        {
            return key;
        }

        reader.Diagnostics.Error(reader.At(node), $"nyckeln '{Excerpt.Of(key)}' får bara ha a–z, 0–9 och '_' (mallarna läser den som text.nyckel)");
        return null;
    }

    private static void ReadCounts(YamlNode value, YamlFieldReader reader, Dictionary<string, (string, string)> counts)
    {
        if (value is not YamlMappingNode nouns)
        {
            reader.Diagnostics.Error(reader.At(value), "'counts' ska vara ord med två former, till exempel 'meeting: [kokous, kokousta]'");
            return;
        }

        foreach (var (nounNode, forms) in nouns.Children)
        {
            var noun = (nounNode as YamlScalarNode)?.Value ?? "";
            if (!SwedishCount.Nouns.Contains(noun))
            {
                reader.Diagnostics.Error(reader.At(nounNode), Suggest.Unknown($"okänt ord '{Excerpt.Of(noun)}' i counts", noun, [.. SwedishCount.Nouns], "orden som räknas"));
            }
            else if (forms is YamlSequenceNode { Children: [YamlScalarNode { Value: var one }, YamlScalarNode { Value: var many }] } && one.Trim().Length > 0 && many.Trim().Length > 0)
            {
                counts[noun] = (one.Trim(), many.Trim());
            }
            else
            {
                reader.Diagnostics.Error(reader.At(forms), $"'{noun}' ska ha två former: för 1 och för andra tal, till exempel [kokous, kokousta]");
            }
        }
    }

    // dates: months (twelve, January first) and weekdays (seven, Monday first) as a date has them, and the patterns.
    private static DateWriting? ReadDates(YamlNode value, YamlFieldReader reader)
    {
        if (value is not YamlMappingNode section)
        {
            reader.Diagnostics.Error(reader.At(value), $"'{DatesKey}' ska ha {string.Join(", ", DateKeys)} – se fi.yml");
            return null;
        }

        var map = reader.Mapping(section, $"'{DatesKey}'", DateKeys);
        var months = Words(map, "months", 12, "tolv månader, januari först");
        var weekdays = Words(map, "weekdays", 7, "sju veckodagar, måndag först");
        var patterns = DateKeys[2..].Select(k => reader.RequiredText(map, k, section, $"mönstret för '{k}', till exempel \"{{day}}. {{month}} {{year}}\"")).ToList();
        return months is null || weekdays is null || patterns.Any(p => p is null)
            ? null
            : DateWriting.FromWords(months, weekdays, patterns[0]!, patterns[1]!, patterns[2]!, patterns[3]!);

        List<string>? Words(IReadOnlyDictionary<string, YamlEntry> fields, string key, int count, string what)
        {
            var words = reader.TextList(fields, key);
            if (words is null || words.Count != count)
            {
                reader.Diagnostics.Error(map.TryGetValue(key, out var entry) ? reader.At(entry.Value) : reader.At(section), $"'{DatesKey}.{key}' ska vara en lista med {what}");
                return null;
            }

            return [.. words.Select(w => w.Value)];
        }
    }

    private static ScriptObject Freeze(ScriptObject script)
    {
        foreach (var value in script.Values)
        {
            if (value is ScriptObject inner)
            {
                Freeze(inner);
            }
        }

        script.IsReadOnly = true;
        return script;
    }

    [GeneratedRegex(@"\{(?<name>[a-z_]+)\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^[^\[\]]*\[[^\[\]]+\][^\[\]]*$")]
    private static partial Regex OneLink();

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex KeyShape();
}
