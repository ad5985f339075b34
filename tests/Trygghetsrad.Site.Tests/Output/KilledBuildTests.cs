using System.Diagnostics;
using Trygghetsrad.Site.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Trygghetsrad.Site.Tests.Output;

/// <summary>
/// The generator as it ships, killed with SIGKILL at 20 points of a build — three while it starts and reads, at
/// each sixteenth of the pages written into its temporary folder, and just after the new site is in place: the
/// site folder is always a whole site, the previous one byte for byte or (after the swap) the new one, and the next
/// build succeeds and removes the folders the killed builds left. Each build is given the site not in place to
/// build, so that every point has a previous site to keep.
/// </summary>
public sealed class KilledBuildTests(ITestOutputHelper log) : IDisposable
{
    private const int Points = 20;
    private static readonly string Generator = Path.Combine(AppContext.BaseDirectory, "Trygghetsrad.Site.dll");
    private static readonly string Dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
    private readonly TempContent _temp = new(withRealMeeting: true);

    public void Dispose() => _temp.Dispose();

    private string[] Arguments(string output) => [Generator, "build", "--content", _temp.Content, "--templates", TempContent.Templates, "--output", output];

    [Fact]
    public void A_build_killed_at_any_point_leaves_a_whole_site_and_the_next_build_cleans_up()
    {
        // Enough fictional meetings that writing the pages takes a while beside starting the program.
        for (var day = 0; day < 20; day++)
        {
            var date = new DateOnly(2022, 1, 3).AddDays(7 * day).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            _temp.WriteMeeting(date, body: "\n## Inledning\n\n" + string.Concat(Enumerable.Repeat("Ett fiktivt möte om klotter och trygghet i centrum. ", 20)) + "\n\n## Övrigt\n\nInget.\n");
        }

        // Two sites, without and with one more meeting; every build is made to build the one that is not in place.
        const string Extra = "moten/2024/2024-01-10.md";
        var output = Path.Combine(_temp.Root, "_site");
        Succeeds(output);
        var without = SiteBuild.Files(output);
        _temp.WriteMeeting("2024-01-10", body: "\n## Inledning\n\nEtt nytt fiktivt möte.\n");
        var reference = Path.Combine(_temp.Root, "referens");
        Succeeds(reference);
        var with = SiteBuild.Files(reference);
        File.Delete(Path.Combine(_temp.Content, Extra));

        var inPlace = false;
        var target = with;
        var outcomes = new List<string>();
        for (var point = 0; point < Points; point++)
        {
            var (previous, next) = inPlace ? (with, without) : (without, with);
            target = next;
            if (inPlace)
            {
                File.Delete(Path.Combine(_temp.Content, Extra));
            }
            else
            {
                _temp.WriteMeeting("2024-01-10", body: "\n## Inledning\n\nEtt nytt fiktivt möte.\n");
            }

            using var build = ChildProcess.Start(Dotnet, Arguments(output));
            var swapped = inPlace;
            var (what, reached) = point switch
            {
                < 3 => ($"after {100 * (point + 1)} ms", Delay(TimeSpan.FromMilliseconds(100 * (point + 1)))),
                < Points - 1 => ($"at {point - 3} of 16 parts of the pages written", Written(build, output, next.Count * (point - 3) / 16)),
                _ => ("with the new site in place", (Func<bool>)(() => Directory.Exists(Path.Combine(output, "moten", "2024-01-10")) != swapped)),
            };
            var patience = Stopwatch.StartNew();
            while (!build.HasExited && !reached() && patience.Elapsed < TimeSpan.FromMinutes(1))
            {
                Thread.Sleep(1);
            }

            var running = !build.HasExited;
            build.Kill();
            build.WaitForExit();

            var site = SiteBuild.Files(output);
            var whole = Folders.Same(site, previous) ? "previous" : Folders.Same(site, next) ? "next" : null;
            outcomes.Add($"{what}: {(running ? "killed" : "had ended")}, {whole ?? "NEITHER"}");
            Assert.True(whole is not null, string.Join('\n', outcomes));
            inPlace = ReferenceEquals(whole == "next" ? next : previous, with);
        }

        log.WriteLine(string.Join('\n', outcomes));

        // The points must fall inside builds, many before the swap: else nothing was tested.
        Assert.True(outcomes.Count(o => o.Contains("killed, previous", StringComparison.Ordinal)) >= Points / 4, string.Join('\n', outcomes));

        // The content is the last build's: the next build makes that site whole and cleans up.
        Succeeds(output);
        Assert.True(Folders.Same(SiteBuild.Files(output), target));
        Assert.Equal(
            ["_site", "content", "referens"],
            Directory.GetDirectories(_temp.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    private static Func<bool> Delay(TimeSpan delay)
    {
        var clock = Stopwatch.StartNew();
        return () => clock.Elapsed >= delay;
    }

    // True once the build's temporary folder holds at least this many files (or has gone).
    private static Func<bool> Written(Process build, string output, int files) => () =>
    {
        var parent = Path.GetDirectoryName(output)!;
        var own = Directory.GetDirectories(parent, $"{Path.GetFileName(output)}.tmp-{build.Id}-*");
        try
        {
            return own.Length == 1 && Directory.EnumerateFiles(own[0], "*", SearchOption.AllDirectories).Count() >= files;
        }
        catch (DirectoryNotFoundException)
        {
            return true;
        }
    };

    private void Succeeds(string output)
    {
        var (exit, stdout, stderr) = ChildProcess.Run(Dotnet, Arguments(output));
        Assert.True(exit == 0, stdout + stderr);
    }
}
