using Trygghetsrad.Site.Cli;
using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Tests.Checks;
using Trygghetsrad.Site.Tests.Infrastructure;

namespace Trygghetsrad.Site.Tests.Cli;

public sealed class CheckCommandTests : IDisposable
{
    private const string File = "moten/2030/2030-01-15.md";
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    private string[] Args => ["check", "--content", _content.Content, "--templates", Path.Combine(RepositoryRoot.Path, "templates")];

    [Fact]
    public void Clean_content_exits_0_with_a_summary()
    {
        _content.Write(File, FictionalMeeting.Text("2030-01-15"));
        var run = CliRun.Invoke(null, Args);
        Assert.Equal((0, "Granskade 1 mötesfil: 0 fel, 0 varningar.\n"), (run.ExitCode, run.Stdout));
    }

    [Fact]
    public void Errors_exit_1_and_print_compiler_style_lines_without_annotations_outside_actions()
    {
        _content.Write(File, FictionalMeeting.Text("2030-01-15", body: "## Övrigt\n\nKlotter. Ring 070-123 45 67.\n"));
        var run = CliRun.Invoke(null, Args);
        Assert.Equal(SiteCommandLine.ContentErrors, run.ExitCode);
        var lines = run.Stdout.TrimEnd('\n').Split('\n');
        Assert.StartsWith($"{FictionalMeeting.Shown(_content, File)}:13:15: error: '070-123 45 67' ser ut som ett telefonnummer", lines[0], StringComparison.Ordinal);
        Assert.Equal("Granskade 1 mötesfil: 1 fel, 0 varningar.", lines[1]);
        Assert.DoesNotContain("::error", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void In_github_actions_each_diagnostic_is_also_a_workflow_command()
    {
        _content.Write(File, FictionalMeeting.Text("2030-01-15", "topics:\n  - samverkan\n", "## Övrigt\n\nKlotter. Ring 070-123 45 67.\n"));
        var run = CliRun.Invoke(new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true" }, Args);
        var file = FictionalMeeting.Shown(_content, File).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
        Assert.Contains($"::warning file={file},line=10,col=5::ämnet 'samverkan' står i topics men nämns aldrig i anteckningarna (sökord: samverkan, samarbete) – skriv om det i texten eller ta bort det ur listan\n", run.Stdout, StringComparison.Ordinal);
        Assert.Contains($"::error file={file},line=15,col=15::'070-123 45 67' ser ut som ett telefonnummer", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Annotation_escapes_newlines_percent_and_property_separators()
    {
        var diagnostic = Diagnostic.Error(new SourceLocation("moten/a,b:c.md", 3, 7), "100% fel\nrad två");
        Assert.Equal("::error file=moten/a%2Cb%3Ac.md,line=3,col=7::100%25 fel%0Arad två", GitHubAnnotations.Format(diagnostic));
        Assert.Equal("::warning file=x.md,line=1,col=1::obs", GitHubAnnotations.Format(Diagnostic.Warning(SourceLocation.StartOf("x.md"), "obs")));
    }

    [Fact]
    public void Missing_content_folder_is_an_error()
    {
        var run = CliRun.Invoke(null, "check", "--content", Path.Combine(_content.Root, "nope"));
        Assert.Equal(SiteCommandLine.ContentErrors, run.ExitCode);
        Assert.StartsWith($"error: innehållsmappen '{Path.Combine(_content.Root, "nope")}' finns inte – kör kommandot i projektets rotmapp", run.Stdout, StringComparison.Ordinal);
    }
}

public sealed class EditorCommandHelpTests
{
    [Theory]
    [InlineData("check", "--content", "--templates")]
    [InlineData("new", "DATUM", "--content")]
    [InlineData("serve", "--port", "--base-path")]
    public void Each_editor_command_has_help(string command, string first, string second)
    {
        var run = CliRun.Invoke(null, command, "--help");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains(first, run.Stdout, StringComparison.Ordinal);
        Assert.Contains(second, run.Stdout, StringComparison.Ordinal);
    }
}
