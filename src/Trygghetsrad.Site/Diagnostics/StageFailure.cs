namespace Trygghetsrad.Site.Diagnostics;

/// <summary>
/// The generator failed unexpectedly while it handled one file in one stage. Not a content problem — those are
/// diagnostics — but a fault of the generator or of the machine: the command line reports it as one line that
/// names the stage and the file, and ends with exit code 2.
/// </summary>
public sealed class StageFailure : Exception
{
    /// <summary>Wraps <paramref name="inner"/>, which happened in <paramref name="stage"/> at <paramref name="path"/>.</summary>
    /// <param name="stage">What the generator was doing, in Swedish ("läsa mötesfilen").</param>
    /// <param name="path">The file it was doing it to, as shown to the editor.</param>
    /// <param name="inner">What failed.</param>
    public StageFailure(string stage, string path, Exception inner)
        : base($"{stage} ({path}): {inner.Message}", inner)
    {
        Stage = stage;
        Path = path;
    }

    /// <summary>What the generator was doing, in Swedish.</summary>
    public string Stage { get; }

    /// <summary>The file it was doing it to.</summary>
    public string Path { get; }

    /// <summary>
    /// Runs <paramref name="action"/>; an exception becomes a <see cref="StageFailure"/> for this stage and file,
    /// unless it names a stage already (an inner one knows better where it was).
    /// </summary>
    public static T Run<T>(string stage, string path, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (Exception ex) when (ex is not StageFailure)
        {
            throw new StageFailure(stage, path, ex);
        }
    }
}
