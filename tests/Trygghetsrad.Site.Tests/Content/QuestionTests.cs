using Trygghetsrad.Site.Checks;
using Trygghetsrad.Site.Content;
using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Tests.Infrastructure;

namespace Trygghetsrad.Site.Tests.Content;

/// <summary>
/// Questions found in the minutes without syntax of their own: a paragraph that ends in '?' and the paragraphs after
/// it that start "Svar:" ("Svar från polisen:"). On the seed exactly its two questions; on the page a question with
/// its answers, its text as written; without an answer "Inget svar antecknat" and a warning from <c>check</c>.
/// </summary>
public sealed class QuestionTests
{
    [Fact]
    public void The_seed_has_exactly_its_two_questions_each_with_its_answer()
    {
        var questions = Parse(Path.Combine(RepositoryRoot.Path, "content"), "2021-09-15").Questions;

        Assert.Equal(
            [
                ("fraga-sticker-hallstahammars-kommun-ut-pa-nagot", "Sticker Hallstahammars kommun ut på något sätt om man jämför med andra kommuner?", "Svar: Nej det gör vi inte."),
                ("fraga-har-vi-yrkeskriminella-i-hallstahammars-kommun", "Har vi yrkeskriminella i Hallstahammars kommun?", "Svar: Nej, det har vi inte."),
            ],
            questions.Select(q => (q.Id, q.Text, Assert.Single(q.Answers)[..q.Answers[0].IndexOf('.', StringComparison.Ordinal)] + ".")));
        Assert.All(questions, q => Assert.Equal(("samverkan-mellan-tre-forvaltningar", "Samverkan mellan tre förvaltningar"), (q.SectionId, q.SectionHeading)));
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot.Path, "content", "moten", "2021", "2021-09-15.md"));
        Assert.Equal(questions.Select(q => Array.IndexOf(lines, q.Text) + 1), questions.Select(q => q.Line));
    }

    [Fact]
    public void An_answer_may_name_who_answers_and_a_question_may_have_several()
    {
        var questions = Questions("""
            ## Frågor

            Hur många anmälningar om klotter kom in i år?

            Svar från polisen: Ungefär lika många som förra året.

            Svar från kommunen: Kommunen sanerar inom en vecka.

            Varför är gatlyset släckt vid ån?

            Svar: Det byts ut under hösten.
            """);

        Assert.Equal(
            [
                ["Svar från polisen: Ungefär lika många som förra året.", "Svar från kommunen: Kommunen sanerar inom en vecka."],
                ["Svar: Det byts ut under hösten."],
            ],
            questions.Select(q => q.Answers));
    }

    [Fact]
    public void A_question_mark_inside_a_paragraph_or_in_a_heading_list_or_quote_makes_no_question()
    {
        var questions = Questions("""
            ## Varför är det mörkt i parken?

            Kan man samordna arbetet bättre? Vi tar med oss frågan.

            - Vem ansvarar för lamporna?

            > Vem ansvarar för bänkarna?

            Svar: En paragraf som börjar med svar men inte följer någon fråga.
            """);

        Assert.Empty(questions);
    }

    [Fact]
    public void Anchors_come_from_the_questions_words_and_stay_when_the_minutes_change_elsewhere()
    {
        const string Rest = """
            ## Klotter

            Vad gör kommunen åt klottret vid skolan?

            Svar: Det saneras inom en vecka.

            ## Belysning

            Vad gör kommunen åt klottret vid skolan?

            Svar: Frågan gällde den andra skolan.
            """;

        var before = Questions(Rest).Select(q => q.Id).ToList();
        var after = Questions("## Inledning\n\nMötet öppnas. Vad gör kommunen åt klottret vid skolan, frågar någon.\n\n" + Rest).Select(q => q.Id).ToList();

        Assert.Equal(["fraga-vad-gor-kommunen-at-klottret-vid", "fraga-belysning-vad-gor-kommunen-at-klottret-vid"], before);
        Assert.Equal(before, after);
    }

    [Fact]
    public void The_page_marks_a_question_and_its_answer_up_as_such_with_the_minutes_words()
    {
        using var site = new ScratchSite();
        site.Meeting("2024-10-02", body: "## Frågor\n\nHur lång tid tar det innan **klotter** tas bort?\n\nSvar från polisen: Inom en vecka.\n");
        Assert.True(site.Build().Succeeded);

        var question = site.Page("moten/2024-10-02/index.html").GetElementById("fraga-hur-lang-tid-tar-det-innan")!;

        Assert.Equal("dl", question.LocalName);
        Assert.Equal("https://schema.org/Question", question.GetAttribute("itemtype"));
        Assert.Equal("Hur lång tid tar det innan klotter tas bort?", question.QuerySelector("dt [itemprop='name']")!.TextContent);
        Assert.Equal("klotter", question.QuerySelector("dt strong")!.TextContent);
        var answer = Assert.Single(question.QuerySelectorAll("dd"));
        Assert.Equal(("acceptedAnswer", "https://schema.org/Answer"), (answer.GetAttribute("itemprop"), answer.GetAttribute("itemtype")));
        Assert.Equal("Svar från polisen: Inom en vecka.", answer.QuerySelector("[itemprop='text']")!.TextContent);
    }

    [Fact]
    public void A_question_without_an_answer_shows_that_none_is_recorded_and_check_warns_at_its_line()
    {
        using var content = new TempContent();
        const string File = "moten/2030/2030-01-15.md";
        content.Write(File, Checks.FictionalMeeting.Text("2030-01-15", body: "## Övrigt\n\nVi pratade om klotter.\n\nKan skolgården vara öppen på helgerna?\n"));

        var result = ContentCheck.Run(content.Content, TempContent.Templates);

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(15, warning.Location.Line);
        Assert.StartsWith("frågan 'Kan skolgården vara öppen på helgerna?' har inget svar", warning.Message, StringComparison.Ordinal);

        var output = Path.Combine(content.Root, "site");
        SiteBuild.Succeeding(content.Content, output);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(System.IO.File.ReadAllText(Path.Combine(output, "moten", "2030-01-15", "index.html")));
        var question = page.GetElementById("fraga-kan-skolgarden-vara-oppen-pa-helgerna")!;
        Assert.Equal("Inget svar antecknat", Assert.Single(question.QuerySelectorAll("dd.inget-svar")).TextContent);
        Assert.Null(question.QuerySelector("[itemprop='acceptedAnswer']"));
    }

    // The questions of a fictional meeting with `body`.
    private static IReadOnlyList<Question> Questions(string body)
    {
        using var content = new TempContent();
        content.WriteMeeting("2024-10-02", body: "\n" + body.ReplaceLineEndings("\n") + "\n");
        return Parse(content.Content, "2024-10-02").Questions;
    }

    private static MeetingBody Parse(string contentDirectory, string slug)
    {
        var diagnostics = new DiagnosticBag();
        var meeting = ContentLoader.Load(contentDirectory, diagnostics)!.Meetings.Single(m => m.Slug == slug);
        var body = MeetingBodyParser.Parse(meeting, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.Sorted()));
        return body;
    }
}
