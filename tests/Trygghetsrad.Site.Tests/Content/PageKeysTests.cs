using Trygghetsrad.Site.Building;
using Trygghetsrad.Site.Content;
using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Tests.Infrastructure;

namespace Trygghetsrad.Site.Tests.Content;

/// <summary>
/// The keys of the pages editors write (<see cref="PageKeys"/>) and the kinds of a meeting's summaries
/// (<see cref="SummaryKinds"/>) are declared once: the references in docs/innehall.md and the parsers follow the
/// tables (UPDATE_GOLDEN=1 rewrites the references). A page is checked like a meeting, at its lines.
/// </summary>
public sealed class PageKeysTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void The_page_key_reference_in_the_docs_is_the_table() =>
        DocsBlock.AssertIs("innehall.md", "sidnycklar", PageKeys.ReferenceTable());

    [Fact]
    public void The_summary_reference_in_the_docs_is_the_table() =>
        DocsBlock.AssertIs("innehall.md", "sammanfattningar", SummaryKinds.ReferenceTable());

    [Fact]
    public void The_meeting_key_summaries_names_the_kinds_of_the_table()
    {
        var diagnostics = new DiagnosticBag();
        var parser = new MeetingParser(new HashSet<string>(StringComparer.Ordinal));

        parser.Parse("2030-01-15.md", "2030", "---\ndate: 2030-01-15\nsummaries:\n  fi: Teksti.\n  sv: Text.\n---\n", "m.md", diagnostics);

        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(5, error.Location.Line);
        Assert.Contains($"illåtna nycklar: {string.Join(", ", SummaryKinds.Keys)}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_summary_keeps_its_paragraphs_and_where_its_text_stands()
    {
        var diagnostics = new DiagnosticBag();
        var meeting = new MeetingParser(new HashSet<string>(StringComparer.Ordinal)).Parse(
            "2030-01-15.md", "2030", "---\ndate: 2030-01-15\nsummaries:\n  lattlast: |\n    Första raden.\n    Samma stycke.\n\n    Nytt stycke.\n---\n", "m.md", diagnostics);

        Assert.Empty(diagnostics.Sorted());
        var summary = Assert.Single(meeting!.Summaries);
        Assert.Same(SummaryKinds.EasyRead, summary.Kind);
        Assert.Equal(["Första raden. Samma stycke.", "Nytt stycke."], summary.Paragraphs);
        Assert.Equal(new SourceLocation("m.md", 4, 13), summary.At);
    }

    [Fact]
    public void Every_page_key_is_read_and_an_unknown_one_is_refused_with_the_list()
    {
        var diagnostics = new DiagnosticBag();

        var page = PageKeys.Parse("om.md", "---\ntitle: Om\nlang: sv\nlattlast: true\ndescription: En sida.\ntranslation_of: annan\nshow_meetings: true\nlangauge: fi\n---\n\nText.\n", "om.md", diagnostics);

        var unknown = Assert.Single(diagnostics.Sorted());
        Assert.Equal(8, unknown.Location.Line);
        Assert.Equal($"okänd nyckel 'langauge' i sidans fält – tillåtna nycklar: {string.Join(", ", PageKeys.Names)}", unknown.Message);
        Assert.Equal(("Om", "sv", true, "En sida.", "annan", true), (page!.Title, page.Lang, page.EasyRead, page.Description, page.TranslationOf, page.ShowMeetings));
    }

    [Theory]
    [InlineData("title: Om\nlang: fi\nlattlast: true\n", 4, "en lättläst sida är på svenska, men sidan har 'lang: fi'")]
    [InlineData("lang: sv\n", 2, "'title' saknas")]
    [InlineData("title: Om\nlang: Finska\n", 3, "'lang' ska vara ett språks kod")]
    [InlineData("title: Om\ntranslation_of: om.md\n", 3, "skriv sidans namn utan .md: 'translation_of: om'")]
    [InlineData("title: Om\nshow_meetings: ja\n", 3, "'show_meetings' ska vara true eller false")]
    public void A_wrong_value_is_reported_at_its_line(string yaml, int line, string message)
    {
        _content.Write("sidor/sida.md", $"---\n{yaml}---\n\nText.\n");

        var error = Assert.Single(Check(), d => d.Severity == Severity.Error);

        Assert.EndsWith("sidor/sida.md", error.Location.Path, StringComparison.Ordinal);
        Assert.Equal(line, error.Location.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Om sidan.md", "filnamnet 'Om sidan.md' blir sidans adress")]
    [InlineData("moten.md", "adressen /moten/ hör till arkivet självt")]
    [InlineData("sok.md", "adressen /sok/ hör till arkivet självt")]
    public void A_page_file_name_that_cannot_be_its_address_is_refused(string fileName, string message)
    {
        _content.Write("sidor/" + fileName, "---\ntitle: Sida\n---\n\nText.\n");

        var error = Assert.Single(Check(), d => d.Severity == Severity.Error);

        Assert.EndsWith("sidor/" + fileName, error.Location.Path, StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_translation_of_a_page_that_is_not_there_gets_a_suggestion_at_its_line()
    {
        _content.Write("sidor/om.md", "---\ntitle: Om\n---\n\nText.\n");
        _content.Write("sidor/suomeksi.md", "---\ntitle: Suomeksi\nlang: fi\ntranslation_of: omm\n---\n\nTeksti.\n");

        var error = Assert.Single(Check(), d => d.Severity == Severity.Error);

        Assert.Equal(("suomeksi.md", 4, 17), (Path.GetFileName(error.Location.Path), error.Location.Line, error.Location.Column));
        Assert.Contains("det finns ingen sida 'omm' i sidor/ – menade du 'om'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_translation_names_the_original_and_each_language_has_one_version()
    {
        _content.Write("sidor/om.md", "---\ntitle: Om\n---\n\nText.\n");
        _content.Write("sidor/suomeksi.md", "---\ntitle: Suomeksi\nlang: fi\ntranslation_of: om\n---\n\nTeksti.\n");
        _content.Write("sidor/toinen.md", "---\ntitle: Toinen\nlang: fi\ntranslation_of: om\n---\n\nTeksti.\n");
        _content.Write("sidor/kolmas.md", "---\ntitle: Kolmas\ntranslation_of: suomeksi\n---\n\nText.\n");

        var errors = Check().Where(d => d.Severity == Severity.Error).Select(d => $"{Path.GetFileName(d.Location.Path)}:{d.Location.Line}: {d.Message}").ToList();

        Assert.Contains(errors, e => e.StartsWith("kolmas.md:3: 'suomeksi' är själv en översättning av 'om' – skriv 'translation_of: om'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("toinen.md:4: 'om' har redan en version på samma språk", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("suomeksi.md:4: 'om' har redan en version på samma språk", StringComparison.Ordinal));
    }

    [Fact]
    public void The_pages_the_header_links_must_be_in_their_language()
    {
        _content.Write("sidor/suomeksi.md", "---\ntitle: Suomeksi\nlang: sv\n---\n\nText.\n");
        _content.Write("sidor/lattlast.md", "---\ntitle: Lättläst\n---\n\nText.\n");

        var errors = Check().Where(d => d.Severity == Severity.Error).Select(d => $"{Path.GetFileName(d.Location.Path)}:{d.Location.Line}: {d.Message}").ToList();

        Assert.Contains("suomeksi.md:3: sidan suomeksi länkas från varje sidhuvud som sidan på språket 'fi' – skriv 'lang: fi'", errors);
        Assert.Contains("lattlast.md:1: sidan lattlast länkas från varje sidhuvud som Lättläst – skriv 'lattlast: true'", errors);
    }

    [Fact]
    public void A_language_without_a_string_table_is_refused_at_the_pages_lang()
    {
        _content.Write("sidor/sida.md", "---\ntitle: Sida\nlang: en\n---\n\nText.\n");

        var error = Assert.Single(Check(), d => d.Severity == Severity.Error);

        Assert.Equal(3, error.Location.Line);
        Assert.Equal("det finns inga texter för språket 'en' – sidhuvud, menyer och sidfot behöver templates/strings/en.yml (finns för: fi, sv)", error.Message);
    }

    [Fact]
    public void A_pages_text_is_checked_like_minutes_and_its_broken_link_is_reported_at_its_line()
    {
        _content.Write("sidor/om.md", "---\ntitle: Om\n---\n\n# Om\n\nSe [mötet](/moten/2099-01-01/).\n\n![bild](x.png)\n");

        var problems = Check().Where(d => d.Severity == Severity.Error).Select(d => $"{Path.GetFileName(d.Location.Path)}:{d.Location.Line}").ToList();

        Assert.Contains("om.md:5", problems);
        Assert.Contains("om.md:7", problems);
        Assert.Contains("om.md:9", problems);
    }

    [Fact]
    public void Personal_data_in_a_page_is_an_error_at_its_line()
    {
        _content.Write("sidor/om.md", "---\ntitle: Om\n---\n\nRing 070-123 45 67.\n");

        var error = Assert.Single(Check(), d => d.Severity == Severity.Error);

        Assert.Equal(("om.md", 5), (Path.GetFileName(error.Location.Path), error.Location.Line));
        Assert.Contains("ser ut som ett telefonnummer", error.Message, StringComparison.Ordinal);
    }

    private IReadOnlyList<Diagnostic> Check() => Site.Checks.ContentCheck.Run(_content.Content, TempContent.Templates).Diagnostics;
}
