using Trygghetsrad.Site.Content;
using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Import;

namespace Trygghetsrad.Site.Tests.Import;

/// <summary>Old minutes written in other ways than the seed, and the problems the import must report.</summary>
public sealed class ImportVariantTests : IDisposable
{
    private const string Body = """

        Inledning Ordföranden öppnar mötet.

        Lägesbild

        Polisen berättar om läget.

        Nästa möte

        Onsdag 17 november, klockan 17.30-19.30, digitalt

        Vid tangenterna
        Anne Alamaa,
        Samordnare
        """;

    private readonly ImportWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Theory]
    [InlineData("Datum och tid: 2021-09-15 klockan 17.30-19.00")]
    [InlineData("Datum och tid: 15 september 2021 kl. 17.30–19.00")]
    [InlineData("Datum och tid: onsdag 15 september 2021, kl 17:30 - 19:00")]
    [InlineData("Datum och tid: Onsdagen den 15 sept. 2021 klockan 17.30 till 19.00")]
    [InlineData("Datum: 2021-09-15\nTid: 17.30–19.00")]
    public void DateSpellings_AllGiveTheSameDateAndTimes(string when)
    {
        var meeting = ImportOk($"Trygghetsråd\n\n{when}\nPlats: Kommunhuset\nDeltagare: Anna Andersson, Bo Berg\n{Body}", out var result);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(new DateOnly(2021, 9, 15), meeting.Date);
        Assert.Equal(new TimeOnly(17, 30), meeting.Start);
        Assert.Equal(new TimeOnly(19, 0), meeting.End);
    }

    [Fact]
    public void NextMeeting_WithoutYear_TakesTheNextSuchDateAfterTheMeeting()
    {
        var meeting = ImportOk(Header("2021-11-17") + "\nInledning Mötet öppnas.\n\nNästa möte: onsdag 19 januari kl. 18.00 i Kommunhuset\n\nVid tangenterna\nAnne Alamaa\n", out _);

        Assert.Equal(new NextMeeting(new DateOnly(2022, 1, 19), new TimeOnly(18, 0), null, "Kommunhuset"), meeting.NextMeeting);
    }

    [Fact]
    public void NextMeeting_WrongWeekday_IsReportedAtItsLine()
    {
        var result = _workspace.Import(Header("2021-09-15") + "\nInledning Mötet öppnas.\n\nNästa möte\n\nTorsdag 17 november, klockan 17.30-19.30, digitalt\n\nVid tangenterna\nAnne Alamaa\n");

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(11, warning.Location.Line);
        Assert.Equal("nästa möte 2021-11-17 är en onsdag, inte torsdag – kontrollera datumet", warning.Message);
    }

    [Fact]
    public void NextMeeting_NotUnderstood_StaysInTheMinutesVerbatim_WithAWarning()
    {
        var result = _workspace.Import(Header("2021-09-15") + "\nInledning Mötet öppnas.\n\nNästa möte\n\nMeddelas senare via e-post.\n\nVid tangenterna\nAnne Alamaa\n");

        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(11, warning.Location.Line);
        Assert.StartsWith("kan inte läsa nästa mötes datum i 'Meddelas senare via e-post.'", warning.Message, StringComparison.Ordinal);
        var text = File.ReadAllText(result.WrittenPath!);
        Assert.Contains("## Nästa möte\n\nMeddelas senare via e-post.\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("next_meeting:", text, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingFields_AreWarningsWithLines_AndTheFileIsStillWritten()
    {
        var result = _workspace.Import("Trygghetsråd\n\nDatum och tid: 2021-09-15\n\nInledning Mötet öppnas.\n\nÖvrigt\n\nInget mer.\n");

        Assert.True(result.Succeeded);
        Assert.Equal(
            [
                "gamla.txt:1:1: warning: hittar inga deltagare ('Deltagare:') – lägg till participants för hand",
                "gamla.txt:1:1: warning: hittar ingen rad 'Plats:' – lägg till location för hand",
                "gamla.txt:3:1: warning: kan inte läsa någon tid i '2021-09-15' – skriv den som 17.30-19.00",
                "gamla.txt:10:1: warning: hittar inget 'Nästa möte' – lägg till next_meeting för hand om det finns ett",
                "gamla.txt:10:1: warning: hittar inget 'Vid tangenterna' – lägg till note_taker för hand om det står någonstans",
            ],
            result.Diagnostics.Select(d => Path.GetFileName(d.Location.Path) + d.ToString()[d.Location.Path.Length..]));
    }

    [Fact]
    public void NoDate_IsAnError_AndNothingIsWritten()
    {
        var result = _workspace.Import("Trygghetsråd\n\nPlats: Kommunhuset\n\nInledning Mötet öppnas.\n");

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(1, error.Location.Line);
        Assert.StartsWith("hittar inget datum", error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(_workspace.ContentDirectory, "*.md", SearchOption.AllDirectories));
    }

    [Fact]
    public void UnknownHeaderLine_IsReportedAtItsLine()
    {
        var result = _workspace.Import("Trygghetsråd\nDatum och tid: 2021-09-15 kl. 17.30\nDiarienummer: KS 2021/123\nPlats: Kommunhuset\nDeltagare: Anna Andersson\n" + Body);

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(3, warning.Location.Line);
        Assert.Equal("raden 'Diarienummer: KS 2021/123' i anteckningarnas huvud kunde inte placeras – den är inte med i mötesfilen", warning.Message);
    }

    [Fact]
    public void OtherTitle_BecomesTheTitle_WithAWarning()
    {
        var meeting = ImportOk("Extra trygghetsråd om klotter\n\nDatum och tid: 2021-09-15 kl. 17.30\nPlats: Kommunhuset\nDeltagare: Anna Andersson\n" + Body, out var result);

        Assert.Equal("Extra trygghetsråd om klotter", meeting.Title);
        Assert.Equal(1, Assert.Single(result.Diagnostics).Location.Line);
    }

    [Fact]
    public void WindowsLineEndings_GiveTheSameFileAsUnixOnes()
    {
        var seed = File.ReadAllText(ImportWorkspace.FixtureSeedPath).Replace("\r\n", "\n");
        var unix = _workspace.Import(seed, "unix.txt");
        var unixText = File.ReadAllText(unix.WrittenPath!);
        File.Delete(unix.WrittenPath!);

        var windows = _workspace.Import(seed.Replace("\n", "\r\n"), "unix.txt");

        Assert.Empty(windows.Diagnostics);
        Assert.Equal(unixText, File.ReadAllText(windows.WrittenPath!));
        Assert.DoesNotContain('\r', unixText);
    }

    [Theory]
    [InlineData("\n\n\n\n")]
    [InlineData("\n\f\n")]
    [InlineData("\n\n")]
    public void PageBreakInsideASentence_JoinsTheParagraphs(string pageBreak)
    {
        var meeting = ImportOk(Header("2021-09-15") + $"\nInledning Personal inom socialtjänsten tipsar också{pageBreak}familjer om fonder. Det var bra.\n\nNästa möte\n\nOnsdag 17 november\n\nVid tangenterna\nAnne Alamaa\n", out var result);

        Assert.Empty(result.Diagnostics);
        Assert.Contains("## Inledning\n\nPersonal inom socialtjänsten tipsar också familjer om fonder. Det var bra.\n", meeting.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void PageBreakBeforeACapital_AfterAnUnfinishedSentence_IsReported()
    {
        var result = _workspace.Import(Header("2021-09-15") + "\nInledning Vi tar med oss frågan och skickar den vidare in i organisationen\n\n\n\nPolisen berättar om läget.\n\nNästa möte\n\nOnsdag 17 november\n\nVid tangenterna\nAnne Alamaa\n");

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(11, warning.Location.Line);
        Assert.StartsWith("en sidbrytning kan ha delat en mening här", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MarkdownCharacters_AreEscaped_SoThePageShowsTheTextAsWritten()
    {
        var meeting = ImportOk(Header("2021-09-15") + "\nInledning Mötet öppnas.\n\n1. Punkt med *stjärnor* och _streck_ <b>fet</b> [länk](x) a|b\n\n- Streck först\n\n# Inte en rubrik\n" + "\nNästa möte\n\nOnsdag 17 november\n\nVid tangenterna\nAnne Alamaa\n", out _);

        var bag = new DiagnosticBag();
        var body = MeetingBodyParser.Parse(meeting, bag);
        Assert.Empty(bag.Sorted());
        var passages = body.Sections.SelectMany(s => s.Passages).Select(p => p.Text).ToList();
        Assert.Contains("1. Punkt med *stjärnor* och _streck_ <b>fet</b> [länk](x) a|b", passages);
        Assert.Contains("- Streck först", passages);
        Assert.Contains("# Inte en rubrik", passages);
    }

    [Fact]
    public void NotUtf8_IsAnErrorAtTheFirstBadByte_AndNothingIsWritten()
    {
        var path = Path.Combine(_workspace.Folder, "latin1.txt");
        File.WriteAllBytes(path, System.Text.Encoding.Latin1.GetBytes("Trygghetsråd\n\nDatum och tid: 2021-09-15\n"));

        var result = MinutesImporter.Import(path, _workspace.ContentDirectory);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((1, 11), (error.Location.Line, error.Location.Column));
        Assert.Equal("filen är inte sparad som UTF-8 (ogiltig byte 0xE5) – spara den som UTF-8, så blir å, ä och ö rätt", error.Message);
        Assert.Empty(Directory.EnumerateFiles(_workspace.ContentDirectory, "*.md", SearchOption.AllDirectories));
    }

    [Fact]
    public void ExistingMeeting_IsNeverOverwritten()
    {
        var first = _workspace.Import(Header("2021-09-15") + Body);
        var before = File.ReadAllText(first.WrittenPath!);

        var second = _workspace.Import(Header("2021-09-15") + "\nInledning Något annat.\n", "andra.txt");

        Assert.False(second.Succeeded);
        var error = Assert.Single(second.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(1, error.Location.Line);
        Assert.StartsWith("mötet 2021-09-15 finns redan i ", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("– importen skriver aldrig över ett möte; ta bort eller byt namn på filen först om den ska ersättas", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(first.WrittenPath!));
    }

    [Fact]
    public void Participants_LabelsOnTheirOwnLineCollectTheLinesBelow()
    {
        var meeting = ImportOk(
            "Trygghetsråd\nDatum och tid: 2021-09-15 kl. 17.30\nPlats: Kommunhuset\nDeltagare:\nFörtroendevalda:\nAnna Andersson (S), Bo Berg (M)\nPolisen: Cilla Ek, kommunpolis\nGäster:\nDan Dahl, rektor, Eva Ek, kurator\n" + Body,
            out var result);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(
            [("Förtroendevalda", "Anna Andersson (S)|Bo Berg (M)"), ("Polisen", "Cilla Ek, kommunpolis"), ("Gäster", "Dan Dahl, rektor|Eva Ek, kurator")],
            meeting.Participants.Select(g => (g.Name, string.Join("|", g.Members))));
    }

    private static string Header(string date) =>
        $"Trygghetsråd\n\nDatum och tid: {date} klockan 17.30-19.00\nPlats: Kommunhuset\nDeltagare: Anna Andersson, Bo Berg\n";

    private Meeting ImportOk(string text, out ImportResult result)
    {
        result = _workspace.Import(text);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var bag = new DiagnosticBag();
        var path = result.WrittenPath!;
        var meeting = new MeetingParser(new HashSet<string>()).Parse(Path.GetFileName(path), Path.GetFileName(Path.GetDirectoryName(path))!, File.ReadAllText(path), path, bag);
        Assert.True(meeting is not null, string.Join('\n', bag.Sorted()));
        return meeting!;
    }
}
