using System.Diagnostics;

namespace Trygghetsrad.Site.Diagnostics;

/// <summary>
/// The generator's last line of defence: any exception that reaches a command (or a rebuild in <c>serve</c>)
/// becomes one line that names the stage (and the file, when known) and the reason, without a stack trace unless
/// asked for. Content problems never get here; they are diagnostics.
/// </summary>
public static class FailureReport
{
    // The stage of an exception no code named, from the folder (namespace) of the innermost generator code
    // it passed: the source is organised one folder per stage.
    private static readonly Dictionary<string, string> StageByFolder = new(StringComparer.Ordinal)
    {
        ["Yaml"] = "läsa YAML",
        ["Config"] = "läsa inställningarna",
        ["Content"] = "läsa innehållet",
        ["Diagnostics"] = "läsa innehållet",
        ["Text"] = "analysera texten",
        ["Topics"] = "hitta ämnena",
        ["Checks"] = "granska innehållet",
        ["Rendering"] = "göra sidorna",
        ["Pages"] = "göra sidorna",
        ["Search"] = "göra sökindexet",
        ["Output"] = "skriva webbplatsen",
        ["Building"] = "bygga webbplatsen",
        ["Serving"] = "förhandsvisa",
        ["Editing"] = "skapa mötesfilen",
        ["Import"] = "importera",
        ["Cli"] = "läsa kommandot",
    };

    /// <summary>Writes the one line (and with <paramref name="verbose"/> the whole exception) to <paramref name="stderr"/>.</summary>
    public static void Write(TextWriter stderr, Exception exception, bool verbose)
    {
        stderr.WriteLine(Line(exception));
        if (verbose)
        {
            stderr.WriteLine(exception.ToString());
        }
    }

    /// <summary>The one line: <c>error: generatorn stannade när den skulle STAGE (FILE): REASON</c>.</summary>
    public static string Line(Exception exception) => "error: " + Sentence(exception) + " Den förra webbplatsen är orörd.";

    /// <summary>
    /// The failure as a diagnostic, for <c>serve</c>'s error page: at the file it names (else at the generator),
    /// saying what stopped and why.
    /// </summary>
    public static Diagnostic AsDiagnostic(Exception exception) =>
        Diagnostic.Error(SourceLocation.StartOf((Unwrap(exception) as StageFailure)?.Path ?? "generatorn"), Sentence(exception));

    private static string Sentence(Exception exception)
    {
        var cause = Unwrap(exception);
        var named = cause as StageFailure;
        var inner = named?.InnerException is { } wrapped ? Unwrap(wrapped) : cause;
        var stage = named?.Stage ?? StageOf(inner);
        var where = named is null ? "" : $" ({named.Path})";
        var verboseHint = inner is IOException or UnauthorizedAccessException ? "" : " Kör med --verbose för hela felspåret.";
        return $"generatorn stannade när den skulle {stage}{where}: {Reason(inner)}.{verboseHint}";
    }

    // Parallel loops and tasks wrap what failed; the first failure is the one to report.
    private static Exception Unwrap(Exception exception)
    {
        while (exception is AggregateException { InnerExceptions: [var first, ..] })
        {
            exception = first;
        }

        return exception;
    }

    private static string Reason(Exception exception) => exception switch
    {
        OutputFolderException folder => folder.Message,
        UnauthorizedAccessException => $"åtkomst nekad ({OneLine(exception.Message)})",
        IOException => $"filfel ({OneLine(exception.Message)})",
        _ => $"{exception.GetType().Name}: {OneLine(exception.Message)}",
    };

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").TrimEnd('.');

    private static string StageOf(Exception exception)
    {
        // The method's name as the stack trace keeps it, which a native build keeps too (no reflection metadata).
        foreach (var frame in new StackTrace(exception).GetFrames())
        {
            var type = DiagnosticMethodInfo.Create(frame)?.DeclaringTypeName;
            if (type is not null && type.StartsWith("Trygghetsrad.Site.", StringComparison.Ordinal)
                && type.Split('.') is [_, _, var first, _, ..])
            {
                return StageByFolder.GetValueOrDefault(first, "bygga webbplatsen");
            }
        }

        return "bygga webbplatsen";
    }
}
