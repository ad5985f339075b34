using Trygghetsrad.Site.Building;

namespace Trygghetsrad.Site.Cli;

/// <summary>
/// A one-line "pages done of total" counter for a person at a terminal, redrawn in place at most ten times
/// a second and cleared when the last page is written. Not used when output goes to a file or a CI log, where it would only add noise.
/// Safe to report to from the build's parallel threads.
/// </summary>
internal sealed class TerminalProgress(TextWriter writer, TimeProvider time) : IProgress<BuildProgress>
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);
    private readonly Lock _lock = new();
    private long _lastDrawn = long.MinValue;
    private int _width;

    /// <summary>A counter on <paramref name="writer"/> when it is an interactive terminal outside CI; otherwise null.</summary>
    public static TerminalProgress? For(TextWriter writer, bool isTerminal, Func<string, string?> environment)
    {
        var inCi = IsSet(environment("CI")) || IsSet(environment("GITHUB_ACTIONS"));
        return isTerminal && !inCi ? new TerminalProgress(writer, TimeProvider.System) : null;
    }

    /// <inheritdoc />
    public void Report(BuildProgress value)
    {
        if (value.Done >= value.Total)
        {
            // Done: take the line away so what the build prints next starts clean.
            Clear();
            return;
        }

        lock (_lock)
        {
            var now = time.GetTimestamp();
            if (_lastDrawn != long.MinValue && time.GetElapsedTime(_lastDrawn, now) < Interval)
            {
                return;
            }

            _lastDrawn = now;
            var line = $"Skriver mötessidor: {value.Done} av {value.Total}";
            _width = Math.Max(_width, line.Length);
            writer.Write("\r" + line.PadRight(_width));
            writer.Flush();
        }
    }

    /// <summary>Clears the counter line so the summary starts on a clean line.</summary>
    public void Clear()
    {
        lock (_lock)
        {
            if (_width > 0)
            {
                writer.Write("\r" + new string(' ', _width) + "\r");
                writer.Flush();
                _width = 0;
                _lastDrawn = long.MinValue;
            }
        }
    }

    private static bool IsSet(string? value) => !string.IsNullOrEmpty(value) && value is not ("0" or "false");
}
