using System.Diagnostics;
using System.Globalization;

namespace Trygghetsrad.Site.Output;

/// <summary>
/// Removes the folders that builds killed before they finished left beside the output folder: a build writes
/// into <c>NAME.tmp-PID-ID</c> and, where folders cannot be swapped in one step, moves the previous site to
/// <c>NAME.old-PID-ID</c> for a moment. Only folders named so, and only of processes that have ended, are
/// touched: a build running beside this one keeps its folder. A previous site left aside by a build killed
/// between its two moves is put back instead.
/// </summary>
internal static class StaleOutput
{
    /// <summary>Cleans up beside <paramref name="target"/>; what cannot be removed now is left for a later build.</summary>
    public static void Remove(string target)
    {
        var parent = Path.GetDirectoryName(target)!;
        var name = Path.GetFileName(target);
        if (!Directory.Exists(parent))
        {
            return;
        }

        foreach (var folder in Directory.EnumerateDirectories(parent, name + ".*").Order(StringComparer.Ordinal))
        {
            var own = Path.GetFileName(folder);
            if (!own.StartsWith(name + ".", StringComparison.Ordinal) || Owner(own[(name.Length + 1)..]) is not var (kind, pid)
                || pid == Environment.ProcessId || Running(pid) || new DirectoryInfo(folder).LinkTarget is not null)
            {
                continue;
            }

            try
            {
                if (kind == "old" && !Directory.Exists(target))
                {
                    Directory.Move(folder, target);
                }
                else
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Left for a later build.
            }
        }
    }

    // "tmp-1234-<32 hex digits>" → ("tmp", 1234); null for any other name.
    private static (string Kind, int Pid)? Owner(string suffix)
    {
        var parts = suffix.Split('-');
        return parts is [var kind and ("tmp" or "old"), var pid, var id]
            && int.TryParse(pid, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && id.Length == 32 && id.All(char.IsAsciiHexDigitLower)
            ? (kind, number)
            : null;
    }

    private static bool Running(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }
}
