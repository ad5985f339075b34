using Trygghetsrad.Site.Content;
using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Tests.Infrastructure;

namespace Trygghetsrad.Site.Tests.Content;

/// <summary>One test per kind of content error: the message an editor sees and where it points.</summary>
public sealed class MeetingErrorTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    private Diagnostic Error() => Diagnose.SingleError(Diagnose.Content(_content.Content));

    private static void AssertAt(Diagnostic error, string pathEnd, int line, int column, string message)
    {
        Assert.EndsWith(pathEnd, error.Location.Path, StringComparison.Ordinal);
        Assert.Equal((line, column), (error.Location.Line, error.Location.Column));
        Assert.Equal(message, error.Message);
        Assert.Equal($"{error.Location.Path}:{line}:{column}: error: {message}", error.ToString());
    }

    [Fact]
    public void Unknown_key_is_reported_at_the_key_with_a_suggestion()
    {
        _content.WriteMeeting("2021-09-15", "locaton: Kommunhuset\n");
        AssertAt(Error(), "moten/2021/2021-09-15.md", 4, 1,
            "okänd nyckel 'locaton' i mötets fält – menade du 'location'? Tillåtna nycklar: " + string.Join(", ", MeetingKeys.Names));
    }

    [Fact]
    public void Unknown_key_without_a_likely_meaning_lists_the_allowed_ones_after_a_dash()
    {
        _content.WriteMeeting("2021-09-15", "ordforande: Anna\n");
        AssertAt(Error(), "moten/2021/2021-09-15.md", 4, 1,
            "okänd nyckel 'ordforande' i mötets fält – tillåtna nycklar: date, start, end, location, participants, topics, next_meeting, note_taker, source, follow_ups, summaries, title, draft, personal_data_ok");
    }

    [Fact]
    public void Value_of_wrong_type_is_reported_at_the_value()
    {
        _content.WriteMeeting("2021-09-15", "participants: Anna och Hans\n");
        AssertAt(Error(), "2021-09-15.md", 4, 15,
            "'participants' ska vara en lista (rader som börjar med '- '), men är texten 'Anna och Hans'");
    }

    [Fact]
    public void Impossible_date_is_reported_at_the_value()
    {
        _content.Write("moten/2021/2021-02-28.md", "---\n# Fiktivt möte för test.\ndate: 2021-02-30\n---\n\n## Inledning\n\nText.\n");
        var errors = Diagnose.Content(_content.Content).Where(d => d.Severity == Severity.Error).ToList();
        var error = Assert.Single(errors, e => e.Message.StartsWith("'date' är inte", StringComparison.Ordinal));
        AssertAt(error, "2021-02-28.md", 3, 7, "'date' är inte ett giltigt datum: '2021-02-30' (datumet finns inte)");
    }

    [Fact]
    public void Date_in_the_wrong_shape_says_how_to_write_it()
    {
        _content.Write("moten/2021/2021-09-15.md", "---\ndate: 15/9 2021\n---\n\n## Inledning\n\nText.\n");
        var error = Diagnose.Content(_content.Content).First(d => d.Message.StartsWith("'date' är inte", StringComparison.Ordinal));
        AssertAt(error, "2021-09-15.md", 2, 7, "'date' är inte ett giltigt datum: '15/9 2021' (skriv åååå-mm-dd, till exempel 2021-09-15)");
    }

    [Fact]
    public void Impossible_time_is_reported_at_the_value()
    {
        _content.WriteMeeting("2021-09-15", "start: \"25:00\"\n");
        AssertAt(Error(), "2021-09-15.md", 4, 8, "'start' är inte en giltig tid: '25:00' (skriv tt:mm inom citattecken, till exempel \"17:30\")");
    }

    [Fact]
    public void End_before_start_is_reported_at_the_end()
    {
        _content.WriteMeeting("2021-09-15", "start: \"19:00\"\nend: \"17:30\"\n");
        AssertAt(Error(), "2021-09-15.md", 5, 6, "mötet slutar (17:30) innan det börjar (19:00)");
    }

    [Fact]
    public void Unknown_topic_slug_is_reported_with_the_known_ones()
    {
        _content.WriteMeeting("2021-09-15", "topics:\n  - klotter\n  - klottr\n");
        AssertAt(Error(), "2021-09-15.md", 6, 5,
            "okänt ämne 'klottr' – menade du 'klotter'? Ämnen finns i topics.yml: klotter, motorburen-ungdom, samverkan");
    }

    [Fact]
    public void Unknown_topic_slug_without_a_likely_meaning_lists_the_known_ones_after_a_dash()
    {
        _content.WriteMeeting("2021-09-15", "topics:\n  - trafik\n");
        AssertAt(Error(), "2021-09-15.md", 5, 5,
            "okänt ämne 'trafik' – ämnen finns i topics.yml: klotter, motorburen-ungdom, samverkan");
    }

    [Fact]
    public void Missing_date_is_reported_at_the_front_matter()
    {
        _content.Write("moten/2021/2021-09-15.md", "---\nlocation: Kommunhuset\n---\n\n## Inledning\n\nText.\n");
        AssertAt(Error(), "2021-09-15.md", 2, 1, "'date' saknas – varje möte måste ha ett datum, till exempel 'date: 2021-09-15'");
    }

    [Fact]
    public void Date_that_differs_from_the_file_name_is_reported_at_the_date()
    {
        _content.WriteMeeting("2021-09-16", fileName: "2021-09-15.md");
        AssertAt(Error(), "2021-09-15.md", 3, 7, "datumet 2021-09-16 stämmer inte med filnamnet '2021-09-15.md' – byt namn på filen eller rätta datumet");
    }

    [Fact]
    public void File_name_that_is_not_a_date_is_reported()
    {
        _content.WriteMeeting("2021-09-15", fileName: "mote-15-september.md");
        var error = Diagnose.Content(_content.Content).First(d => d.Severity == Severity.Error);
        AssertAt(error, "mote-15-september.md", 1, 1,
            "filnamnet 'mote-15-september.md' ska vara mötets datum: åååå-mm-dd.md, eller åååå-mm-dd-namn.md för ett andra möte samma dag (namnet med bara a–z, 0–9 och bindestreck: inga mellanslag, stora bokstäver eller å, ä, ö)");
    }

    [Fact]
    public void Meeting_in_the_wrong_year_folder_is_reported()
    {
        _content.Write("moten/2020/2021-09-15.md", "---\ndate: 2021-09-15\n---\n\n## Inledning\n\nText.\n");
        AssertAt(Error(), "moten/2020/2021-09-15.md", 1, 1, "mötet från 2021 ligger i mappen '2020' – flytta det till moten/2021/");
    }

    [Fact]
    public void Empty_file_is_reported()
    {
        _content.Write("moten/2021/2021-09-15.md", "");
        AssertAt(Error(), "2021-09-15.md", 1, 1, "filen är tom – ett möte börjar med fälten mellan två rader '---' och följs av anteckningarna");
    }

    [Fact]
    public void Unclosed_front_matter_is_reported()
    {
        _content.Write("moten/2021/2021-09-15.md", "---\ndate: 2021-09-15\nlocation: Kommunhuset\n\n## Inledning\n\nText.\n");
        AssertAt(Error(), "2021-09-15.md", 1, 1, "fälten som börjar med '---' på rad 1 avslutas aldrig – lägg till en rad '---' efter det sista fältet");
    }

    [Fact]
    public void File_without_front_matter_is_reported()
    {
        _content.Write("moten/2021/2021-09-15.md", "## Inledning\n\nText.\n");
        AssertAt(Error(), "2021-09-15.md", 1, 1, "filen ska börja med en rad '---' och mötets fält (date, location …), avslutade med en rad '---'");
    }

    [Fact]
    public void File_not_in_utf8_is_reported_at_the_first_bad_byte()
    {
        // "Å" saved as Latin-1 (0xC5), as an old Windows editor would.
        var text = "---\ndate: 2021-09-15\nlocation: Kommunhuset, sal "u8.ToArray().Concat(new byte[] { 0xC5, (byte)'\n' }).Concat("---\n"u8.ToArray()).ToArray();
        _content.WriteBytes("moten/2021/2021-09-15.md", text);
        AssertAt(Error(), "2021-09-15.md", 3, 28, "filen är inte sparad som UTF-8 (ogiltig byte 0xC5) – spara den som UTF-8, så blir å, ä och ö rätt");
    }

    [Fact]
    public void Invalid_yaml_is_reported_where_the_parser_stopped()
    {
        _content.WriteMeeting("2021-09-15", "location: \"Kommunhuset\n");
        var error = Error();
        Assert.EndsWith("2021-09-15.md", error.Location.Path, StringComparison.Ordinal);
        Assert.StartsWith("ogiltig YAML: ", error.Message, StringComparison.Ordinal);
        Assert.InRange(error.Location.Line, 4, 5);
    }

    [Theory]
    [InlineData("date: [2021-09-15\nstart: \"17:30\"\nend: \"19:00\"\n", 5)]
    [InlineData("date: 2021-09-15\ntopics: [klotter\nlocation: Kommunhuset\nnote_taker: Anne\n", 6)]
    [InlineData("date: 2021-09-15\nnext_meeting: {date: 2021-11-17\nlocation: Kommunhuset\n", 5)]
    [InlineData("date: 2021-09-15\nparticipants:\n  - members: [Anna\n  - group: Gäster\n    members:\n      - Anna\n", 8)]
    public void Unclosed_list_or_mapping_is_reported_where_the_scanner_stopped(string frontMatter, int lastYamlLine)
    {
        // YamlDotNet's scanner throws InvalidOperationException here, not YamlException (YamlDotNet issue #541).
        _content.Write("moten/2021/2021-09-15.md", $"---\n{TempContent.FictionalComment}{frontMatter}---\n\n## Inledning\n\nText.\n");
        var error = Error();
        Assert.EndsWith("2021-09-15.md", error.Location.Path, StringComparison.Ordinal);
        Assert.StartsWith("ogiltig YAML: ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Operation is not valid", error.Message, StringComparison.Ordinal);
        Assert.InRange(error.Location.Line, 3, lastYamlLine + 1);
    }

    [Fact]
    public void A_huge_value_is_quoted_short()
    {
        _content.WriteMeeting("2021-09-15", $"start: \"1{new string('7', 100_000)}\"\n");
        AssertAt(Error(), "2021-09-15.md", 4, 8, $"'start' är inte en giltig tid: '1{new string('7', 59)}…' (skriv tt:mm inom citattecken, till exempel \"17:30\")");
    }

    [Fact]
    public void Key_given_twice_is_reported()
    {
        _content.WriteMeeting("2021-09-15", "location: A\nlocation: B\n");
        var error = Error();
        Assert.EndsWith("2021-09-15.md", error.Location.Path, StringComparison.Ordinal);
        Assert.Equal(5, error.Location.Line);
        Assert.Contains("location", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Draft_flag_that_is_not_a_boolean_is_reported()
    {
        _content.WriteMeeting("2021-09-15", "draft: ja\n");
        AssertAt(Error(), "2021-09-15.md", 4, 8, "'draft' ska vara true eller false, men är 'ja'");
    }

    [Fact]
    public void Next_meeting_before_the_meeting_is_reported()
    {
        _content.WriteMeeting("2021-09-15", "next_meeting:\n  date: 2021-09-01\n");
        AssertAt(Error(), "2021-09-15.md", 5, 9, "nästa möte (2021-09-01) ligger inte efter detta möte (2021-09-15)");
    }

    [Fact]
    public void Participant_group_without_members_is_reported()
    {
        _content.WriteMeeting("2021-09-15", "participants:\n  - group: Gäster\n");
        AssertAt(Error(), "2021-09-15.md", 5, 5, "deltagargruppen saknar 'members' – lista deltagarna, en per rad med '- '");
    }

    [Fact]
    public void Level_one_heading_in_the_minutes_is_reported_at_its_line()
    {
        _content.WriteMeeting("2021-09-15", body: "\n# Inledning\n\nText.\n");
        AssertAt(Error(), "2021-09-15.md", 6, 1,
            "rubriken '# Inledning' har nivå 1 – sidan har redan mötets titel som huvudrubrik; skriv '## Inledning' för en punkt på dagordningen");
    }

    [Fact]
    public void Link_with_a_script_scheme_is_reported_at_the_link()
    {
        _content.WriteMeeting("2021-09-15", body: "\n## Inledning\n\nSe [här](javascript:alert(1)) för mer.\n");
        AssertAt(Error(), "2021-09-15.md", 8, 4, "länken 'javascript:alert(1)' använder 'javascript:' – bara http, https, mailto och tel är tillåtna");
    }

    [Fact]
    public void Yaml_comments_are_allowed()
    {
        _content.WriteMeeting("2021-09-15", "# En kommentar\nlocation: Kommunhuset # efter värdet\n");
        Assert.DoesNotContain(Diagnose.Content(_content.Content), d => d.Severity == Severity.Error);
    }

    [Fact]
    public void Every_problem_of_every_file_is_reported_in_one_run()
    {
        _content.WriteMeeting("2021-09-15", "locaton: A\nstart: \"7\"\n");
        _content.Write("moten/2021/2021-10-20.md", "");
        var errors = Diagnose.Content(_content.Content).Where(d => d.Severity == Severity.Error).ToList();
        Assert.Equal(3, errors.Count);
        Assert.Equal(["2021-09-15.md:4:1", "2021-09-15.md:5:8", "2021-10-20.md:1:1"],
            errors.Select(e => $"{Path.GetFileName(e.Location.Path)}:{e.Location.Line}:{e.Location.Column}"));
    }

    [Fact]
    public void Meeting_without_headings_gets_a_warning()
    {
        _content.WriteMeeting("2021-09-15", body: "\nBara text utan rubriker.\n");
        var warning = Assert.Single(Diagnose.Content(_content.Content));
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(5, warning.Location.Line);
        Assert.StartsWith("anteckningarna saknar rubriker", warning.Message, StringComparison.Ordinal);
    }
}
