using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Trygghetsrad.Site.Tests.Cli;
using Trygghetsrad.Site.Serving;
using Trygghetsrad.Site.Tests.Infrastructure;
using Trygghetsrad.Site.Text;

namespace Trygghetsrad.Site.Tests.Text;

/// <summary>
/// Every count the pages and the command line print agrees with its number: 1 möte, 2 möten; 1 mötesfil,
/// 2 mötesfiler; 1 sida, 2 sidor; 1 fel; 1 varning, 2 varningar.
/// </summary>
public sealed partial class SwedishCountTests
{
    [Theory]
    [InlineData(0, "meeting", "0 möten")]
    [InlineData(1, "meeting", "1 möte")]
    [InlineData(2, "meeting", "2 möten")]
    [InlineData(1, "meeting_file", "1 mötesfil")]
    [InlineData(2, "meeting_file", "2 mötesfiler")]
    [InlineData(1, "page", "1 sida")]
    [InlineData(12, "page", "12 sidor")]
    [InlineData(1, "passage", "1 stycke")]
    [InlineData(2, "passage", "2 stycken")]
    [InlineData(1, "error", "1 fel")]
    [InlineData(3, "error", "3 fel")]
    [InlineData(1, "warning", "1 varning")]
    [InlineData(0, "warning", "0 varningar")]
    [InlineData(1, "method", "1 metod")]
    [InlineData(2, "method", "2 metoder")]
    public void A_count_takes_the_noun_in_the_number_it_needs(int count, string noun, string expected) =>
        Assert.Equal(expected, SwedishCount.Of(count, noun));

    [Fact]
    public void An_unknown_noun_is_refused_rather_than_printed_wrong() =>
        Assert.Throws<ArgumentException>(() => SwedishCount.Of(2, "katt"));

    /// <summary>Each page that prints a count of meetings, and what it says with one and with two meetings.</summary>
    public static TheoryData<string, string, string> PageCounts => new()
    {
        { "index.html", "Alla möten – 1 möte i arkivet", "Alla möten – 2 möten i arkivet" },
        { "index.html", "2024 (1 möte)", "2024 (2 möten)" },
        { "index.html", "Klotter (1 möte)", "Klotter (2 möten)" },
        { "moten/index.html", "1 möte. Välj ett år", "2 möten. Välj ett år" },
        { "moten/2024/index.html", "1 möte, det senaste först.", "2 möten, det senaste först." },
        { "amnen/index.html", "1 möte", "2 möten" },
        { "amnen/klotter/index.html", "1 möte har tagit upp ämnet.", "2 möten har tagit upp ämnet." },
        { "oppna-data/index.html", "innehåller alla publicerade möten, äldst först (just nu 1 möte):", "innehåller alla publicerade möten, äldst först (just nu 2 möten):" },
    };

    [Theory]
    [MemberData(nameof(PageCounts))]
    public void Every_count_on_the_pages_agrees_with_its_number(string page, string one, string two)
    {
        Assert.Contains(one, PageText(1, page), StringComparison.Ordinal);
        Assert.Contains(two, PageText(2, page), StringComparison.Ordinal);
    }

    [Fact]
    public void No_page_of_a_one_meeting_site_puts_a_plural_after_1()
    {
        using var site = Site(1);
        Assert.True(site.Build().Succeeded);
        var pages = site.Pages();
        Assert.True(pages.Count > 8, $"Only {pages.Count} pages were built.");
        foreach (var page in pages)
        {
            Assert.DoesNotMatch(OneWithPlural(), Text(page));
        }
    }

    /// <summary>Each count the command line prints, with one of each thing and with two.</summary>
    public static TheoryData<string, string, string> CommandCounts => new()
    {
        { "build", "sidor från 1 möte till ", "sidor från 2 möten till " },
        { "build", "/ (1 varning).", "/ (2 varningar)." },
        { "build failing", "Bygget misslyckades: 1 fel.", "Bygget misslyckades: 2 fel." },
        { "check", "Granskade 1 mötesfil: 0 fel, 1 varning.", "Granskade 2 mötesfiler: 0 fel, 2 varningar." },
        { "check failing", "Granskade 1 mötesfil: 1 fel, 2 varningar.", "Granskade 2 mötesfiler: 2 fel, 4 varningar." },
        { "serve", "sidor från 1 möte (", "sidor från 2 möten (" },
        { "serve failing", "Webbplatsen kan inte byggas: 1 fel", "Webbplatsen kan inte byggas: 2 fel" },
    };

    [Theory]
    [MemberData(nameof(CommandCounts))]
    public void Every_count_on_the_command_line_agrees_with_its_number(string command, string one, string two)
    {
        Assert.Contains(one, CommandOutput(command, 1), StringComparison.Ordinal);
        Assert.Contains(two, CommandOutput(command, 2), StringComparison.Ordinal);
    }

    // A fictional site with the given number of meetings in 2024, each naming klotter and with one warning (a heading
    // that skips a level), or, when broken, one error (a misspelt key) instead.
    private static ScratchSite Site(int meetings, bool broken = false)
    {
        var site = new ScratchSite();
        for (var i = 1; i <= meetings; i++)
        {
            site.Meeting(
                $"2024-0{i}-10",
                frontMatter: (broken ? "locaton" : "location") + ": Sal 3\nparticipants:\n  - group: Gäster\n    members:\n      - Fiktiv Person\n",
                body: "## Övrigt\n\n#### Klotter\n\nVi pratade om klotter.\n");
        }

        return site;
    }

    private static string PageText(int meetings, string page)
    {
        using var site = Site(meetings);
        Assert.True(site.Build().Succeeded);
        return Text(Path.Combine(site.Output, page));
    }

    private static string Text(string file) =>
        Regex.Replace(new HtmlParser().ParseDocument(File.ReadAllText(file)).Body!.TextContent, @"\s+", " ");

    private static string CommandOutput(string command, int count)
    {
        using var site = Site(count, broken: command.EndsWith("failing", StringComparison.Ordinal));
        var templates = TempContent.Templates;
        switch (command.Split(' ')[0])
        {
            case "serve":
                if (command == "serve failing")
                {
                    var build = site.Build();
                    return ErrorPage.Render(build.Diagnostics);
                }

                using (var log = new StringWriter())
                {
                    using var session = new ServeSession(new ServeOptions(site.Content, templates, 0), log);
                    session.Start();
                    return log.ToString();
                }

            default:
                string[] args = command.StartsWith("build", StringComparison.Ordinal)
                    ? ["build", "--content", site.Content, "--templates", templates, "--output", site.Output]
                    : ["check", "--content", site.Content, "--templates", templates];
                var run = CliRun.Invoke(null, args);
                return run.Stdout + run.Stderr;
        }
    }

    [GeneratedRegex(@"(?<![\d,.])1 (möten|sidor|mötesfiler|varningar|ämnen|träffar)\b")]
    private static partial Regex OneWithPlural();
}
