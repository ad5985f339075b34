using Trygghetsrad.Site.Cli;
using Trygghetsrad.Site.Tests.Infrastructure;

namespace Trygghetsrad.Site.Tests.Cli;

/// <summary>
/// The generator runs from any folder: given the content folder, it finds the templates beside it; without the
/// folders it needs, it says in one line to run it from the project's root or to name the folder.
/// </summary>
public sealed class FolderTests : IDisposable
{
    private const string RunFromRoot = "kör kommandot i projektets rotmapp (där mapparna content och templates ligger)";
    private static readonly string Generator = Path.Combine(AppContext.BaseDirectory, "Trygghetsrad.Site.dll");
    private readonly TempContent _temp = new(withRealMeeting: true);

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Given_the_content_folder_the_templates_beside_it_are_used()
    {
        _temp.CopyTemplates();
        var output = Path.Combine(_temp.Root, "_site");

        var build = CliRun.Invoke(null, "build", "--content", _temp.Content, "--output", output);
        var check = CliRun.Invoke(null, "check", "--content", _temp.Content);

        Assert.True(build.ExitCode == 0, build.Stderr);
        Assert.True(File.Exists(Path.Combine(output, "moten", "2021-09-15", "index.html")));
        Assert.True(check.ExitCode == 0, check.Stdout);
    }

    [Theory]
    [InlineData("build")]
    [InlineData("check")]
    [InlineData("serve")]
    public void Without_templates_beside_the_content_folder_one_line_says_what_to_do(string command)
    {
        var templates = Path.Combine(_temp.Root, "templates");

        var run = CliRun.Invoke(null, command, "--content", _temp.Content);

        Assert.Equal(SiteCommandLine.ContentErrors, run.ExitCode);
        Assert.Equal(
            [$"error: mallmappen '{templates}' finns inte – {RunFromRoot} eller ange mallmappen med --templates"],
            Lines(run.Stdout + run.Stderr));
    }

    [Theory]
    [InlineData("build")]
    [InlineData("check")]
    [InlineData("serve")]
    [InlineData("new")]
    public void A_missing_content_folder_is_one_line_that_says_what_to_do(string command)
    {
        var missing = Path.Combine(_temp.Root, "finns-inte");

        var run = CliRun.Invoke(null, command, "--content", missing);

        Assert.Equal(SiteCommandLine.ContentErrors, run.ExitCode);
        Assert.Equal(
            [$"error: innehållsmappen '{missing}' finns inte – {RunFromRoot} eller ange innehållsmappen med --content"],
            Lines(run.Stdout + run.Stderr));
    }

    [Theory]
    [InlineData("build")]
    [InlineData("check")]
    public void Run_from_another_folder_the_generator_says_in_one_line_to_run_it_from_the_project_root(string command)
    {
        // The folder has neither content/ nor templates/.
        var elsewhere = Directory.CreateDirectory(Path.Combine(_temp.Root, "annan-mapp")).FullName;

        var (exitCode, stdout, stderr) = ChildProcess.Run(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", [Generator, command], elsewhere);

        Assert.Equal(SiteCommandLine.ContentErrors, exitCode);
        Assert.Equal([$"error: innehållsmappen 'content' finns inte – {RunFromRoot} eller ange innehållsmappen med --content"], Lines(stdout + stderr));
    }

    private static string[] Lines(string text) => text.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
