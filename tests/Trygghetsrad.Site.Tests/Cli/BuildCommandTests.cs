using Trygghetsrad.Site.Content;
using Trygghetsrad.Site.Cli;
using Trygghetsrad.Site.Tests.Infrastructure;

namespace Trygghetsrad.Site.Tests.Cli;

/// <summary>The build command as an editor or CI runs it: exit codes, messages, and a previous site left alone on failure.</summary>
public sealed class BuildCommandTests : IDisposable
{
    private readonly TempContent _temp = new(withRealMeeting: true);

    public void Dispose() => _temp.Dispose();

    private (int Exit, string Out, string Err) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = SiteCommandLine.Create(stdout, stderr).Parse(args).Invoke(new() { Output = stdout, Error = stderr });
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private string[] BuildArgs(string output) =>
        ["build", "--content", _temp.Content, "--templates", TempContent.Templates, "--output", output];

    [Fact]
    public void Help_describes_the_build_options()
    {
        var (exit, output, _) = Run("build", "--help");
        Assert.Equal(0, exit);
        foreach (var option in new[] { "--content", "--templates", "--output", "--base-path" })
        {
            Assert.Contains(option, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_second_build_replaces_the_site_whole_and_leaves_nothing_beside_it()
    {
        var output = Path.Combine(_temp.Root, "_site");
        _temp.WriteMeeting("2021-10-20", body: "\n## Inledning\n\nEtt fiktivt möte som tas bort igen.\n");
        Assert.Equal(0, Run(BuildArgs(output)).Exit);
        Assert.True(File.Exists(Path.Combine(output, "moten", "2021-10-20", "index.html")));

        File.Delete(Path.Combine(_temp.Content, "moten", "2021", "2021-10-20.md"));
        var (exit, _, stderr) = Run(BuildArgs(output));
        Assert.True(exit == 0, stderr);

        Assert.False(Directory.Exists(Path.Combine(output, "moten", "2021-10-20")));
        Assert.Equal(["_site", "content"], Directory.GetDirectories(_temp.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Successful_build_exits_zero_and_says_what_it_wrote()
    {
        var output = Path.Combine(_temp.Root, "_site");
        var (exit, stdout, stderr) = Run(BuildArgs(output));
        Assert.True(exit == 0, stderr);
        Assert.Contains("från 1 möte till", stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, "moten", "2021-09-15", "index.html")));
    }

    [Fact]
    public void Content_errors_exit_one_list_every_problem_and_leave_the_previous_site_untouched()
    {
        var output = Path.Combine(_temp.Root, "_site");
        Assert.Equal(0, Run(BuildArgs(output)).Exit);
        var before = SiteBuild.Files(output);

        _temp.WriteMeeting("2021-11-17", "locaton: A\n");
        _temp.Write("moten/2021/2021-12-01.md", "---\ndate: 2021-12-01\n");
        var (exit, _, stderr) = Run(BuildArgs(output));

        Assert.Equal(1, exit);
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.EndsWith("2021-11-17.md:4:1: error: okänd nyckel 'locaton' i mötets fält – menade du 'location'? Tillåtna nycklar: " + string.Join(", ", MeetingKeys.Names), StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("2021-12-01.md:1:1: error: fälten som börjar med '---' på rad 1 avslutas aldrig", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.Contains("Bygget misslyckades: 2 fel.", stderr, StringComparison.Ordinal);

        var after = SiteBuild.Files(output);
        Assert.Equal(before.Keys, after.Keys);
        Assert.All(before, kv => Assert.True(kv.Value.AsSpan().SequenceEqual(after[kv.Key])));
        // No temporary folder is left behind.
        Assert.Equal(["_site", "content"], Directory.GetDirectories(_temp.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Drafts_are_never_published()
    {
        _temp.WriteMeeting("2021-10-20", "draft: true\n", "\n## Inledning\n\nHemligt utkast om klotter.\n");
        var output = Path.Combine(_temp.Root, "_site");
        Assert.Equal(0, Run(BuildArgs(output)).Exit);

        Assert.False(Directory.Exists(Path.Combine(output, "moten", "2021-10-20")));
        foreach (var file in Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain("2021-10-20", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Hemligt utkast", text, StringComparison.Ordinal);
        }
    }
}
