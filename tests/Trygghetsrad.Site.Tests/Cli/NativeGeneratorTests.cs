using Trygghetsrad.FictionalArchive;
using Trygghetsrad.Site.Tests.Checks;
using Trygghetsrad.Site.Tests.Infrastructure;

namespace Trygghetsrad.Site.Tests.Cli;

/// <summary>
/// The native executable (Native AOT, what releases ship and every workflow runs) builds the same site, byte for byte,
/// as the `dotnet build` DLL, and gives a pull request the same check, summary, preview and comparison: nothing it
/// reads by reflection was trimmed away, and compiling ahead of time changed no result.
/// </summary>
public sealed class NativeGeneratorTests(NativeGenerator native) : IClassFixture<NativeGenerator>, IDisposable
{
    private const string PreviewBasePath = "/forhandsvisning/pr-7/";
    private static readonly string Dll = Path.Combine(AppContext.BaseDirectory, "Trygghetsrad.Site.dll");
    private readonly DirectoryInfo _temp = Directory.CreateTempSubdirectory("trygghetsrad-native-test-");

    public void Dispose() => _temp.Delete(recursive: true);

    [Fact]
    public void Builds_the_real_site_byte_identical_to_the_jit_build()
    {
        AssertSameSite(Path.Combine(RepositoryRoot.Path, "content"));
    }

    [Fact]
    public void Builds_a_fictional_archive_of_200_meetings_byte_identical_to_the_jit_build()
    {
        var content = Path.Combine(_temp.FullName, "content");
        ArchiveGenerator.Write(content, 200, seed: 23);

        AssertSameSite(content);
    }

    [Fact]
    public void Checks_a_pull_request_with_the_same_findings_and_summary_as_the_jit()
    {
        var content = Path.Combine(_temp.FullName, "content");
        ArchiveGenerator.Write(content, 40, seed: 5);
        var meetings = Directory.GetFiles(Path.Combine(content, "moten"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var broken = Path.Combine(content, "moten", "2030", "2030-01-15.md");
        Directory.CreateDirectory(Path.GetDirectoryName(broken)!);
        File.WriteAllText(broken, FictionalMeeting.Text("2030-01-15", "topics: [trafik]\n", "# Fel nivå\n\n## Övrigt\n\nSe [mötet](/moten/2029-12-01/) och ring 070-123 45 67.\n"));
        string[] changed = ["--changed", meetings[0], "--changed", meetings[^1], "--changed", broken];

        var jit = Run(Jit, ["check", "--content", content, "--templates", TempContent.Templates, "--summary", Path.Combine(_temp.FullName, "jit.md"), .. changed]);
        var aot = Run(Native, ["check", "--content", content, "--templates", TempContent.Templates, "--summary", Path.Combine(_temp.FullName, "native.md"), .. changed]);

        Assert.Equal(1, jit.Code);
        Assert.Equal(jit, aot);
        var summary = File.ReadAllText(Path.Combine(_temp.FullName, "jit.md"));
        Assert.Contains("| 16 | 12 | **fel** | trasig länk", summary, StringComparison.Ordinal);
        Assert.Contains("### Trygghetsråd 15 januari 2030", summary, StringComparison.Ordinal);
        Assert.Equal(summary, File.ReadAllText(Path.Combine(_temp.FullName, "native.md")));
    }

    [Fact]
    public void Builds_a_pull_request_s_preview_and_compares_it_with_its_base_as_the_jit_does()
    {
        // The base and the pull request: the same fictional archive, with one meeting more after the change.
        var before = Path.Combine(_temp.FullName, "before");
        var after = Path.Combine(_temp.FullName, "after");
        ArchiveGenerator.Write(before, 40, seed: 5);
        ArchiveGenerator.Write(after, 41, seed: 5);
        var beforeSite = Path.Combine(_temp.FullName, "before-site");
        Assert.Equal(0, Run(Jit, ["build", "--preview", "--base-path", PreviewBasePath, "--content", before, "--templates", TempContent.Templates, "--output", beforeSite]).Code);

        var afterSite = AssertSameSite(after, "--preview", "--base-path", PreviewBasePath);

        var jit = Run(Jit, ["compare", beforeSite, afterSite]);
        var aot = Run(Native, ["compare", beforeSite, afterSite]);
        Assert.Equal(0, jit.Code);
        Assert.Contains($"- `/moten/{ArchiveGenerator.FirstDate.AddDays(40 * ArchiveGenerator.DaysBetween):yyyy-MM-dd}/` – Trygghetsråd", jit.Stdout, StringComparison.Ordinal);
        Assert.Equal(jit, aot);
    }

    // Builds <paramref name="content"/> with both programs and the same options; returns the JIT's site.
    private string AssertSameSite(string content, params string[] options)
    {
        var jitOutput = Path.Combine(_temp.FullName, "jit");
        var nativeOutput = Path.Combine(_temp.FullName, "native");
        Build(Jit, content, jitOutput, options);
        Build(Native, content, nativeOutput, options);

        var jit = SiteBuild.Files(jitOutput);
        var aot = SiteBuild.Files(nativeOutput);
        Assert.Contains("index.html", jit.Keys);
        Assert.Equal(jit.Keys, aot.Keys);
        var different = jit.Keys.Where(path => !jit[path].AsSpan().SequenceEqual(aot[path])).ToList();
        Assert.True(different.Count == 0, $"{different.Count} of {jit.Count} files differ between the JIT and the native build: {string.Join(", ", different.Take(10))}");
        return jitOutput;
    }

    // The JIT's program: the dotnet host with the DLL as its first argument.
    private static string[] Jit => [Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", Dll];

    private string[] Native => [native.Executable];

    private static void Build(string[] program, string content, string output, string[] options)
    {
        var (exitCode, stdout, stderr) = Run(program, ["build", "--content", content, "--templates", TempContent.Templates, "--output", output, .. options]);
        Assert.True(exitCode == 0, $"{program[0]} build failed ({exitCode}):\n{stdout}\n{stderr}");
    }

    private static (int Code, string Stdout, string Stderr) Run(string[] program, string[] arguments) =>
        ChildProcess.Run(program[0], [.. program[1..], .. arguments]);
}
