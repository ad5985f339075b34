using System.Runtime.InteropServices;
using Trygghetsrad.Site.Tests.Infrastructure;
using static Trygghetsrad.Site.Tests.Workflows.WorkflowFile;

namespace Trygghetsrad.Site.Tests.Workflows;

/// <summary>
/// The local action every workflow gets the generator from (.github/actions/hamta-generatorn): the executable that
/// ships, the one scripts/arkiv.sh runs, restored from the cache when its source has not changed and built once when
/// it has. Its script runs here with the real scripts/arkiv.sh in a copy of the repository's layout, with a
/// scripts/publish.sh that only notes that it was asked to build.
/// </summary>
public sealed class GeneratorActionTests : IDisposable
{
    private const string CacheIf = "steps.cache.outputs.cache-hit != 'true'";

    private static readonly WorkflowFile Action = Read(".github/actions/hamta-generatorn/action.yml");

    private readonly string _root = Directory.CreateTempSubdirectory("trygghetsrad-hamta-").FullName;

    public GeneratorActionTests()
    {
        Executable("scripts/arkiv.sh", File.ReadAllText(Path.Combine(RepositoryRoot.Path, "scripts", "arkiv.sh")));
        Executable("scripts/publish.sh", """
            #!/usr/bin/env bash
            # A stand-in for the Native AOT publish: notes the call and writes an executable where the real one goes.
            set -euo pipefail
            root=$(cd "$(dirname "$0")/.." && pwd)
            echo "$*" >> "$root/publish-calls.txt"
            executable="$root/artifacts/publish/Trygghetsrad.Site/release_$2/Trygghetsrad.Site"
            mkdir -p "$(dirname "$executable")"
            printf '#!/bin/sh\n' > "$executable"
            chmod +x "$executable"
            echo "$executable"
            """);

        // The checkout: every file written now, later than anything the cache restores.
        Write("src/Trygghetsrad.Site/Program.cs", "// källkoden\n");
        Write("Directory.Build.props", "<Project />\n");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    /// <summary>Where the cache step restores the executable for this machine, as the action names the folder.</summary>
    private string Restored => Path.Combine(_root, Map(Action.Steps()[0], "with")["path"], "release_" + RuntimeInformation.RuntimeIdentifier, "Trygghetsrad.Site");

    [Fact]
    public void A_restored_executable_is_run_as_it_is_though_the_checkout_is_newer()
    {
        // The cache keeps the time the executable was built, before this checkout.
        Executable(Restored, "#!/bin/sh\n");
        File.SetLastWriteTimeUtc(Restored, DateTime.UtcNow.AddHours(-1));

        var (generator, builds) = GetGenerator(cacheHit: "true");

        Assert.Equal(Restored, generator);
        Assert.Empty(builds);
    }

    [Fact]
    public void Without_a_cached_executable_the_shipped_one_is_built_once()
    {
        var (generator, builds) = GetGenerator(cacheHit: "");

        Assert.Equal(Restored, generator);
        Assert.Equal(["--runtime " + RuntimeInformation.RuntimeIdentifier], builds);
    }

    [Fact]
    public void The_cache_is_keyed_on_the_source_arkiv_sh_watches_and_saved_as_soon_as_the_executable_is_built()
    {
        var steps = Action.Steps();
        var (restore, save) = (steps[0], steps[^1]);

        Assert.Equal(("actions/cache/restore@v5", "actions/cache/save@v5"), (Value(restore, "uses"), Value(save, "uses")));
        var (restoring, saving) = (Map(restore, "with"), Map(save, "with"));
        Assert.Equal("artifacts/publish/Trygghetsrad.Site", restoring["path"]);
        Assert.Equal(restoring["path"], saving["path"]);
        Assert.Equal("generator-${{ runner.os }}-${{ hashFiles('src/**', 'Directory.Build.props') }}", restoring["key"]);
        Assert.Equal("${{ steps.cache.outputs.cache-primary-key }}", saving["key"]);
        Assert.Contains("""find "$root/src" "$root/Directory.Build.props" """, File.ReadAllText(Path.Combine(RepositoryRoot.Path, "scripts", "arkiv.sh")), StringComparison.Ordinal);

        // The SDK, the packages and the saving only when the source is new; getting the executable always.
        Assert.All(steps.Where(s => Value(s, "uses") is { } uses && !uses.StartsWith("actions/cache/restore", StringComparison.Ordinal)), s => Assert.Equal(CacheIf, Value(s, "if")));
        Assert.Null(Value(Action.Steps().Single(s => Value(s, "name") == "Hämta generatorn"), "if"));
    }

    // Runs the action's script; returns what it left in GENERATOR and each call to scripts/publish.sh.
    private (string Generator, string[] Builds) GetGenerator(string cacheHit)
    {
        var environment = Path.Combine(_root, "github-env.txt");
        File.WriteAllText(environment, "");
        var step = Action.Steps().Single(s => Value(s, "name") == "Hämta generatorn");
        Assert.Equal("bash", Value(step, "shell"));

        var (code, stdout, stderr) = Run(step, _root, new Dictionary<string, string> { ["CACHE_HIT"] = cacheHit, ["GITHUB_ENV"] = environment });

        Assert.True(code == 0, stdout + stderr);
        var generator = Assert.Single(File.ReadAllLines(environment), l => l.StartsWith("GENERATOR=", StringComparison.Ordinal))["GENERATOR=".Length..];
        var calls = Path.Combine(_root, "publish-calls.txt");
        return (generator, File.Exists(calls) ? File.ReadAllLines(calls) : []);
    }

    private string Write(string path, string text)
    {
        var file = Path.Combine(_root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text);
        return file;
    }

    private void Executable(string path, string text)
    {
        var file = Write(path, text);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
