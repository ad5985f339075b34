namespace Trygghetsrad.Site.Diagnostics;

/// <summary>How serious a diagnostic is: errors stop the build, warnings are shown to the editor.</summary>
public enum Severity
{
    /// <summary>The content cannot be published as it is.</summary>
    Error,

    /// <summary>Worth an editor's time, but the site still builds.</summary>
    Warning,
}

/// <summary>A place in a source file, 1-based, printed as <c>path:line:col</c>.</summary>
/// <param name="Path">The file's path as shown to the editor (relative to the working directory when possible).</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
public sealed record SourceLocation(string Path, int Line, int Column)
{
    /// <summary>The start of a file, for problems that concern the whole file.</summary>
    public static SourceLocation StartOf(string path) => new(path, 1, 1);

    /// <inheritdoc />
    public override string ToString() => $"{Path}:{Line}:{Column}";
}

/// <summary>One content problem, with where it is. Content problems are values, never exceptions.</summary>
/// <param name="Location">Where the problem is.</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="Message">The sentence shown to the editor, in Swedish.</param>
public sealed record Diagnostic(SourceLocation Location, Severity Severity, string Message)
{
    /// <summary>Creates an error.</summary>
    public static Diagnostic Error(SourceLocation location, string message) => new(location, Severity.Error, message);

    /// <summary>Creates a warning.</summary>
    public static Diagnostic Warning(SourceLocation location, string message) => new(location, Severity.Warning, message);

    /// <summary>The compiler-style line: <c>path:line:col: error: message</c>.</summary>
    public override string ToString() =>
        $"{Location}: {(Severity == Severity.Error ? "error" : "warning")}: {Message}";
}
