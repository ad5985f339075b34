namespace Trygghetsrad.Site.Diagnostics;

/// <summary>Turns a file path into the form editors see in messages: relative to the working directory, with '/'.</summary>
public static class DisplayPath
{
    /// <summary>The path relative to <paramref name="baseDirectory"/> when it lies below it, else the full path.</summary>
    public static string For(string path, string? baseDirectory = null)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetFullPath(baseDirectory ?? Directory.GetCurrentDirectory());
        var relative = Path.GetRelativePath(root, full);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
        return shown.Replace('\\', '/');
    }
}
