using System.CommandLine;
using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Text;

namespace Trygghetsrad.Site.Cli;

/// <summary>The generator's commands. Exit codes: 0 success, 1 content errors, 2 internal failure.</summary>
public static class SiteCommandLine
{
    /// <summary>Exit code when content has errors.</summary>
    public const int ContentErrors = 1;

    /// <summary>Exit code when the generator itself failed.</summary>
    public const int InternalError = 2;

    /// <summary>Builds the command tree writing to the given streams; <paramref name="environment"/> reads variables (tests pass their own).</summary>
    public static RootCommand Create(TextWriter stdout, TextWriter stderr, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var root = new RootCommand("Trygghetsrådets arkiv: bygger en sökbar, statisk webbplats av mötesanteckningar i Markdown.")
        {
            BuildCommand.Create(stdout, stderr, environment),
            CheckCommand.Create(stdout, stderr, environment),
            NewCommand.Create(stdout, stderr),
            ServeCommand.Create(stdout, stderr, environment),
            ImportCommand.Create(stdout, stderr),
        };
        SwedishHelp.Use(root);
        return root;
    }

    /// <summary>Prints diagnostics as <c>path:line:col: error: message</c>, one a line.</summary>
    public static void Report(IEnumerable<Diagnostic> diagnostics, TextWriter writer)
    {
        foreach (var diagnostic in diagnostics)
        {
            writer.WriteLine(diagnostic.ToString());
        }
    }

    /// <summary>How many of <paramref name="diagnostics"/> are errors ("1 fel") or warnings ("2 varningar").</summary>
    internal static string Count(IEnumerable<Diagnostic> diagnostics, Severity severity) =>
        SwedishCount.Of(diagnostics.Count(d => d.Severity == severity), severity == Severity.Error ? "error" : "warning");

    // The last line of defence: whatever escapes a command is one line (the stack trace only with --verbose) and exit code 2.
    internal static int Guard(TextWriter stderr, Func<int> action, bool verbose = false)
    {
        try
        {
            return action();
        }
        catch (Exception ex)
        {
            FailureReport.Write(stderr, ex, verbose);
            return InternalError;
        }
    }
}
