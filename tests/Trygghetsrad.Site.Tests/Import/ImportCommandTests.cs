using Trygghetsrad.Site.Cli;

namespace Trygghetsrad.Site.Tests.Import;

public sealed class ImportCommandTests : IDisposable
{
    private readonly ImportWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Import_WritesTheMeeting_AndListsTheHeadingsToCheck()
    {
        var (code, stdout, stderr) = Run("import", ImportWorkspace.SeedPath, "--content", _workspace.ContentDirectory);

        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        Assert.Contains("2021-09-15.md (0 varningar).", stdout, StringComparison.Ordinal);
        Assert.Contains("  rad 19: Samverkan mellan tre förvaltningar\n", stdout.Replace("\r\n", "\n"), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_workspace.ContentDirectory, "moten", "2021", "2021-09-15.md")));
    }

    [Fact]
    public void Import_Twice_FailsWithExitCode1_AndLeavesTheFile()
    {
        Run("import", ImportWorkspace.SeedPath, "--content", _workspace.ContentDirectory);
        var path = Path.Combine(_workspace.ContentDirectory, "moten", "2021", "2021-09-15.md");
        File.AppendAllText(path, "\nRedaktörens tillägg.\n");

        var (code, _, stderr) = Run("import", ImportWorkspace.SeedPath, "--content", _workspace.ContentDirectory);

        Assert.Equal(SiteCommandLine.ContentErrors, code);
        Assert.Contains(":1:1: error: mötet 2021-09-15 finns redan i ", stderr, StringComparison.Ordinal);
        Assert.Contains("Importen misslyckades: 1 fel. Ingen fil skrevs.", stderr, StringComparison.Ordinal);
        Assert.EndsWith("Redaktörens tillägg.\n", File.ReadAllText(path), StringComparison.Ordinal);
    }

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = SiteCommandLine.Create(stdout, stderr).Parse(args).Invoke();
        return (code, stdout.ToString(), stderr.ToString());
    }
}
