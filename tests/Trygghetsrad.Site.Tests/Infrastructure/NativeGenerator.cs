namespace Trygghetsrad.Site.Tests.Infrastructure;

/// <summary>
/// The generator as a native executable, published once for the tests that share it (scripts/publish.sh, into a
/// temporary folder apart from the repository's bin/ and obj/). A publish that fails throws, so every test that
/// needs it fails with the publish's output rather than being skipped.
/// </summary>
public sealed class NativeGenerator : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("trygghetsrad-native-");

    public NativeGenerator()
    {
        // At a lower priority where there is `nice`: the native compiler takes every core for a minute or two, and the
        // tests running beside it (some with time limits) come first.
        string[] publish = ["bash", Path.Combine("scripts", "publish.sh"), "--artifacts", _folder.FullName];
        var (exitCode, stdout, stderr) = OperatingSystem.IsWindows()
            ? ChildProcess.Run(publish[0], publish[1..], RepositoryRoot.Path)
            : ChildProcess.Run("nice", ["-n", "10", .. publish], RepositoryRoot.Path);
        var executable = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()?.Trim();
        if (exitCode != 0 || executable is null || !File.Exists(executable))
        {
            throw new InvalidOperationException($"scripts/publish.sh failed (exit code {exitCode}):\n{stdout}\n{stderr}");
        }

        Executable = executable;
    }

    /// <summary>The native executable's path.</summary>
    public string Executable { get; }

    public void Dispose() => _folder.Delete(recursive: true);
}
