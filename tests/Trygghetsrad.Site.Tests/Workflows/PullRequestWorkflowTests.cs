using AngleSharp.Dom;
using Trygghetsrad.Site.Tests.Infrastructure;
using Trygghetsrad.Site.Tests.Review;
using YamlDotNet.RepresentationModel;
using static Trygghetsrad.Site.Tests.Workflows.WorkflowFile;

namespace Trygghetsrad.Site.Tests.Workflows;

/// <summary>
/// The pull request's checks as an editor meets them: <c>check</c> in a job of its own that gets only the shipped
/// generator, the tests beside it, a read-only token, and summaries that say what each outcome means. The steps'
/// scripts run here as the runner runs them (bash -e -o pipefail), with the variables GitHub would give them.
/// </summary>
public sealed class PullRequestWorkflowTests : IDisposable
{
    private const string GetGenerator = "./.github/actions/hamta-generatorn";

    private static readonly WorkflowFile Workflow = Read(".github/workflows/pull-request.yml");

    private readonly string _folder = Directory.CreateTempSubdirectory("trygghetsrad-workflow-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Check_has_a_job_of_its_own_that_gets_only_the_shipped_generator()
    {
        var check = Workflow.Jobs["check"];

        Assert.False(check.Children.ContainsKey("needs"));
        Assert.Equal(["actions/checkout@v6", GetGenerator, null], Workflow.Steps("check").Select(s => Value(s, "uses")));
        var getting = string.Join('\n', Read(".github/actions/hamta-generatorn/action.yml").Steps().Select(s => Value(s, "run")).OfType<string>());
        Assert.Contains("$(scripts/arkiv.sh --path)", getting, StringComparison.Ordinal);
        Assert.DoesNotContain("dotnet", getting, StringComparison.Ordinal);
        Assert.DoesNotContain("test", getting, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("GENERATOR=", getting, StringComparison.Ordinal);
    }

    [Fact]
    public void The_tests_and_the_preview_run_beside_check_and_the_result_waits_for_all()
    {
        var jobs = Workflow.Jobs;

        Assert.All(new[] { "check", "preview", "test" }, job => Assert.False(jobs[job].Children.ContainsKey("needs")));
        Assert.Contains(Workflow.Steps("test"), s => Value(s, "run")?.StartsWith("scripts/test.sh", StringComparison.Ordinal) == true);
        Assert.Equal(["check", "preview", "test"], ((YamlSequenceNode)jobs["result"]["needs"]).Children.Select(n => n.ToString()));
        Assert.Equal("${{ always() }}", Value(jobs["result"], "if"));
    }

    [Theory]
    [InlineData(".github/workflows/pull-request.yml")]
    [InlineData(".github/workflows/publish.yml")]
    public void Every_job_gets_the_generator_in_one_named_step(string path)
    {
        var workflow = Read(path);
        foreach (var job in workflow.Jobs.Keys)
        {
            var steps = workflow.Steps(job);
            var first = steps.ToList().FindIndex(s => Value(s, "run")?.Contains("$GENERATOR", StringComparison.Ordinal) == true);
            var getting = steps.Where(s => Value(s, "uses") == GetGenerator).ToList();
            Assert.True(first < 0 || (getting.Count == 1 && steps.ToList().IndexOf(getting[0]) < first), $"{path}: job {job} runs the generator without one step that gets it first");
            Assert.All(getting, s => Assert.Equal("Hämta generatorn", Value(s, "name")));
            Assert.DoesNotContain(steps, s => Value(s, "run")?.Contains("dotnet build src/Trygghetsrad.Site", StringComparison.Ordinal) == true);
        }
    }

    [Fact]
    public void The_workflow_only_reads_so_that_it_runs_for_forks_too()
    {
        Assert.Equal(["pull_request"], ((YamlMappingNode)Workflow.Root["on"]).Children.Keys.Select(k => k.ToString()));
        Assert.Equal(new Dictionary<string, string> { ["contents"] = "read" }, Map(Workflow.Root, "permissions"));
        Assert.All(Workflow.Jobs.Values, job => Assert.Empty(Map(job, "permissions")));
    }

    [Fact]
    public void Check_is_given_the_meeting_files_the_pull_request_adds_or_changes()
    {
        var (code, arguments, _) = RunCheckStep(0);

        Assert.Equal(0, code);
        Assert.Equal(
            ["check", "--summary", Path.Combine(_folder, "summary.md"), "--changed", "content/moten/2030/2030-01-15.md", "--changed", "content/moten/2030/2030-03-12 extra.md"],
            arguments);
    }

    [Theory]
    [InlineData(1, "content_errors=true\n")]
    [InlineData(2, "")]
    [InlineData(134, "")]
    public void Only_check_s_content_errors_are_reported_as_the_content_s(int exit, string output)
    {
        var (code, _, outputs) = RunCheckStep(exit);

        Assert.Equal((exit, output), (code, outputs));
    }

    // The check step in a repository whose last commit changes, adds and removes meeting files and changes other
    // files, with a generator that records its arguments and exits with <paramref name="exit"/>.
    private (int Code, string[] Arguments, string Outputs) RunCheckStep(int exit)
    {
        Write("content/moten/2030/2030-01-15.md", "före");
        Write("content/moten/2030/2030-02-12.md", "tas bort");
        Write("content/topics.yml", "före");
        Git("init", "-q");
        Commit("bas");
        Write("content/moten/2030/2030-01-15.md", "efter");
        Write("content/moten/2030/2030-03-12 extra.md", "ny");
        File.Delete(Path.Combine(_folder, "content/moten/2030/2030-02-12.md"));
        Write("content/topics.yml", "efter");
        Write("docs/annat.md", "ny");
        Commit("ändring");
        var generator = Write("generator", $"#!/bin/sh\nprintf '%s\\n' \"$@\" > \"$ARGUMENTS\"\nexit {exit}\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(generator, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var arguments = Path.Combine(_folder, "argument.txt");
        var outputs = Write("outputs.txt", "");
        var (code, _, _) = RunStep("check", "Granska innehållet (check)", new() { ["GENERATOR"] = generator, ["ARGUMENTS"] = arguments, ["GITHUB_OUTPUT"] = outputs });
        return (code, File.ReadAllLines(arguments), File.ReadAllText(outputs));
    }

    [Theory]
    [InlineData("failure", "true", "success", "false", "success", "Innehållet har fel.", "Granska innehållet", "misslyckades", "Innehållet har fel. De står på raderna under Files changed")]
    [InlineData("failure", "", "success", "false", "success", "Generatorn har ett fel – det är inte ditt fel.", "Granska innehållet", "misslyckades", "Granskningen kunde inte köras, fast innehållet inte är orsaken")]
    [InlineData("success", "", "success", "true", "failure", "Generatorn har ett fel – det är inte ditt fel.", "Testa generatorn", "misslyckades", "Generatorn själv är trasig. Det är inte ditt fel")]
    [InlineData("success", "", "failure", "", "success", "Generatorn har ett fel – det är inte ditt fel.", "Förhandsvisning", "misslyckades", "Förhandsvisningen kunde inte byggas, fast innehållet inte är orsaken.")]
    [InlineData("cancelled", "", "cancelled", "", "cancelled", "Granskningen blev inte klar.", "Testa generatorn", "avbröts", "Avbröts, oftast för att en nyare ändring")]
    [InlineData("failure", "true", "success", "false", "skipped", "Innehållet har fel.", "Testa generatorn", "kördes inte", "Jobbet kördes inte.")]
    [InlineData("failure", "true", "success", "false", "failure", "Innehållet har fel.", "Testa generatorn", "misslyckades", "Generatorn själv är trasig.")]
    public void The_result_says_which_job_failed_and_what_that_means(string check, string contentErrors, string preview, string built, string test, string headline, string job, string result, string meaning)
    {
        var (code, summary) = Result(check, contentErrors, preview, built, test);

        Assert.Equal(1, code);
        Assert.Equal(headline, summary.QuerySelector("p strong")!.Text());
        var row = summary.QuerySelectorAll("tbody tr").Select(r => r.Children.Select(c => c.Text()).ToArray()).Single(r => r[0] == job);
        Assert.Equal(result, row[1]);
        Assert.StartsWith(meaning, row[2], StringComparison.Ordinal);
    }

    [Fact]
    public void When_every_job_succeeded_the_result_passes_and_points_to_the_preview()
    {
        var (code, summary) = Result("success", "", "success", "true", "success");

        Assert.Equal(0, code);
        Assert.Equal("Allt gick igenom.", summary.QuerySelector("p strong")!.Text());
        Assert.Equal(["klart", "klart", "klart"], summary.QuerySelectorAll("tbody tr").Select(r => r.Children[1].Text()));
        Assert.Contains(summary.QuerySelectorAll("td"), c => c.Text() == "Förhandsvisningen finns att ladda ner under Förhandsvisning.");
    }

    [Fact]
    public void The_preview_summary_says_how_to_open_it_and_that_search_needs_a_server()
    {
        var comparison = Write("jamforelse.md", "## Sidor som tillkommer, ändras eller tas bort\n\nJämfört med webbplatsen före ändringen …\n");
        const string Url = "https://github.com/hallstahammar/trygghetsradet/actions/runs/1/artifacts/2";

        var summary = PreviewSummary(new() { ["BUILT"] = "true", ["ARTIFACT_URL"] = Url, ["COMPARISON"] = comparison });

        var link = Assert.Single(summary.QuerySelectorAll("a"));
        Assert.Equal((Url, "förhandsvisningen som zip-fil"), (link.GetAttribute("href"), link.Text()));
        var steps = summary.QuerySelectorAll("ol li").Select(li => li.Text()).ToList();
        Assert.StartsWith("Packa upp zip-filen.", steps[1], StringComparison.Ordinal);
        Assert.Equal("Öppna filen index.html i den uppackade mappen. Den öppnas i webbläsaren; ingen webbserver behövs.", steps[2]);
        Assert.Contains(summary.QuerySelectorAll("p"), p => p.Text().StartsWith("Sökningen fungerar inte när sidorna öppnas som filer", StringComparison.Ordinal));
        Assert.Contains(summary.QuerySelectorAll("h2"), h => h.Text() == "Sidor som tillkommer, ändras eller tas bort");
    }

    [Theory]
    [InlineData("false", "Ingen förhandsvisning än: innehållet har fel.")]
    [InlineData("", "Förhandsvisningen kunde inte byggas, fast innehållet inte är orsaken")]
    public void Without_a_preview_the_summary_says_why(string built, string why)
    {
        var summary = PreviewSummary(new() { ["BUILT"] = built, ["ARTIFACT_URL"] = "", ["COMPARISON"] = Path.Combine(_folder, "saknas.md") });

        Assert.StartsWith(why, summary.QuerySelectorAll("p")[0].Text(), StringComparison.Ordinal);
        Assert.Empty(summary.QuerySelectorAll("a, ol"));
    }

    private (int Code, IDocument Summary) Result(string check, string contentErrors, string preview, string built, string test)
    {
        var (code, _, stderr) = RunStep("result", "Vad resultatet betyder", new() { ["CHECK"] = check, ["CONTENT_ERRORS"] = contentErrors, ["PREVIEW"] = preview, ["PREVIEW_BUILT"] = built, ["TEST"] = test });
        Assert.Equal("", stderr);
        return (code, Summary());
    }

    private IDocument PreviewSummary(Dictionary<string, string> environment)
    {
        var (code, _, stderr) = RunStep("preview", "Sammanfattning", environment);
        Assert.True(code == 0, stderr);
        return Summary();
    }

    private IDocument Summary() => RenderedMarkdown.Parse(File.ReadAllText(Path.Combine(_folder, "summary.md")));

    // Runs the step's script as the runner does (the workflow's default shell), in the test's folder.
    private (int Code, string Stdout, string Stderr) RunStep(string job, string step, Dictionary<string, string> environment)
    {
        Assert.Equal("bash", ((YamlScalarNode)Workflow.Root["defaults"]["run"]["shell"]).Value);
        environment["GITHUB_STEP_SUMMARY"] = Path.Combine(_folder, "summary.md");
        return Run(Workflow.Step(job, step), _folder, environment);
    }

    private string Write(string path, string text)
    {
        var file = Path.Combine(_folder, path);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text);
        return file;
    }

    private void Commit(string message)
    {
        Git("add", "-A");
        Git("-c", "user.name=Test", "-c", "user.email=test@example.invalid", "commit", "-q", "-m", message);
    }

    private void Git(params string[] arguments)
    {
        var (code, _, stderr) = ChildProcess.Run("git", arguments, _folder);
        Assert.True(code == 0, stderr);
    }
}
