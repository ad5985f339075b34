using System.Diagnostics;
using Trygghetsrad.Site.Output;
using Trygghetsrad.Site.Tests.Cli;
using Trygghetsrad.Site.Tests.Infrastructure;

namespace Trygghetsrad.Site.Tests.Output;

/// <summary>
/// An output folder that cannot be written ends a build with exit code 2 and one Swedish line, before anything
/// of the previous site is touched; folders that killed builds left beside the output are cleaned up.
/// </summary>
public sealed class OutputFaultTests : IDisposable
{
    private readonly TempContent _temp = new(withRealMeeting: true);

    public void Dispose() => _temp.Dispose();

    private string Output => Path.Combine(_temp.Root, "_site");

    private CliRun Build(string output) =>
        CliRun.Invoke(null, "build", "--content", _temp.Content, "--templates", TempContent.Templates, "--output", output);

    private static void AssertOneSwedishLine(CliRun run, string reason)
    {
        Assert.True(run.ExitCode == 2, run.Stdout + run.Stderr);
        var line = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: generatorn stannade när den skulle ", line, StringComparison.Ordinal);
        Assert.Contains(reason, line, StringComparison.Ordinal);
        Assert.EndsWith("Den förra webbplatsen är orörd.", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_where_the_output_folder_should_be_is_left_as_it_is()
    {
        File.WriteAllText(Output, "ingen mapp");

        AssertOneSwedishLine(Build(Output), "utmappen " + Output + " är en fil, inte en mapp");
        Assert.Equal("ingen mapp", File.ReadAllText(Output));
        Assert.Equal(["content"], Directory.GetDirectories(_temp.Root).Select(Path.GetFileName));
    }

    [Fact]
    public void A_file_where_a_folder_above_the_output_should_be_is_reported()
    {
        var file = Path.Combine(_temp.Root, "fil");
        File.WriteAllText(file, "ingen mapp");

        AssertOneSwedishLine(Build(Path.Combine(file, "_site")), "en fil står där en mapp ska vara");
        Assert.Equal("ingen mapp", File.ReadAllText(file));
    }

    [Fact]
    public void A_read_only_output_folder_keeps_the_previous_site()
    {
        Assert.Equal(0, Build(Output).ExitCode);
        var before = SiteBuild.Files(Output);
        _temp.WriteMeeting("2021-10-20");

        CliRun run;
        using (new ReadOnlyFolder(Output))
        {
            run = Build(Output);
        }

        AssertOneSwedishLine(run, "är skrivskyddad, så den förra webbplatsen kan inte ersättas");
        Assert.True(Folders.Same(before, SiteBuild.Files(Output)));
        Assert.Equal(["_site", "content"], Directory.GetDirectories(_temp.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_read_only_folder_around_the_output_keeps_the_previous_site()
    {
        var parent = Path.Combine(_temp.Root, "ut");
        var output = Path.Combine(parent, "_site");
        Assert.Equal(0, Build(output).ExitCode);
        var before = SiteBuild.Files(output);

        CliRun run;
        using (new ReadOnlyFolder(parent))
        {
            run = Build(output);
        }

        AssertOneSwedishLine(run, "där utmappen ligger, är skrivskyddad");
        Assert.True(Folders.Same(before, SiteBuild.Files(output)));
        Assert.Equal(["_site"], Directory.GetDirectories(parent).Select(Path.GetFileName));
    }

    [Fact]
    public void Folders_of_ended_builds_are_removed_and_those_of_running_ones_kept()
    {
        Directory.CreateDirectory(Output);
        var ended = EndedProcessId();
        using var running = Process.Start(new ProcessStartInfo("sleep", ["60"]))!;
        string[] stale = [$"_site.tmp-{ended}-{Guid.NewGuid():N}", $"_site.old-{ended}-{Guid.NewGuid():N}"];
        string[] kept =
        [
            $"_site.tmp-{running.Id}-{Guid.NewGuid():N}",
            $"_site.tmp-{ended}-inte-var",
            $"_site.tmp-{ended}-{Guid.NewGuid():N}.bak",
            $"annat.tmp-{ended}-{Guid.NewGuid():N}",
        ];
        foreach (var name in stale.Concat(kept))
        {
            Directory.CreateDirectory(Path.Combine(_temp.Root, name, "moten"));
        }

        try
        {
            var run = Build(Output);
            Assert.True(run.ExitCode == 0, run.Stderr);
        }
        finally
        {
            running.Kill();
        }

        Assert.Equal(
            kept.Append("_site").Append("content").Order(StringComparer.Ordinal),
            Directory.GetDirectories(_temp.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_previous_site_left_aside_by_a_killed_swap_is_put_back_first()
    {
        // Where folders cannot be swapped in one step, a build killed between its two moves leaves the site aside.
        Assert.Equal(0, Build(Output).ExitCode);
        var before = SiteBuild.Files(Output);
        var aside = Path.Combine(_temp.Root, $"_site.old-{EndedProcessId()}-{Guid.NewGuid():N}");
        Directory.Move(Output, aside);

        using (var output = new SiteOutput(Output))
        {
            Assert.True(Folders.Same(before, SiteBuild.Files(Output)));
        }

        Assert.False(Directory.Exists(aside));
    }

    private static int EndedProcessId()
    {
        using var process = Process.Start(new ProcessStartInfo("true"))!;
        process.WaitForExit();
        return process.Id;
    }
}
