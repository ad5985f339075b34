using System.Text.RegularExpressions;
using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Rendering;
using Trygghetsrad.Site.Tests.Infrastructure;

namespace Trygghetsrad.Site.Tests.Rendering;

/// <summary>
/// The wording of the pages stands in the string tables (templates/strings/sv.yml, fi.yml): every text a template
/// reads is in every table, each table is checked against the site language's when it is read, and a language
/// other than the site's writes dates and counts with its table's words.
/// </summary>
public sealed partial class StringTablesTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    private static StringTables Real()
    {
        var diagnostics = new DiagnosticBag();
        var tables = StringTables.Load(TempContent.Templates, "sv", diagnostics);
        Assert.Empty(diagnostics.Sorted());
        return tables!;
    }

    [Fact]
    public void The_real_tables_are_swedish_and_finnish_with_the_same_keys()
    {
        var tables = Real();

        Assert.Equal(["fi", "sv"], tables.Languages);
        Assert.Equal(tables.For("sv").Entries.Keys.Order(StringComparer.Ordinal), tables.For("fi").Entries.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_text_a_template_reads_is_in_every_table()
    {
        var tables = Real();
        var read = Directory.EnumerateFiles(TempContent.Templates, "*.sbn")
            .SelectMany(f => TextKey().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: m.Groups["key"].Value)))
            .ToList();
        Assert.True(read.Count > 30, $"only {read.Count} texts read");

        var missing = read.SelectMany(r => tables.All.Where(t => !t.Entries.ContainsKey(r.Key)).Select(t => $"{r.File}: text.{r.Key} is not in {t.Language}.yml")).ToList();

        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    [Fact]
    public void Every_text_the_generator_reads_itself_is_in_every_table_with_each_kind_of_summarys_heading_and_note()
    {
        Assert.Contains("summaries.fi.heading", TextKeys.All);
        Assert.Contains("summaries.lattlast.note", TextKeys.All);
        foreach (var table in Real().All)
        {
            Assert.All(TextKeys.All, key => Assert.True(table.Entries.ContainsKey(key), $"{table.Language}.yml lacks {key}"));
        }
    }

    [Theory]
    [InlineData("2021-09-13", "maanantaina 13. syyskuuta 2021")]
    [InlineData("2021-09-14", "tiistaina 14. syyskuuta 2021")]
    [InlineData("2021-09-15", "keskiviikkona 15. syyskuuta 2021")]
    [InlineData("2021-09-16", "torstaina 16. syyskuuta 2021")]
    [InlineData("2021-09-17", "perjantaina 17. syyskuuta 2021")]
    [InlineData("2021-09-18", "lauantaina 18. syyskuuta 2021")]
    [InlineData("2021-09-19", "sunnuntaina 19. syyskuuta 2021")]
    [InlineData("2022-01-01", "lauantaina 1. tammikuuta 2022")]
    [InlineData("2021-11-17", "keskiviikkona 17. marraskuuta 2021")]
    [InlineData("2021-12-31", "perjantaina 31. joulukuuta 2021")]
    public void Finnish_dates_are_written_with_the_weekday_in_the_essive_and_the_month_in_the_partitive(string iso, string expected)
    {
        var dates = Real().DatesFor("fi");
        var date = DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(expected, dates.DateWithWeekday(date));
        Assert.Equal(expected[(expected.IndexOf(' ', StringComparison.Ordinal) + 1)..], dates.Date(date));
    }

    [Fact]
    public void Finnish_times_and_counts_come_from_the_table_and_swedish_ones_stay_the_sites()
    {
        var tables = Real();
        var fi = tables.DatesFor("fi");
        var sv = tables.DatesFor("sv");

        Assert.Equal("klo 17.30–19.00", fi.TimeRange(new TimeOnly(17, 30), new TimeOnly(19, 0)));
        Assert.Equal("klo 17.30", fi.TimeRange(new TimeOnly(17, 30), null));
        Assert.Equal("kl. 17.30–19.00", sv.TimeRange(new TimeOnly(17, 30), new TimeOnly(19, 0)));
        Assert.Equal("onsdag 15 september 2021", sv.DateWithWeekday(new DateOnly(2021, 9, 15)));
        Assert.Equal(("1 kokous", "2 kokousta"), (tables.For("fi").Count(1, "meeting"), tables.For("fi").Count(2, "meeting")));
    }

    [Fact]
    public void A_key_missing_from_a_table_is_reported_with_where_the_site_languages_table_has_it()
    {
        var folder = CopyStrings();
        Remove(Path.Combine(folder, "fi.yml"), "skip_link:");

        var diagnostics = Load(folder);

        var error = Assert.Single(diagnostics);
        Assert.EndsWith("strings/fi.yml", error.Location.Path, StringComparison.Ordinal);
        Assert.StartsWith("texten 'skip_link' saknas – sv.yml har den (rad ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_with_other_placeholders_or_links_than_the_sites_is_reported_at_its_line()
    {
        var folder = CopyStrings();
        var path = Path.Combine(folder, "fi.yml");
        File.WriteAllText(path, File.ReadAllText(path)
            .Replace("\"Uudet muistiinpanot – {site}\"", "\"Uudet muistiinpanot – {sivusto}\"", StringComparison.Ordinal)
            .Replace("\"[Kokouksen {date} muistiinpanojen] mukaan.\"", "\"Kokouksen {date} muistiinpanojen mukaan.\"", StringComparison.Ordinal));

        var messages = Load(folder).Select(d => $"{d.Location.Line}: {d.Message}").ToList();

        Assert.Equal(2, messages.Count);
        Assert.Contains(messages, m => m.EndsWith("'feed_title' ska ha samma platshållare som i sv.yml: {site}, men har {sivusto}", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.EndsWith("'next_meeting.source' ska ha en länk inom [ ] precis som i sv.yml, eller ingen om den inte har någon", StringComparison.Ordinal));
    }

    [Fact]
    public void The_site_languages_table_gives_no_dates_or_counts_and_another_must_give_its_dates()
    {
        var folder = CopyStrings();
        File.AppendAllText(Path.Combine(folder, "sv.yml"), "counts:\n  meeting: [möte, möten]\n");
        var fi = Path.Combine(folder, "fi.yml");
        var text = File.ReadAllText(fi);
        File.WriteAllText(fi, text[..text.IndexOf("dates:", StringComparison.Ordinal)]);

        var messages = Load(folder).Select(d => d.Message).ToList();

        Assert.Contains(messages, m => m.StartsWith("'counts' hör till tabellerna för andra språk", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("'dates' saknas – hur språket skriver datum", StringComparison.Ordinal));
    }

    [Fact]
    public void A_table_of_the_site_language_must_be_there()
    {
        var folder = CopyStrings();
        File.Delete(Path.Combine(folder, "sv.yml"));

        var error = Assert.Single(Load(folder));

        Assert.Equal("texterna på webbplatsens språk saknas: strings/sv.yml (site.yml har 'language: sv')", error.Message);
    }

    private string CopyStrings() => Path.Combine(_content.CopyTemplates(), StringTables.Folder);

    private static IReadOnlyList<Diagnostic> Load(string stringsFolder)
    {
        var diagnostics = new DiagnosticBag();
        StringTables.Load(Path.GetDirectoryName(stringsFolder)!, "sv", diagnostics);
        return diagnostics.Sorted();
    }

    private static void Remove(string path, string linePrefix) =>
        File.WriteAllLines(path, File.ReadAllLines(path).Where(l => !l.StartsWith(linePrefix, StringComparison.Ordinal)));

    // text.nav.meetings, not page.date_text or time_text.x: "text" standing alone.
    [GeneratedRegex(@"(?<![\w.])text\.(?<key>[a-z_]+(\.[a-z_]+)*)")]
    private static partial Regex TextKey();
}
