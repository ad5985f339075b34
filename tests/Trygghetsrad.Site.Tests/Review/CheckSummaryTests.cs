using AngleSharp.Dom;
using Trygghetsrad.Site.Checks;
using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Review;
using Trygghetsrad.Site.Tests.Cli;
using Trygghetsrad.Site.Tests.Infrastructure;

namespace Trygghetsrad.Site.Tests.Review;

/// <summary>
/// The pull request's summary from <c>check --summary</c>: the findings by file and line, and each changed meeting as
/// the public will see it — its fact box, its sections with their anchors, its topics with the passages that name them.
/// </summary>
public sealed class CheckSummaryTests : IDisposable
{
    private const string File = "moten/2030/2030-03-12.md";

    private const string Meeting = """
        ---
        # Fiktivt möte för tester av pull requestens sammanfattning; alla namn är påhittade.
        date: 2030-03-12
        start: "17:30"
        end: "19:00"
        location: Kommunhuset, sal 3
        participants:
          - group: Förtroendevalda
            members:
              - Fiktiv Förtroendevald (X)
              - Påhittad Politiker (Y)
          - members:
              - Exempel Exempelsson, samordnare
        topics:
          - samverkan
        next_meeting:
          date: 2030-05-14
          start: "17:30"
          location: Digitalt via Teams
        note_taker: Exempel Exempelsson
        source: Fiktiva anteckningar, skrivna för testet
        draft: true
        ---

        ## Inledning

        Mötet öppnas.

        ## Lägesbild

        Klottret vid busshållplatsen är sanerat.

        Polisen ser mindre motorburen ungdom i centrum.

        ## Övrigt

        """;

    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void The_fact_box_shows_what_the_meeting_page_shows()
    {
        var items = Items(SummaryOf(Meeting));

        Assert.Contains("Datum: tisdag 12 mars 2030", items);
        Assert.Contains("Tid: kl. 17.30–19.00", items);
        Assert.Contains("Plats: Kommunhuset, sal 3", items);
        Assert.Contains("Vid tangenterna: Exempel Exempelsson", items);
        Assert.Contains("Källa: Fiktiva anteckningar, skrivna för testet", items);
        Assert.Contains("Förtroendevalda: Fiktiv Förtroendevald (X); Påhittad Politiker (Y)", items);
        Assert.Contains("Övriga deltagare: (utan gruppnamn i anteckningarna) Exempel Exempelsson, samordnare", items);
        Assert.Contains(items, i => i.StartsWith("Nästa möte: tisdag 14 maj 2030 kl. 17.30", StringComparison.Ordinal) && i.EndsWith("Digitalt via Teams", StringComparison.Ordinal));
    }

    [Fact]
    public void The_meeting_is_named_with_its_file_page_and_draft_state()
    {
        var summary = SummaryOf(Meeting);

        Assert.Contains(summary.QuerySelectorAll("h3"), h => h.Text() == "Trygghetsråd 12 mars 2030");
        Assert.Contains(summary.QuerySelectorAll("p"), p => p.Text() == $"Filen {Shown} blir sidan /moten/2030-03-12/.");
        Assert.Contains(summary.QuerySelectorAll("blockquote"), q => q.Text().StartsWith("Utkast – publiceras inte.", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_section_has_its_anchor_and_the_link_editors_write()
    {
        var items = Items(SummaryOf(Meeting));

        Assert.Contains("Inledning – ankaret #inledning, länka hit med /moten/2030-03-12/#inledning", items);
        Assert.Contains("Lägesbild – ankaret #lagesbild, länka hit med /moten/2030-03-12/#lagesbild", items);
        Assert.Contains("Övrigt – ankaret #ovrigt, länka hit med /moten/2030-03-12/#ovrigt", items);
    }

    [Fact]
    public void Topics_show_their_passages_with_the_matched_words_marked()
    {
        var summary = SummaryOf(Meeting);

        var klotter = TopicItem(summary, "Klotter");
        Assert.StartsWith("Klotter (1 stycke):", klotter.Text(), StringComparison.Ordinal);
        var passage = Assert.Single(klotter.QuerySelectorAll("li"));
        Assert.Equal("Lägesbild (#lagesbild): Klottret vid busshållplatsen är sanerat.", passage.Text());
        Assert.Equal(["Lägesbild", "Klottret"], passage.QuerySelectorAll("em, strong").Select(e => e.Text()));

        var motorburen = Assert.Single(TopicItem(summary, "Motorburen ungdom").QuerySelectorAll("li"));
        Assert.Equal("motorburen ungdom", motorburen.QuerySelector("strong")!.Text());

        Assert.StartsWith("Samverkan: står i topics men nämns inte i texten", TopicItem(summary, "Samverkan").Text(), StringComparison.Ordinal);
    }

    [Fact]
    public void Warnings_are_listed_under_their_file_by_line_and_column()
    {
        var summary = SummaryOf(Meeting);

        var file = Assert.Single(summary.QuerySelectorAll("h4"), h => h.Text() == Shown);
        var rows = file.NextElementSibling!.QuerySelectorAll("tbody tr").Select(r => r.Children.Select(c => c.Text()).ToArray()).ToList();
        Assert.Contains(rows, r => r[..3].SequenceEqual([Line("- samverkan").ToString(), "5", "varning"]) && r[3].StartsWith("ämnet 'samverkan' står i topics men nämns aldrig", StringComparison.Ordinal));
        Assert.Contains(rows, r => r[..3].SequenceEqual([Line("draft:").ToString(), "1", "varning"]) && r[3].StartsWith("mötet är ett utkast", StringComparison.Ordinal));
        Assert.Contains(rows, r => r[..3].SequenceEqual([Line("## Övrigt").ToString(), "1", "varning"]) && r[3].StartsWith("punkten 'Övrigt' är tom", StringComparison.Ordinal));
        Assert.Contains(summary.QuerySelectorAll("p"), p => p.Text() == "Granskade 1 mötesfil: 0 fel, 3 varningar.");
    }

    [Fact]
    public void Errors_say_that_nothing_is_published_and_where_they_are()
    {
        var summary = SummaryOf(Meeting.Replace("Mötet öppnas.", "Mötet öppnas. Ring 070-123 45 67.", StringComparison.Ordinal));

        Assert.Contains(summary.QuerySelectorAll("p"), p => p.Text() == "Granskade 1 mötesfil: 1 fel, 3 varningar.");
        Assert.Contains(summary.QuerySelectorAll("p strong"), s => s.Text() == "Innehållet har fel, och inget publiceras förrän de är rättade.");
        Assert.Contains(summary.QuerySelectorAll("tbody tr"), r => r.Children[0].Text() == Line("Mötet öppnas.").ToString() && r.Children[2].Text() == "fel");
        Assert.Contains("Datum: tisdag 12 mars 2030", Items(summary));
    }

    [Fact]
    public void Files_that_are_no_meeting_are_named_with_what_became_of_them()
    {
        _content.Write(File, Meeting);
        var broken = _content.Write("moten/2030/2030-04-09.md", "ingen framsida\n");
        var gone = Path.Combine(_content.Content, "moten", "2030", "2030-02-12.md");

        var summary = Summary(File, broken, gone);

        Assert.Contains(summary.QuerySelectorAll("h3"), h => h.Text() == DisplayPath.For(broken) && h.NextElementSibling!.Text().StartsWith("Mötet kan inte visas", StringComparison.Ordinal));
        Assert.Contains(summary.QuerySelectorAll("h3"), h => h.Text() == DisplayPath.For(gone) && h.NextElementSibling!.Text().StartsWith("Filen finns inte längre", StringComparison.Ordinal));
        Assert.Contains(summary.QuerySelectorAll("h3"), h => h.Text() == "Trygghetsråd 12 mars 2030");
    }

    [Fact]
    public void Without_changed_meetings_the_summary_says_so()
    {
        _content.Write(File, Meeting);

        var summary = Summary();

        Assert.Contains(summary.QuerySelectorAll("h2"), h => h.Text() == "Ändrade möten" && h.NextElementSibling!.Text() == "Pull requesten ändrar inga mötesfiler.");
        Assert.DoesNotContain(summary.QuerySelectorAll("h3"), h => h.Text() == "Trygghetsråd 12 mars 2030");
    }

    [Fact]
    public void Editors_text_shows_as_written_and_never_as_markup()
    {
        const string Place = "Sal | 3 [klicka](https://exempel.invalid) `kod` <img src=x onerror=alert(1)> **fet** _kursiv_ # & \\";
        const string Heading = "Punkt | 3 & # < slut";
        var hostile = Meeting
            .Replace("location: Kommunhuset, sal 3", $"location: '{Place}'", StringComparison.Ordinal)
            .Replace("Fiktiv Förtroendevald (X)", "'Fiktiv | Förtroendevald ]('", StringComparison.Ordinal)
            .Replace("## Övrigt", $"## {Heading}", StringComparison.Ordinal)
            .Replace("Klottret vid busshållplatsen är sanerat.", "Klottret | vid hållplatsen är [sanerat] & 5 * 3 < 4.", StringComparison.Ordinal);

        var summary = SummaryOf(hostile);

        Assert.Empty(summary.QuerySelectorAll("a, img, script, b"));
        Assert.All(summary.QuerySelectorAll("code"), c => Assert.DoesNotContain("kod", c.TextContent, StringComparison.Ordinal));
        Assert.All(summary.QuerySelectorAll("tr"), r => Assert.Equal(4, r.Children.Length));
        var items = Items(summary);
        Assert.Contains($"Plats: {Place}", items);
        Assert.Contains("Förtroendevalda: Fiktiv | Förtroendevald ](; Påhittad Politiker (Y)", items);
        Assert.Contains(items, i => i.StartsWith($"{Heading} – ankaret #", StringComparison.Ordinal));
        Assert.Contains(summary.QuerySelectorAll("td"), c => c.Text().StartsWith($"punkten '{Heading}' är tom", StringComparison.Ordinal));
        Assert.Contains("Lägesbild (#lagesbild): Klottret | vid hållplatsen är [sanerat] & 5 * 3 < 4.", items);
    }

    [Fact]
    public void Questions_show_with_their_anchor_and_answers_or_that_none_is_recorded()
    {
        var summary = SummaryOf(Meeting.Replace("## Övrigt\n", """
            ## Övrigt

            Finns det planer på fler gatlampor vid skolan?

            Svar från kommunen: Ja, fyra nya lampor sätts upp i vår.

            Kan parkeringen stängas nattetid?

            """, StringComparison.Ordinal));

        var list = summary.QuerySelectorAll("h4").Single(h => h.Text() == "Frågor");
        Assert.Equal("2 frågor, varav 1 fråga utan antecknat svar.", list.NextElementSibling!.Text());
        var questions = list.NextElementSibling!.NextElementSibling!.Children.ToList();
        Assert.Equal(2, questions.Count);
        Assert.StartsWith("Finns det planer på fler gatlampor vid skolan? (#fraga-", Items(summary).Single(i => i.StartsWith("Finns det", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Equal(["Svar från kommunen: Ja, fyra nya lampor sätts upp i vår."], questions[0].QuerySelectorAll("li").Select(li => li.Text()));
        Assert.Equal(["Inget svar antecknat"], questions[1].QuerySelectorAll("li").Select(li => li.Text()));
    }

    [Fact]
    public void A_meeting_without_questions_says_what_a_question_is()
    {
        var list = SummaryOf(Meeting).QuerySelectorAll("h4").Single(h => h.Text() == "Frågor");

        Assert.StartsWith("Inga frågor hittades", list.NextElementSibling!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_writes_the_summary_to_the_file_it_is_given()
    {
        var path = _content.Write(File, Meeting);
        var file = Path.Combine(_content.Root, "sammanfattning.md");

        var run = CliRun.Invoke(null, "check", "--content", _content.Content, "--templates", TempContent.Templates, "--summary", file, "--changed", path);

        Assert.Equal((0, "Granskade 1 mötesfil: 0 fel, 3 varningar.\n"), (run.ExitCode, run.Stdout[run.Stdout.IndexOf("Granskade", StringComparison.Ordinal)..]));
        var summary = RenderedMarkdown.Parse(System.IO.File.ReadAllText(file));
        Assert.Contains(summary.QuerySelectorAll("h3"), h => h.Text() == "Trygghetsråd 12 mars 2030");
    }

    private string Shown => DisplayPath.For(Path.Combine(_content.Content, File));

    private IDocument SummaryOf(string meeting)
    {
        _content.Write(File, meeting);
        return Summary(File);
    }

    private IDocument Summary(params string[] changed)
    {
        var result = ContentCheck.Run(_content.Content, TempContent.Templates);
        var markdown = new StringWriter { NewLine = "\n" };
        new CheckSummary(result).Write([.. changed.Select(c => Path.Combine(_content.Content, c))], markdown);
        return RenderedMarkdown.Parse(markdown.ToString());
    }

    // Every list item's own text, nested lists left out.
    private static List<string> Items(IDocument summary) =>
        [.. summary.QuerySelectorAll("li").Select(li => RenderedMarkdown.Words(string.Concat(li.ChildNodes.Where(n => n is not IElement { TagName: "UL" }).Select(n => n.TextContent))))];

    private static IElement TopicItem(IDocument summary, string topic) =>
        summary.QuerySelectorAll("h4").Single(h => h.Text() == "Ämnen").NextElementSibling!.Children.Single(li => li.QuerySelector("strong")!.Text() == topic);

    // The line of the meeting file that starts with <paramref name="start"/>, after its indentation.
    private int Line(string start) =>
        1 + System.IO.File.ReadAllLines(Path.Combine(_content.Content, File)).ToList().FindIndex(l => l.TrimStart().StartsWith(start, StringComparison.Ordinal));
}
