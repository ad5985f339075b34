using System.Text.Json;
using Trygghetsrad.Site.Tests.Infrastructure;

namespace Trygghetsrad.Site.Tests.Cli;

/// <summary>
/// The generator as it ships: its own process, with its own runtime settings, which the in-process tests do not
/// have. Those settings forbid code generated at run time, so anything that needs it (a compiled regular
/// expression in a library is interpreted instead, but emitting a type throws) shows up here, not on CI's
/// publish run.
/// </summary>
public sealed class ShippedGeneratorTests : IDisposable
{
    private static readonly string Generator = Path.Combine(AppContext.BaseDirectory, "Trygghetsrad.Site.dll");
    private readonly TempContent _temp = new(withRealMeeting: true);

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void The_shipped_runtime_settings_forbid_runtime_code_generation()
    {
        using var config = JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(Generator, ".runtimeconfig.json")));
        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");
        Assert.False(properties.GetProperty("System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported").GetBoolean());
    }

    [Fact]
    public void Builds_and_checks_the_real_meeting_in_its_own_process()
    {
        var output = Path.Combine(_temp.Root, "_site");
        var build = Run("build", "--content", _temp.Content, "--templates", TempContent.Templates, "--output", output);
        Assert.True(build.ExitCode == 0, build.Stderr);
        Assert.Contains("Byggde", build.Stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, "moten", "2021-09-15", "index.html")));

        // The search script is minified (by NUglify, whose compiled regular expressions are interpreted here).
        var script = Assert.Single(Directory.GetFiles(Path.Combine(output, "assets"), "search.*.js"));
        Assert.True(new FileInfo(script).Length < new FileInfo(Path.Combine(TempContent.Templates, "assets", "search.js")).Length);

        var check = Run("check", "--content", _temp.Content, "--templates", TempContent.Templates);
        Assert.True(check.ExitCode == 0, check.Stdout + check.Stderr);
    }

    // The SDK names the dotnet it runs the tests with; a machine with only the runtime on PATH still works.
    private static CliRun Run(params string[] args)
    {
        var (exitCode, stdout, stderr) = ChildProcess.Run(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", [Generator, .. args]);
        return new CliRun(exitCode, stdout, stderr);
    }
}
