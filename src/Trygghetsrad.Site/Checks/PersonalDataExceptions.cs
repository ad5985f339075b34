using Trygghetsrad.Site.Content;
using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Yaml;

namespace Trygghetsrad.Site.Checks;

/// <summary>
/// The reviewed exceptions of one meeting file: its <c>personal_data_ok</c> list, where each entry names
/// a value <c>check</c> flagged and why it may be published. Living in the file, an exception shows in the
/// pull request's diff next to the text it excuses, and reviewers approve it with the rest.
/// </summary>
/// <example>
/// <code>
/// personal_data_ok:
///   - value: "0220-240 00"
///     reason: Kommunens växel, inte en privatperson
/// </code>
/// </example>
public sealed class PersonalDataExceptions
{
    /// <summary>The front matter key.</summary>
    public const string Key = MeetingKeys.PersonalDataOk;

    private static readonly string[] EntryKeys = ["value", "reason"];
    private readonly List<Entry> _entries;

    private PersonalDataExceptions(List<Entry> entries) => _entries = entries;

    /// <summary>Reads the exceptions of a meeting file's <paramref name="text"/>; a file whose front matter cannot be read has none (the loader reports why).</summary>
    public static PersonalDataExceptions Read(string text, string displayPath, DiagnosticBag diagnostics)
    {
        var entries = new List<Entry>();
        var map = FrontMatterFields.Map(text, displayPath);
        if (map is null || !YamlFieldReader.HasNonNull(map, Key))
        {
            return new PersonalDataExceptions(entries);
        }

        var reader = new YamlFieldReader(displayPath, FrontMatter.YamlLineOffset, diagnostics);
        foreach (var item in reader.Sequence(map, Key) ?? [])
        {
            var entry = reader.Mapping(item, $"ett undantag i {Key}", EntryKeys);
            var value = reader.RequiredText(entry, "value", item, "skriv uppgiften precis som check visade den, till exempel value: \"0220-240 00\"");
            var reason = reader.RequiredText(entry, "reason", item, "skriv varför uppgiften får publiceras, så att granskaren kan bedöma det");
            if (value is not null && reason is not null)
            {
                entries.Add(new Entry(PersonalDataScanner.KeyOf(value), value, reader.At(entry["value"].Value)));
            }
        }

        return new PersonalDataExceptions(entries);
    }

    /// <summary>True when <paramref name="finding"/> is excused; marks the exception as used.</summary>
    public bool Excuses(PersonalDataFinding finding)
    {
        // The exception's own line names the value; that mention is the exception, not a use of it.
        if (_entries.Exists(e => e.Location.Line == finding.Line))
        {
            return true;
        }

        var entry = _entries.Find(e => e.Key == finding.Key);
        if (entry is null)
        {
            return false;
        }

        entry.Used = true;
        return true;
    }

    /// <summary>Warns about exceptions that excuse nothing, so stale ones are removed.</summary>
    public void ReportUnused(DiagnosticBag diagnostics)
    {
        foreach (var entry in _entries.Where(e => !e.Used))
        {
            diagnostics.Warning(entry.Location, $"undantaget '{entry.Value}' i {Key} matchar ingen uppgift i filen – ta bort det");
        }
    }

    private sealed class Entry(string key, string value, SourceLocation location)
    {
        public string Key { get; } = key;

        public string Value { get; } = value;

        public SourceLocation Location { get; } = location;

        public bool Used { get; set; }
    }
}
