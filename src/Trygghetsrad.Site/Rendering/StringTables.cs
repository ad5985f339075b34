using System.Text.RegularExpressions;
using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Text;

namespace Trygghetsrad.Site.Rendering;

/// <summary>
/// The string tables of the templates folder (<c>templates/strings/LANG.yml</c>), one per language the pages can
/// be written in, loaded once per build. Every table has the same keys as the table of the site's language, and
/// each text the same placeholders and link brackets, so a page in any language fills every text the same way.
/// </summary>
public sealed partial class StringTables
{
    /// <summary>The folder under the templates folder.</summary>
    public const string Folder = "strings";

    private readonly IReadOnlyDictionary<string, StringTable> _tables;

    private StringTables(IReadOnlyDictionary<string, StringTable> tables) => _tables = tables;

    /// <summary>The languages that have a table, ordered by code.</summary>
    public IReadOnlyList<string> Languages => [.. _tables.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Every table, ordered by language code.</summary>
    public IEnumerable<StringTable> All => Languages.Select(l => _tables[l]);

    /// <summary>True when <paramref name="language"/> has a table.</summary>
    public bool Has(string language) => _tables.ContainsKey(language);

    /// <summary>The table of <paramref name="language"/>.</summary>
    /// <exception cref="KeyNotFoundException">The language has no table; the content is checked for languages without one when it is read.</exception>
    public StringTable For(string language) => _tables[language];

    /// <summary>How pages in <paramref name="language"/> write dates: the site's language as <see cref="SwedishFormat"/>, another with its table's <c>dates</c>.</summary>
    public DateWriting DatesFor(string language) => _tables[language].Dates ?? DateWriting.Swedish;

    /// <summary>
    /// Reads every table of <c>strings/</c> under <paramref name="templatesDirectory"/> and checks them against the
    /// table of <paramref name="siteLanguage"/>; null (with diagnostics) when any is wrong or that table is missing.
    /// </summary>
    public static StringTables? Load(string templatesDirectory, string siteLanguage, DiagnosticBag diagnostics)
    {
        var folder = Path.Combine(templatesDirectory, Folder);
        if (!Directory.Exists(templatesDirectory))
        {
            // Reported once, by the templates (TemplateSet.Load), not again for each thing the folder lacks.
            return null;
        }

        if (!Directory.Exists(folder))
        {
            diagnostics.Error(SourceLocation.StartOf(DisplayPath.For(folder)), $"mappen med sidornas texter saknas – mallarna behöver {Folder}/{siteLanguage}.yml");
            return null;
        }

        var tables = new Dictionary<string, StringTable>(StringComparer.Ordinal);
        var ok = true;
        foreach (var path in Directory.EnumerateFileSystemEntries(folder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            if (!FileName().IsMatch(name))
            {
                diagnostics.Error(SourceLocation.StartOf(DisplayPath.For(path)), $"'{Excerpt.Of(name)}' är ingen texttabell – en tabell heter som sitt språks kod, till exempel fi.yml");
                ok = false;
            }
            else if (StringTable.Load(path, name[..^4], diagnostics) is { } table)
            {
                tables[table.Language] = table;
            }
            else
            {
                ok = false;
            }
        }

        if (!ok)
        {
            return null;
        }

        if (!tables.TryGetValue(siteLanguage, out var reference))
        {
            diagnostics.Error(SourceLocation.StartOf(DisplayPath.For(folder)), $"texterna på webbplatsens språk saknas: {Folder}/{siteLanguage}.yml (site.yml har 'language: {siteLanguage}')");
            return null;
        }

        foreach (var table in tables.Values.Order(Comparer<StringTable>.Create((a, b) => string.CompareOrdinal(a.Language, b.Language))))
        {
            ok &= table == reference ? CheckReference(table, diagnostics) : CheckAgainst(table, reference, diagnostics);
        }

        return ok ? new StringTables(tables) : null;
    }

    // The site's own language counts and writes dates with SwedishCount and SwedishFormat, which the command line
    // shares; a table of it gives no count words or dates of its own.
    private static bool CheckReference(StringTable table, DiagnosticBag diagnostics)
    {
        var ok = true;
        if (table.CountsAt is { } at)
        {
            diagnostics.Error(at, $"'{StringTable.CountsKey}' hör till tabellerna för andra språk – räkneorden på webbplatsens språk står i Text/SwedishCount.cs");
            ok = false;
        }

        if (table.DatesAt is { } datesAt)
        {
            diagnostics.Error(datesAt, $"'{StringTable.DatesKey}' hör till tabellerna för andra språk – datumen på webbplatsens språk skrivs av Text/SwedishFormat.cs");
            ok = false;
        }

        return ok;
    }

    private static bool CheckAgainst(StringTable table, StringTable reference, DiagnosticBag diagnostics)
    {
        var ok = true;
        if (table.Dates is null)
        {
            diagnostics.Error(SourceLocation.StartOf(table.SourcePath), $"'{StringTable.DatesKey}' saknas – hur språket skriver datum (se fi.yml): months, weekdays, date, date_with_weekday, time och time_range");
            ok = false;
        }

        foreach (var (key, entry) in reference.Entries)
        {
            if (!table.Entries.TryGetValue(key, out var own))
            {
                diagnostics.Error(SourceLocation.StartOf(table.SourcePath), $"texten '{key}' saknas – {Path.GetFileName(reference.SourcePath)} har den (rad {entry.Location.Line}: \"{Excerpt.Of(entry.Text)}\")");
                ok = false;
                continue;
            }

            var wanted = StringTable.Placeholders(entry.Text).Order(StringComparer.Ordinal);
            var given = StringTable.Placeholders(own.Text).Order(StringComparer.Ordinal);
            if (!wanted.SequenceEqual(given, StringComparer.Ordinal))
            {
                diagnostics.Error(own.Location, $"'{key}' ska ha samma platshållare som i {Path.GetFileName(reference.SourcePath)}: {Describe(wanted)}, men har {Describe(given)}");
                ok = false;
            }

            if (Brackets(entry.Text) != Brackets(own.Text))
            {
                diagnostics.Error(own.Location, $"'{key}' ska ha en länk inom [ ] precis som i {Path.GetFileName(reference.SourcePath)}, eller ingen om den inte har någon");
                ok = false;
            }
        }

        foreach (var (key, entry) in table.Entries)
        {
            if (!reference.Entries.ContainsKey(key))
            {
                diagnostics.Error(entry.Location, $"texten '{key}' finns inte i {Path.GetFileName(reference.SourcePath)} – mallarna läser bara nycklar som webbplatsens språk har");
                ok = false;
            }
        }

        return ok;
    }

    private static int Brackets(string text) => text.Count(c => c == '[');

    private static string Describe(IEnumerable<string> names)
    {
        var list = names.Select(n => "{" + n + "}").ToList();
        return list.Count == 0 ? "inga" : string.Join(", ", list);
    }

    [GeneratedRegex("^[a-z]{2,3}\\.yml$")]
    private static partial Regex FileName();
}
