using Trygghetsrad.Site.Content;
namespace Trygghetsrad.Site.Building;

/// <summary>
/// Where builds keep their <see cref="BuildCache"/> between runs: in memory for the builds of one process
/// (<c>serve</c> rebuilds on every save) and, when given a file, on disk for the next <c>build</c>.
/// Used by one build at a time.
/// </summary>
public sealed class BuildCacheStore
{
    private BuildCache? _last;
    private bool _loaded;

    /// <summary>A store in memory and, when <paramref name="file"/> is given, in that file.</summary>
    public BuildCacheStore(string? file = null) => File = file;

    /// <summary>The cache file, or null for a store in memory only.</summary>
    public string? File { get; }

    /// <summary>The last build's cache, or null.</summary>
    public BuildCache? Load()
    {
        if (!_loaded)
        {
            _last = File is null ? null : BuildCacheFile.Load(File);
            _loaded = true;
        }

        return _last;
    }

    /// <summary>Forgets the cache: called before a build changes the site the cache describes.</summary>
    public void Forget()
    {
        _last = null;
        _loaded = true;
        if (File is not null)
        {
            BuildCacheFile.Delete(File);
        }
    }

    /// <summary>
    /// Tells the store that something else wrote the site file at <paramref name="relativePath"/> (serve's quick
    /// preview of an edited meeting does), so the next build writes it again instead of trusting it.
    /// </summary>
    public void Invalidate(string relativePath)
    {
        if (Load() is not { } cache || !cache.Files.ContainsKey(relativePath))
        {
            return;
        }

        var files = new Dictionary<string, Hash128>(cache.Files, StringComparer.Ordinal);
        files.Remove(relativePath);
        var pages = new Dictionary<string, CachedPage>(cache.Pages, StringComparer.Ordinal);
        pages.Remove(relativePath);
        var inputs = new Dictionary<string, Hash128>(cache.FileInputs, StringComparer.Ordinal);
        inputs.Remove(relativePath);
        _last = cache with { Pages = pages, Files = files, FileInputs = inputs };
        if (File is not null)
        {
            BuildCacheFile.Save(_last, File);
        }
    }

    /// <summary>Keeps <paramref name="cache"/> for the next build.</summary>
    public void Save(BuildCache cache)
    {
        if (File is not null)
        {
            BuildCacheFile.Save(cache, File);
        }

        _last = cache;
        _loaded = true;
    }
}
