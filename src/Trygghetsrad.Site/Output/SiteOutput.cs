using System.Buffers;
using System.Collections.Concurrent;
using System.Text;

namespace Trygghetsrad.Site.Output;

/// <summary>
/// Writes a build into a new folder beside the target and swaps it in only when the build succeeded, so a
/// failed build leaves the previous site untouched. A dry run (for <c>check</c>) writes nothing but still
/// knows every path, so the link check runs just as in a real build. Thread-safe.
/// </summary>
public sealed class SiteOutput : IDisposable
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);
    private readonly string _target;
    private readonly ConcurrentDictionary<string, byte> _directories = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _files = new(StringComparer.Ordinal);
    private readonly bool _dryRun;
    private bool _published;

    /// <summary>Starts a build for <paramref name="targetDirectory"/>.</summary>
    /// <param name="targetDirectory">The folder the site is published to.</param>
    /// <param name="dryRun">Write nothing and publish nothing.</param>
    public SiteOutput(string targetDirectory, bool dryRun = false)
    {
        _target = Path.GetFullPath(targetDirectory);
        _dryRun = dryRun;
        var parent = Path.GetDirectoryName(_target) ?? throw new ArgumentException("The output folder needs a parent folder.", nameof(targetDirectory));
        Root = Path.Combine(parent, $"{Path.GetFileName(_target)}.tmp-{Environment.ProcessId}-{Guid.NewGuid():N}");
        if (!dryRun)
        {
            OutputFolder.Prepare(_target, Root);
        }
    }

    /// <summary>The folder the site is published to.</summary>
    public string Target => _target;

    /// <summary>The temporary folder being written.</summary>
    public string Root { get; }

    /// <summary>Writes a text file (UTF-8, no BOM) at a path relative to the site root.</summary>
    public void WriteText(string relativePath, ReadOnlySpan<char> text)
    {
        // Pages run to tens of kilobytes each, thousands of them: encode into a pooled buffer, not a new array.
        var buffer = ArrayPool<byte>.Shared.Rent(Utf8NoBom.GetMaxByteCount(text.Length));
        try
        {
            WriteBytes(relativePath, buffer.AsSpan(0, Utf8NoBom.GetBytes(text, buffer)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Writes a file at a path relative to the site root as <paramref name="write"/> makes it, straight to disk:
    /// for files of tens of megabytes (the open data of a large archive), which would otherwise be held whole
    /// in memory, and in a growing buffer at that.
    /// </summary>
    public void WriteStream(string relativePath, Action<Stream> write)
    {
        _files[relativePath] = 0;
        if (_dryRun)
        {
            write(Stream.Null);
            return;
        }

        var path = FullPath(relativePath);
        CreateFolderOf(path);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        write(stream);
    }

    /// <summary>Writes a file at a path relative to the site root.</summary>
    public void WriteBytes(string relativePath, ReadOnlySpan<byte> bytes)
    {
        _files[relativePath] = 0;
        if (_dryRun)
        {
            return;
        }

        var path = FullPath(relativePath);
        CreateFolderOf(path);

        // One open and one write per file: the folder is new and private to this build, so the file normally
        // does not exist yet and needs no truncating.
        using var handle = Open(path);
        RandomAccess.Write(handle, bytes, 0);
    }

    private void CreateFolderOf(string path)
    {
        var directory = Path.GetDirectoryName(path)!;
        if (!_directories.ContainsKey(directory))
        {
            // Two threads may both create it; that is harmless, while marking it before it exists is not.
            Directory.CreateDirectory(directory);
            _directories.TryAdd(directory, 0);
        }
    }

    private static Microsoft.Win32.SafeHandles.SafeFileHandle Open(string path)
    {
        try
        {
            return File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        }
        catch (IOException) when (File.Exists(path))
        {
            return File.OpenHandle(path, FileMode.Create, FileAccess.Write, FileShare.None);
        }
    }

    /// <summary>True when the build has the file at the site-relative <paramref name="relativePath"/>.</summary>
    public bool Contains(string relativePath) => _files.ContainsKey(relativePath);

    /// <summary>True when the build has a file below the site-relative folder <paramref name="relativeFolder"/> (ending in '/').</summary>
    public bool ContainsFolder(string relativeFolder) => _files.Keys.Any(f => f.StartsWith(relativeFolder, StringComparison.Ordinal));

    /// <summary>Every site-relative path of the build, in no particular order.</summary>
    public IEnumerable<string> Files => _files.Keys;

    /// <summary>The absolute path of a site-relative path inside the temporary folder.</summary>
    public string FullPath(string relativePath) => Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Puts the finished build in place of the target folder.</summary>
    public void Publish()
    {
        if (_dryRun)
        {
            return;
        }

        OutputFolder.Replace(Root, _target);
        _published = true;
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
