using Trygghetsrad.Site.Cli;
using Trygghetsrad.Site.Config;
using Trygghetsrad.Site.Content;
using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Text;
using Trygghetsrad.Site.Topics;
using Trygghetsrad.Site.Tests.Infrastructure;

namespace Trygghetsrad.Site.Tests.Cli;

/// <summary>
/// The last line of defence: an exception that reaches a command is one line naming the stage (and the file when
/// known), the stack trace only with --verbose, and exit code 2.
/// </summary>
public sealed class FailureReportTests
{
    private static (int Exit, string[] Lines) Guarded(Action action, bool verbose = false)
    {
        var stderr = new StringWriter();
        var exit = SiteCommandLine.Guard(stderr, () =>
        {
            action();
            return 0;
        }, verbose);
        return (exit, stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void A_failure_in_a_parallel_stage_names_the_stage_and_the_file_in_one_line()
    {
        using var content = new TempContent();
        var path = content.WriteMeeting("2021-09-15");
        var meeting = new MeetingParser(new HashSet<string>()).Parse("2021-09-15.md", "2021", File.ReadAllText(path), "content/moten/2021/2021-09-15.md", new DiagnosticBag())!;

        // A meeting without its list of topics breaks the matcher half-way: an internal fault, not the editor's.
        var broken = meeting with { ListedTopics = null! };
        using var analyzer = new SwedishAnalyzer([]);
        var matcher = new TopicMatcher([new TopicDefinition("klotter", "Klotter", "Klotter.", ["klotter"])], analyzer);
        var (exit, lines) = Guarded(() => Parallel.For(0, 4, _ => matcher.Match(broken, MeetingBodyParser.Parse(broken, new DiagnosticBag()))));

        Assert.Equal(SiteCommandLine.InternalError, exit);
        var line = Assert.Single(lines);
        Assert.Matches(@"^error: generatorn stannade när den skulle hitta ämnena \(content/moten/2021/2021-09-15\.md\): ArgumentNullException: [^\n]+\. Kör med --verbose för hela felspåret\. Den förra webbplatsen är orörd\.$", line);
    }

    [Fact]
    public void A_failure_nobody_named_gets_its_stage_from_the_code_it_came_from()
    {
        var (exit, lines) = Guarded(() => Slug.From(null!));

        Assert.Equal(SiteCommandLine.InternalError, exit);
        Assert.StartsWith("error: generatorn stannade när den skulle analysera texten: NullReferenceException: ", Assert.Single(lines), StringComparison.Ordinal);
    }

    [Fact]
    public void The_stack_trace_is_shown_only_with_verbose()
    {
        var (_, lines) = Guarded(() => Slug.From(null!), verbose: true);

        Assert.True(lines.Length > 2);
        Assert.StartsWith("error: generatorn stannade", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.TrimStart().StartsWith("at Trygghetsrad.Site.Text.Slug.From", StringComparison.Ordinal));
    }
}
