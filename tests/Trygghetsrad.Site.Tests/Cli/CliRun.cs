using Trygghetsrad.Site.Cli;

namespace Trygghetsrad.Site.Tests.Cli;

/// <summary>Runs the command line in-process with captured output and a given environment.</summary>
public sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public static CliRun Invoke(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = SiteCommandLine.Create(stdout, stderr, name => environment?.GetValueOrDefault(name)).Parse(args).Invoke(new() { Output = stdout, Error = stderr });
        return new CliRun(code, stdout.ToString().Replace("\r\n", "\n", StringComparison.Ordinal), stderr.ToString());
    }
}
