namespace Trygghetsrad.Site.Diagnostics;

/// <summary>
/// Collects diagnostics from every stage so that an editor sees all problems of a run at once.
/// Safe to add to from parallel stages.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _lock = new();

    /// <summary>Adds one diagnostic.</summary>
    public void Add(Diagnostic diagnostic)
    {
        lock (_lock)
        {
            _items.Add(diagnostic);
        }
    }

    /// <summary>Adds an error at a location.</summary>
    public void Error(SourceLocation location, string message) => Add(Diagnostic.Error(location, message));

    /// <summary>Adds a warning at a location.</summary>
    public void Warning(SourceLocation location, string message) => Add(Diagnostic.Warning(location, message));

    /// <summary>Adds many diagnostics.</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            Add(d);
        }
    }

    /// <summary>True when any error was collected.</summary>
    public bool HasErrors
    {
        get
        {
            lock (_lock)
            {
                return _items.Exists(d => d.Severity == Severity.Error);
            }
        }
    }

    /// <summary>All diagnostics in a stable order: by path, line, column, then message.</summary>
    public IReadOnlyList<Diagnostic> Sorted()
    {
        lock (_lock)
        {
            return _items
                .Distinct()
                .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
                .ThenBy(d => d.Location.Line)
                .ThenBy(d => d.Location.Column)
                .ThenBy(d => d.Message, StringComparer.Ordinal)
                .ToList();
        }
    }
}
