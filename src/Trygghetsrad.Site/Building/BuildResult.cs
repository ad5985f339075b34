using Trygghetsrad.Site.Diagnostics;

namespace Trygghetsrad.Site.Building;

/// <summary>The outcome of a build: every diagnostic, and what was written.</summary>
/// <param name="Diagnostics">Errors and warnings in a stable order.</param>
/// <param name="MeetingCount">Published meetings (drafts excluded).</param>
/// <param name="PageCount">HTML pages written.</param>
/// <param name="Timings">How long each phase took, for --verbose.</param>
public sealed record BuildResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    int MeetingCount,
    int PageCount,
    IReadOnlyList<PhaseTiming> Timings)
{
    /// <summary>The archive as the build made it (null when the content could not be read), to render a page again as this build did.</summary>
    public Archive? Archive { get; init; }

    /// <summary>True when no error was found and the site was published.</summary>
    public bool Succeeded => !Diagnostics.Any(d => d.Severity == Severity.Error);
}
