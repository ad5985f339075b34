using System.Threading.Channels;

namespace Trygghetsrad.Site.Serving;

/// <summary>
/// Watches folders and hands over the paths that changed, in batches: after the first change it waits a
/// moment for the rest of a save (editors write a temporary file and rename it) before reporting.
/// </summary>
internal sealed class SiteWatcher : IDisposable
{
    /// <summary>Stands for "something changed, rebuild everything" when the watcher lost events.</summary>
    public const string Everything = "*";

    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(20);
    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly List<FileSystemWatcher> _watchers = [];

    public SiteWatcher(IEnumerable<string> folders)
    {
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(Path.GetFullPath(folder))
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                InternalBufferSize = 64 * 1024,
            };
            watcher.Changed += (_, e) => Add(e.FullPath);
            watcher.Created += (_, e) => Add(e.FullPath);
            watcher.Deleted += (_, e) => Add(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                Add(e.OldFullPath);
                Add(e.FullPath);
            };
            watcher.Error += (_, _) => _changes.Writer.TryWrite(Everything);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    /// <summary>Waits for the next batch of changed paths (full paths, or <see cref="Everything"/>).</summary>
    public async Task<IReadOnlySet<string>> NextAsync(CancellationToken cancellation)
    {
        var batch = new HashSet<string>(StringComparer.Ordinal) { await _changes.Reader.ReadAsync(cancellation).ConfigureAwait(false) };
        await Task.Delay(Settle, cancellation).ConfigureAwait(false);
        while (_changes.Reader.TryRead(out var more))
        {
            batch.Add(more);
        }

        return batch;
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _changes.Writer.TryComplete();
    }

    private void Add(string path)
    {
        // Editors' swap and backup files are not content.
        var name = Path.GetFileName(path);
        if (name.StartsWith('.') || name.EndsWith('~') || name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".tmp", StringComparison.Ordinal))
        {
            return;
        }

        _changes.Writer.TryWrite(path);
    }
}
