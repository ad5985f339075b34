using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using Trygghetsrad.Site.Content;

namespace Trygghetsrad.Site.Output;

/// <summary>
/// Writes a build beside the target and puts it in place only when the build succeeded, so a failed build
/// leaves the previous site untouched. A clean build writes a whole new folder and swaps it in. An
/// incremental build (given what the previous build wrote) skips every file whose bytes are unchanged,
/// stages the others and, on success, moves them into the target and deletes what the site no longer has.
/// A dry run (for <c>check</c>) writes nothing but still knows every path, so the link check runs just as
/// in a real build. Thread-safe.
/// </summary>
public sealed class SiteOutput : IDisposable
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);
    private readonly string _target;
    private readonly ConcurrentDictionary<string, byte> _directories = new(StringComparer.Ordinal);

    // Hashes in boxes: the framework's concurrent dictionary code is compiled ahead of time for reference-type
    // values only; with the hash itself as the value, some twenty of its methods were compiled on every build.
    private readonly ConcurrentDictionary<string, StrongBox<Hash128>> _files;
    private readonly ConcurrentDictionary<string, byte> _staged = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, Hash128>? _previous;
    private readonly IReadOnlyDictionary<string, Hash128>? _previousInputs;
    private readonly ConcurrentDictionary<string, StrongBox<Hash128>> _inputs = new(StringComparer.Ordinal);
    private readonly bool _dryRun;
    private bool _published;
    private (int Files, List<string> Paths)? _lost;

    /// <summary>Starts a build for <paramref name="targetDirectory"/>.</summary>
    /// <param name="targetDirectory">The folder the site is published to.</param>
    /// <param name="dryRun">Write nothing and publish nothing.</param>
    /// <param name="previous">
    /// The hash of every file the previous build published to the target (see <see cref="Hashes"/>), for an
    /// incremental build; ignored when the target folder does not exist.
    /// </param>
    /// <param name="previousInputs">What the previous build made some of those files from (see <see cref="Inputs"/>).</param>
    public SiteOutput(string targetDirectory, bool dryRun = false, IReadOnlyDictionary<string, Hash128>? previous = null, IReadOnlyDictionary<string, Hash128>? previousInputs = null)
    {
        _target = Path.GetFullPath(targetDirectory);
        _dryRun = dryRun;
        _previous = !dryRun && previous is not null && Directory.Exists(_target) ? previous : null;
        _previousInputs = _previous is null ? null : previousInputs;

        // Sized for the previous build's files at once: an incremental build of a large archive keeps tens of thousands.
        _files = new ConcurrentDictionary<string, StrongBox<Hash128>>(Environment.ProcessorCount, _previous?.Count ?? 31, StringComparer.Ordinal);
        var parent = Path.GetDirectoryName(_target) ?? throw new ArgumentException("The output folder needs a parent folder.", nameof(targetDirectory));
        Root = Path.Combine(parent, $"{Path.GetFileName(_target)}.tmp-{Environment.ProcessId}-{Guid.NewGuid():N}");
        if (!dryRun)
        {
            Directory.CreateDirectory(parent);
            Directory.CreateDirectory(Root);
        }
    }

    /// <summary>The folder the site is published to.</summary>
    public string Target => _target;

    /// <summary>The temporary folder being written: the whole site, or in an incremental build the changed files.</summary>
    public string Root { get; }

    /// <summary>True when this build updates the target in place from the previous build's files.</summary>
    public bool Incremental => _previous is not null;

    /// <summary>Files actually written (in an incremental build, those whose bytes changed).</summary>
    public int WrittenCount => _dryRun ? 0 : _staged.Count;

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
    /// Writes a file at a path relative to the site root as <paramref name="write"/> makes it, straight to disk
    /// and hashed on the way: for files of tens of megabytes (the open data of a large archive), which would
    /// otherwise be held whole in memory, and in a growing buffer at that.
    /// </summary>
    public void WriteStream(string relativePath, Action<Stream> write)
    {
        var path = FullPath(relativePath);
        if (!_dryRun)
        {
            CreateFolderOf(path);
        }

        Hash128 hash;
        using (var stream = new HashingStream(_dryRun ? null : new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16)))
        {
            write(stream);
            hash = stream.Hash;
        }

        _files[relativePath] = new(hash);
        if (_dryRun)
        {
            return;
        }

        if (_previous is not null && _previous.TryGetValue(relativePath, out var before) && before == hash)
        {
            File.Delete(path);
            return;
        }

        _staged[relativePath] = 0;
    }

    /// <summary>Writes a file at a path relative to the site root.</summary>
    public void WriteBytes(string relativePath, ReadOnlySpan<byte> bytes)
    {
        var hash = Hash128.Of(bytes);
        _files[relativePath] = new(hash);
        if (_dryRun || _previous is not null && _previous.TryGetValue(relativePath, out var before) && before == hash)
        {
            return;
        }

        var path = FullPath(relativePath);
        CreateFolderOf(path);

        // A large archive writes tens of thousands of files: one open and one write each. The folder is new
        // and private to this build, so the file normally does not exist yet and needs no truncating.
        using (var handle = Open(path))
        {
            RandomAccess.Write(handle, bytes, 0);
        }

        _staged[relativePath] = 0;
    }

    /// <summary>
    /// Keeps the file the previous build published at <paramref name="relativePath"/> as it is, for a page
    /// whose inputs did not change; false (and nothing kept) when there is no such file.
    /// </summary>
    public bool Keep(string relativePath)
    {
        if (_previous is null || !_previous.TryGetValue(relativePath, out var hash))
        {
            return false;
        }

        _files[relativePath] = new(hash);
        return true;
    }

    /// <summary>
    /// Keeps the previous build's file at <paramref name="relativePath"/> when it was made from the same
    /// <paramref name="inputs"/> (a hash of what its bytes depend on), so a large file need not be made again
    /// to find that its bytes are unchanged; false when it must be written. The inputs are remembered either way.
    /// </summary>
    public bool KeepMadeFrom(string relativePath, Hash128 inputs)
    {
        _inputs[relativePath] = new(inputs);
        return _previousInputs is not null && _previousInputs.TryGetValue(relativePath, out var before) && before == inputs && Keep(relativePath);
    }

    /// <summary>
    /// The previous build's file among those <paramref name="candidate"/> accepts that was made from
    /// <paramref name="inputs"/> (see <see cref="KeepMadeFrom"/>), for a file whose name depends on what it is made into.
    /// </summary>
    public string? PreviouslyMadeFrom(Hash128 inputs, Func<string, bool> candidate)
    {
        if (_previousInputs is null)
        {
            return null;
        }

        // A loop: LINQ over pairs with a hash is framework code over a value type, compiled at run time.
        foreach (var (path, madeFrom) in _previousInputs)
        {
            if (madeFrom == inputs && candidate(path))
            {
                return path;
            }
        }

        return null;
    }

    /// <summary>What the files given to <see cref="KeepMadeFrom"/> were made from, by site-relative path.</summary>
    public IReadOnlyDictionary<string, Hash128> Inputs => Unboxed(_inputs);

    private static Dictionary<string, Hash128> Unboxed(ConcurrentDictionary<string, StrongBox<Hash128>> hashes)
    {
        var unboxed = new Dictionary<string, Hash128>(hashes.Count, StringComparer.Ordinal);
        foreach (var (path, hash) in hashes)
        {
            unboxed[path] = hash.Value;
        }

        return unboxed;
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

    /// <summary>
    /// The text of the file the previous build published at <paramref name="relativePath"/> (in an incremental
    /// build, which patches some files), or null when there is none.
    /// </summary>
    public string? ReadPrevious(string relativePath)
    {
        if (_previous is null || !_previous.ContainsKey(relativePath))
        {
            return null;
        }

        var path = Path.Combine(_target, relativePath.Replace('/', Path.DirectorySeparatorChar));
        return File.Exists(path) ? File.ReadAllText(path, Utf8NoBom) : null;
    }

    /// <summary>True when the build has the file at the site-relative <paramref name="relativePath"/>.</summary>
    public bool Contains(string relativePath) => _files.ContainsKey(relativePath);

    /// <summary>True when the build has a file below the site-relative folder <paramref name="relativeFolder"/> (ending in '/').</summary>
    public bool ContainsFolder(string relativeFolder) => _files.Keys.Any(f => f.StartsWith(relativeFolder, StringComparison.Ordinal));

    /// <summary>True in an incremental build when the previous build published a file this build does not have.</summary>
    public bool FilesLost => Lost().Count > 0;

    /// <summary>Every site-relative path of the build, in no particular order.</summary>
    public IEnumerable<string> Files => _files.Keys;

    /// <summary>The hash of every file of the build by site-relative path: what a later incremental build compares against.</summary>
    public IReadOnlyDictionary<string, Hash128> Hashes => Unboxed(_files);

    /// <summary>The absolute path of a site-relative path inside the temporary folder.</summary>
    public string FullPath(string relativePath) => Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Puts the finished build in place of the target folder.</summary>
    public void Publish()
    {
        if (_dryRun)
        {
            return;
        }

        if (_previous is not null)
        {
            PublishChanges(_previous);
            return;
        }

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

    private void PublishChanges(IReadOnlyDictionary<string, Hash128> previous)
    {
        foreach (var relative in _staged.Keys.Order(StringComparer.Ordinal))
        {
            var destination = Path.Combine(_target, relative.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);

            // A rename within one file system: a reader sees the old file or the new one, never half of it.
            File.Move(FullPath(relative), destination, overwrite: true);
        }

        foreach (var relative in Lost().Order(StringComparer.Ordinal))
        {
            var path = Path.Combine(_target, relative.Replace('/', Path.DirectorySeparatorChar));
            File.Delete(path);
            RemoveEmptyFolders(Path.GetDirectoryName(path)!);
        }

        Directory.Delete(Root, recursive: true);
        _published = true;
    }

    // The previous build's files this build does not have (asked for by the link check, then by the publishing).
    // A build only adds files, so their number tells whether the list is still right.
    private List<string> Lost()
    {
        if (_lost is not { } lost || lost.Files != _files.Count)
        {
            lost = (_files.Count, _previous is null ? [] : [.. _previous.Keys.Where(p => !_files.ContainsKey(p))]);
            _lost = lost;
        }

        return lost.Paths;
    }

    // A deleted meeting leaves its folder (moten/2021-09-15/) empty; a clean build would not have it.
    private void RemoveEmptyFolders(string folder)
    {
        while (folder.Length > _target.Length && folder.StartsWith(_target, StringComparison.Ordinal)
            && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder);
            folder = Path.GetDirectoryName(folder)!;
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
