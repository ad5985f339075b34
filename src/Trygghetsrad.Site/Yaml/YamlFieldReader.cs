using System.Globalization;
using System.Text.RegularExpressions;
using Trygghetsrad.Site.Diagnostics;
using YamlDotNet.Core;

namespace Trygghetsrad.Site.Yaml;

/// <summary>
/// Reads YAML into typed values and reports every problem with its exact location instead of throwing.
/// One instance per source file; <paramref name="lineOffset"/> maps YAML lines back to file lines
/// (front matter starts on the file's second line).
/// </summary>
public sealed partial class YamlFieldReader(string displayPath, int lineOffset, DiagnosticBag diagnostics)
{
    /// <summary>The bag problems go to.</summary>
    public DiagnosticBag Diagnostics => diagnostics;

    /// <summary>The file position of a node.</summary>
    public SourceLocation At(YamlNode node) => At(node.Start);

    /// <summary>The file position of a YAML mark.</summary>
    public SourceLocation At(Mark mark) =>
        new(displayPath, (int)mark.Line + lineOffset, Math.Max(1, (int)mark.Column));

    /// <summary>A position in the file given in file coordinates.</summary>
    public SourceLocation AtFileLine(int line, int column) => new(displayPath, line, column);

    /// <summary>Parses one YAML document; returns its root, or null when it has none or is not valid YAML (reported).</summary>
    public YamlNode? Load(string text) => TryLoad(text, out var root) ? root : null;

    /// <summary>
    /// Parses one YAML document into <paramref name="root"/> (null when the text has none); false (with a
    /// diagnostic where the parser stopped) when it is not valid YAML.
    /// </summary>
    public bool TryLoad(string text, out YamlNode? root)
    {
        try
        {
            root = YamlLoader.Load(text);
            return true;
        }
        catch (YamlException ex)
        {
            diagnostics.Error(At(ex.Start), "ogiltig YAML: " + CleanYamlMessage(ex));
            root = null;
            return false;
        }
    }

    /// <summary>
    /// Reads a mapping's entries, reporting keys that are not allowed (with a suggestion for typos)
    /// and keys given twice. Returns the entries by key in document order.
    /// </summary>
    public IReadOnlyDictionary<string, YamlEntry> Mapping(YamlNode node, string what, IReadOnlyList<string> allowedKeys)
    {
        var result = new Dictionary<string, YamlEntry>(StringComparer.Ordinal);
        if (node is not YamlMappingNode mapping)
        {
            diagnostics.Error(At(node), $"{what} ska vara en samling nycklar (nyckel: värde), men är {Describe(node)}");
            return result;
        }

        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!allowedKeys.Contains(key, StringComparer.Ordinal))
            {
                diagnostics.Error(At(keyNode), Suggest.Unknown($"okänd nyckel '{Excerpt.Of(key)}' i {what}", key, allowedKeys, "tillåtna nycklar"));
                continue;
            }

            if (!result.TryAdd(key, new YamlEntry(keyNode, valueNode)))
            {
                diagnostics.Error(At(keyNode), $"nyckeln '{key}' står två gånger i {what}");
            }
        }

        return result;
    }

    /// <summary>A text value; null when absent or empty. Reports lists and mappings given where text belongs.</summary>
    public string? Text(IReadOnlyDictionary<string, YamlEntry> map, string key)
    {
        if (!map.TryGetValue(key, out var entry) || IsNull(entry.Value))
        {
            return null;
        }

        if (entry.Value is YamlScalarNode scalar)
        {
            var value = scalar.Value.Trim();
            return value.Length == 0 ? null : value;
        }

        diagnostics.Error(At(entry.Value), $"'{key}' ska vara text, men är {Describe(entry.Value)}");
        return null;
    }

    /// <summary>A required text value; reports it missing at <paramref name="owner"/>.</summary>
    public string? RequiredText(IReadOnlyDictionary<string, YamlEntry> map, string key, YamlNode owner, string hint)
    {
        var value = Text(map, key);
        if (value is null && !HasNonNull(map, key))
        {
            diagnostics.Error(At(owner), $"'{key}' saknas – {hint}");
        }

        return value;
    }

    /// <summary>A date written <c>yyyy-mm-dd</c>; reports impossible dates such as 2021-02-30.</summary>
    public DateOnly? Date(IReadOnlyDictionary<string, YamlEntry> map, string key)
    {
        var text = Text(map, key);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        var reason = IsoDateShape().IsMatch(text) ? "datumet finns inte" : "skriv åååå-mm-dd, till exempel 2021-09-15";
        diagnostics.Error(At(map[key].Value), $"'{key}' är inte ett giltigt datum: '{Excerpt.Of(text)}' ({reason})");
        return null;
    }

    /// <summary>A time of day written <c>17:30</c> (or the Swedish <c>17.30</c>).</summary>
    public TimeOnly? Time(IReadOnlyDictionary<string, YamlEntry> map, string key)
    {
        var text = Text(map, key);
        if (text is null)
        {
            return null;
        }

        var match = TimeShape().Match(text);
        if (match.Success)
        {
            var hour = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            var minute = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
            if (hour < 24 && minute < 60)
            {
                return new TimeOnly(hour, minute);
            }
        }

        diagnostics.Error(At(map[key].Value), $"'{key}' är inte en giltig tid: '{Excerpt.Of(text)}' (skriv tt:mm inom citattecken, till exempel \"17:30\")");
        return null;
    }

    /// <summary>A boolean written <c>true</c> or <c>false</c>.</summary>
    public bool? Bool(IReadOnlyDictionary<string, YamlEntry> map, string key)
    {
        var text = Text(map, key);
        if (text is null)
        {
            return null;
        }

        switch (text)
        {
            case "true":
                return true;
            case "false":
                return false;
            default:
                diagnostics.Error(At(map[key].Value), $"'{key}' ska vara true eller false, men är '{Excerpt.Of(text)}'");
                return null;
        }
    }

    /// <summary>A list's items; null when absent. Reports a value that is not a list.</summary>
    public IReadOnlyList<YamlNode>? Sequence(IReadOnlyDictionary<string, YamlEntry> map, string key)
    {
        if (!map.TryGetValue(key, out var entry) || IsNull(entry.Value))
        {
            return null;
        }

        if (entry.Value is YamlSequenceNode sequence)
        {
            return sequence.Children.ToList();
        }

        diagnostics.Error(At(entry.Value), $"'{key}' ska vara en lista (rader som börjar med '- '), men är {Describe(entry.Value)}");
        return null;
    }

    /// <summary>A list of texts; reports items that are not text.</summary>
    public IReadOnlyList<(string Value, YamlNode Node)>? TextList(IReadOnlyDictionary<string, YamlEntry> map, string key)
    {
        var items = Sequence(map, key);
        if (items is null)
        {
            return null;
        }

        var result = new List<(string, YamlNode)>();
        foreach (var item in items)
        {
            if (item is YamlScalarNode { Value: { } v } && v.Trim().Length > 0)
            {
                result.Add((v.Trim(), item));
            }
            else
            {
                diagnostics.Error(At(item), $"varje rad i '{key}' ska vara text, men en är {Describe(item)}");
            }
        }

        return result;
    }

    /// <summary>True when the key is present with a value other than null.</summary>
    public static bool HasNonNull(IReadOnlyDictionary<string, YamlEntry> map, string key) =>
        map.TryGetValue(key, out var entry) && !IsNull(entry.Value);

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain, Value: "" or "~" or "null" or "Null" or "NULL" };

    private static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "en lista",
        YamlMappingNode => "en samling nycklar",
        YamlScalarNode s => $"texten '{Excerpt.Of(s.Value)}'",
        _ => "något annat",
    };

    private static string CleanYamlMessage(YamlException ex)
    {
        // YamlDotNet prefixes messages with its own "(Line: …)" coordinates; ours come first already.
        var message = ex.InnerException is YamlException inner ? inner.Message : ex.Message;
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line:", StringComparison.Ordinal) && cut > 0 ? message[(cut + 3)..] : message;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoDateShape();

    [GeneratedRegex(@"^(\d{1,2})[:.](\d{2})$")]
    private static partial Regex TimeShape();
}

/// <summary>A key and its value node, kept together for locations.</summary>
public sealed record YamlEntry(YamlNode Key, YamlNode Value);
