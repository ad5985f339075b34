using Trygghetsrad.FictionalArchive;
using Trygghetsrad.Site.Tests.Infrastructure;

namespace Trygghetsrad.Site.Tests.Cli;

/// <summary>
/// The native executable (Native AOT, what releases ship) builds the same site, byte for byte, as the `dotnet build`
/// DLL: nothing it reads by reflection was trimmed away, and compiling ahead of time changed no result.
/// </summary>
public sealed class NativeGeneratorTests(NativeGenerator native) : IClassFixture<NativeGenerator>, IDisposable
{
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

    private void AssertSameSite(string content)
    {
        var jitOutput = Path.Combine(_temp.FullName, "jit");
        var nativeOutput = Path.Combine(_temp.FullName, "native");
        Build(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", [Dll], content, jitOutput);
        Build(native.Executable, [], content, nativeOutput);

        var jit = SiteBuild.Files(jitOutput);
        var aot = SiteBuild.Files(nativeOutput);
        Assert.Contains("index.html", jit.Keys);
        Assert.Equal(jit.Keys, aot.Keys);
        var different = jit.Keys.Where(path => !jit[path].AsSpan().SequenceEqual(aot[path])).ToList();
        Assert.True(different.Count == 0, $"{different.Count} of {jit.Count} files differ between the JIT and the native build: {string.Join(", ", different.Take(10))}");
    }

    private static void Build(string program, string[] before, string content, string output)
    {
        var (exitCode, stdout, stderr) = ChildProcess.Run(program, [.. before, "build", "--content", content, "--templates", TempContent.Templates, "--output", output]);
        Assert.True(exitCode == 0, $"{program} build failed ({exitCode}):\n{stdout}\n{stderr}");
    }
}
