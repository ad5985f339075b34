using Trygghetsrad.Site.Checks;
using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Tests.Infrastructure;

namespace Trygghetsrad.Site.Tests.Checks;

public sealed class ContentCheckTests : IDisposable
{
    private const string File = "moten/2030/2030-01-15.md";
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    private CheckResult Run() => ContentCheck.Run(_content.Content, Path.Combine(RepositoryRoot.Path, "templates"));

    private string At(int line, int column) => $"{FictionalMeeting.Shown(_content, File)}:{line}:{column}";

    [Fact]
    public void Real_content_is_clean()
    {
        var result = ContentCheck.Run(Path.Combine(RepositoryRoot.Path, "content"), Path.Combine(RepositoryRoot.Path, "templates"));
        Assert.Empty(result.Diagnostics);
        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Reports_what_build_rejects_without_writing_anything()
    {
        _content.Write(File, FictionalMeeting.Text("2030-01-15", "loaction: x\n", "# Övrigt\n\nText om klotter.\n"));
        var result = Run();
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.ToString().StartsWith($"{At(9, 1)}: error: okänd nyckel 'loaction'", StringComparison.Ordinal));
        Assert.Equal(["content", "site-not-written"], [Path.GetFileName(_content.Content), Directory.Exists(Path.Combine(_content.Root, "_site")) ? "site-written" : "site-not-written"]);
    }

    [Fact]
    public void Reports_a_broken_link_to_another_meeting_as_build_does_without_writing_anything()
    {
        _content.Write(File, FictionalMeeting.Text("2030-01-15", body: "## Övrigt\n\nSe [förra mötet](/trygghetsradet/moten/2029-12-01/).\n"));
        var before = Directory.EnumerateFileSystemEntries(Path.GetTempPath(), "trygghetsrad-check*").Count();

        var result = Run();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("trasig länk '/trygghetsradet/moten/2029-12-01/': sidan eller filen finns inte", error.Message);
        Assert.Equal($"{At(13, 18)}: error: {error.Message}", error.ToString());
        Assert.Equal(before, Directory.EnumerateFileSystemEntries(Path.GetTempPath(), "trygghetsrad-check*").Count());
        Assert.False(Directory.Exists(Path.Combine(_content.Root, "_site")));
    }

    [Fact]
    public void Reports_a_template_error_found_while_rendering()
    {
        _content.Write(File, FictionalMeeting.Text("2030-01-15"));
        var templates = _content.CopyTemplates();
        System.IO.File.AppendAllText(Path.Combine(templates, "meeting.sbn"), "{{ page.no_such_member }}\n");

        var result = ContentCheck.Run(_content.Content, templates);

        Assert.Contains(result.Diagnostics, d => d.Severity == Severity.Error && d.Location.Path.EndsWith("meeting.sbn", StringComparison.Ordinal) && d.Message.StartsWith("mallfel:", StringComparison.Ordinal));
    }

    [Fact]
    public void Reports_body_errors_of_drafts_too()
    {
        _content.Write(File, FictionalMeeting.Text("2030-01-15", "draft: true\n", "# Övrigt\n\nText om klotter.\n"));
        var result = Run();
        Assert.Contains($"{At(12, 1)}: error: rubriken '# Övrigt' har nivå 1 – sidan har redan mötets titel som huvudrubrik; skriv '## Övrigt' för en punkt på dagordningen", result.Diagnostics.Select(d => d.ToString()));
        Assert.Contains($"{At(9, 1)}: warning: mötet är ett utkast (draft: true) och publiceras inte – ta bort raden när anteckningarna är klara", result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Reports_missing_templates()
    {
        _content.Write(File, FictionalMeeting.Text("2030-01-15"));
        var result = ContentCheck.Run(_content.Content, Path.Combine(_content.Root, "no-templates"));
        Assert.Contains(result.Diagnostics, d => d.Severity == Severity.Error && d.Message == "mallmappen finns inte");
    }

    [Theory]
    [InlineData("Anna har personnummer 19850709-1232.", "'19850709-1232' är ett personnummer – personnummer får aldrig publiceras; ta bort det.")]
    [InlineData("Anna har personnummer 850709-1232.", "'850709-1232' är ett personnummer – personnummer får aldrig publiceras; ta bort det.")]
    [InlineData("Anna har personnummer 701063-2383.", "'701063-2383' är ett samordningsnummer – det får aldrig publiceras; ta bort det.")]
    [InlineData("Anna har personnummer 070-123 45 67.", "'070-123 45 67' ser ut som ett telefonnummer – publicera inte privatpersoners nummer; ta bort det eller hänvisa till kommunens växel.")]
    [InlineData("Anna har personnummer anna@gmail.com.", "e-postadressen 'anna@gmail.com' hör inte till kommunens domäner – publicera inte privatpersoners adresser; ta bort den.")]
    public void Personal_data_in_the_body_is_an_error_at_its_place(string line, string message)
    {
        _content.Write(File, FictionalMeeting.Text("2030-01-15", body: $"## Övrigt\n\nVi pratade om klotter.\n{line}\n"));
        var result = Run();
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal($"{At(14, 23)}: error: {message} Är det ingen personuppgift, lägg till ett granskat undantag under personal_data_ok (se docs/redaktorer.md).", diagnostic.ToString());
    }

    [Fact]
    public void Personal_data_in_front_matter_and_comments_is_found_even_when_the_file_has_other_errors()
    {
        _content.Write(File, FictionalMeeting.Text("2030-01-15", "note_taker: Anna, 0701234567\n# Anna nås på anna@gmail.com\nokänd: 1\n"));
        var result = Run();
        var lines = result.Diagnostics.Select(d => (d.Location.Line, d.Location.Column, d.Severity)).ToList();
        Assert.Contains((9, 19, Severity.Error), lines);
        Assert.Contains((10, 15, Severity.Error), lines);
        Assert.Contains((11, 1, Severity.Error), lines);
    }

    [Fact]
    public void Ordinary_numbers_pass()
    {
        _content.Write(File, FictionalMeeting.Text("2030-01-15", body: "## Övrigt\n\nVi pratade om klotter. Ärende 8507091233 och 4812930571, 100 000 kr, kommun@hallstahammar.se.\n"));
        Assert.Empty(Run().Diagnostics);
    }

    [Fact]
    public void A_reviewed_exception_lets_the_value_through_and_an_unused_one_is_a_warning()
    {
        const string Fields = "personal_data_ok:\n  - value: \"0220-240 00\"\n    reason: Fiktiv växel\n  - value: 070-000 00 00\n    reason: Gammalt\n";
        _content.Write(File, FictionalMeeting.Text("2030-01-15", Fields, "## Övrigt\n\nVi pratade om klotter. Ring växeln 0220-24000.\n"));
        var diagnostic = Assert.Single(Run().Diagnostics);
        Assert.Equal($"{At(12, 12)}: warning: undantaget '070-000 00 00' i personal_data_ok matchar ingen uppgift i filen – ta bort det", diagnostic.ToString());
    }

    [Fact]
    public void An_exception_needs_a_reason()
    {
        _content.Write(File, FictionalMeeting.Text("2030-01-15", "personal_data_ok:\n  - value: \"0220-240 00\"\n", "## Övrigt\n\nVi pratade om klotter. Ring 0220-240 00.\n"));
        var messages = Run().Diagnostics.Select(d => d.ToString()).ToList();
        Assert.Contains($"{At(10, 5)}: error: 'reason' saknas – skriv varför uppgiften får publiceras, så att granskaren kan bedöma det", messages);
        Assert.Contains(messages, m => m.StartsWith($"{At(15, 29)}: error: '0220-240 00' ser ut som ett telefonnummer", StringComparison.Ordinal));
    }

    [Fact]
    public void Site_contact_email_and_phone_are_allowed()
    {
        _content.Write(File, FictionalMeeting.Text("2030-01-15", body: "## Övrigt\n\nVi pratade om klotter. Skriv till kommun@hallstahammar.se eller x@kultur.hallstahammar.se.\n"));
        Assert.Empty(Run().Diagnostics);
    }

    [Fact]
    public void A_listed_topic_never_mentioned_is_a_warning_on_its_entry()
    {
        _content.Write(File, FictionalMeeting.Text("2030-01-15", "topics:\n  - klotter\n  - samverkan\n"));
        var diagnostic = Assert.Single(Run().Diagnostics);
        Assert.Equal($"{At(11, 5)}: warning: ämnet 'samverkan' står i topics men nämns aldrig i anteckningarna (sökord: samverkan, samarbete) – skriv om det i texten eller ta bort det ur listan", diagnostic.ToString());
    }

    [Fact]
    public void Editorial_warnings_for_missing_place_participants_headings_and_empty_items()
    {
        _content.Write(File, "---\n# Fiktivt möte för tester.\ndate: 2030-01-15\n---\n\nBara text om klotter.\n");
        _content.Write("moten/2030/2030-02-15.md", FictionalMeeting.Text("2030-02-15", body: "## Inledning\n\n## Övrigt\n\nKlotter.\n"));
        var messages = Run().Diagnostics.Select(d => d.ToString()).ToList();
        Assert.Equal(
            [
                $"{At(1, 1)}: warning: 'location' saknas – skriv var mötet hölls, till exempel 'location: Digitalt via Teams'",
                $"{At(1, 1)}: warning: 'participants' saknas – lista vilka som deltog, grupp för grupp (se docs/redaktorer.md)",
                $"{At(5, 1)}: warning: anteckningarna saknar rubriker – skriv '## Rubrik' för varje punkt på dagordningen, så kan invånarna länka till den",
                $"{FictionalMeeting.Shown(_content, "moten/2030/2030-02-15.md")}:11:1: warning: punkten 'Inledning' är tom – skriv anteckningarna under rubriken eller ta bort den",
            ],
            messages);
    }
}
