using Trygghetsrad.Site.Diagnostics;

namespace Trygghetsrad.Site.Cli;

/// <summary>
/// Writes diagnostics as GitHub Actions workflow commands (<c>::error file=…,line=…,col=…::message</c>),
/// which the pull request shows on the lines they concern.
/// </summary>
public static class GitHubAnnotations
{
    /// <summary>True when running in GitHub Actions (<c>GITHUB_ACTIONS=true</c>).</summary>
    public static bool Enabled(Func<string, string?> environment) =>
        string.Equals(environment("GITHUB_ACTIONS"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The workflow command for <paramref name="diagnostic"/>.</summary>
    public static string Format(Diagnostic diagnostic)
    {
        var kind = diagnostic.Severity == Severity.Error ? "error" : "warning";
        var location = diagnostic.Location;
        return $"::{kind} file={Property(location.Path)},line={location.Line},col={location.Column}::{Data(diagnostic.Message)}";
    }

    // Escaping as the runner's toolkit does (@actions/core command.ts).
    private static string Data(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Property(string value) =>
        Data(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
