using System.Text;

namespace Trygghetsrad.Site.Output;

/// <summary>
/// Writes a build into a fresh folder beside the target and swaps it in only when the build succeeded,
/// so a failed build leaves the previous site untouched.
/// </summary>
public sealed class SiteOutput : IDisposable
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);
    private readonly string _target;
    private bool _published;

    /// <summary>Starts a build for <paramref name="targetDirectory"/>.</summary>
    public SiteOutput(string targetDirectory)
    {
        _target = Path.GetFullPath(targetDirectory);
        var parent = Path.GetDirectoryName(_target) ?? throw new ArgumentException("The output folder needs a parent folder.", nameof(targetDirectory));
        Directory.CreateDirectory(parent);
        Root = Path.Combine(parent, $"{Path.GetFileName(_target)}.tmp-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Root);
    }

    /// <summary>The temporary folder being written.</summary>
    public string Root { get; }

    /// <summary>Writes a text file (UTF-8, no BOM) at a path relative to the site root.</summary>
    public void WriteText(string relativePath, string text) => WriteBytes(relativePath, Utf8NoBom.GetBytes(text));

    /// <summary>Writes a file at a path relative to the site root.</summary>
    public void WriteBytes(string relativePath, ReadOnlySpan<byte> bytes)
    {
        var path = FullPath(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.None);
        stream.Write(bytes);
    }

    /// <summary>The absolute path of a site-relative path inside the temporary folder.</summary>
    public string FullPath(string relativePath) => Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Replaces the target folder with the finished build.</summary>
    public void Publish()
    {
        string? old = null;
        if (Directory.Exists(_target))
        {
            old = _target + $".old-{Environment.ProcessId}-{Guid.NewGuid():N}";
            Directory.Move(_target, old);
        }

        Directory.Move(Root, _target);
        _published = true;
        if (old is not null)
        {
            Directory.Delete(old, recursive: true);
        }
    }

    /// <summary>Removes the temporary folder if the build was not published.</summary>
    public void Dispose()
    {
        if (!_published && Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
