using System.Collections.Concurrent;
using Trygghetsrad.Site.Content;
using Trygghetsrad.Site.Output;
using Trygghetsrad.Site.Search;

namespace Trygghetsrad.Site.Building;

/// <summary>
/// One build's side of the build cache: what it may reuse from the previous build and what it keeps for the
/// next. Thread-safe for the parallel meeting pass.
/// </summary>
internal sealed class CacheMemory(BuildCache? previous, ContentSet content)
{
    private readonly ConcurrentDictionary<string, CachedMeeting> _meetings = new(StringComparer.Ordinal);

    /// <summary>Numbers the search terms of every kept meeting (the previous build's table, so its encodings stay valid).</summary>
    public TermTable Terms { get; } = previous?.Terms ?? new TermTable();

    /// <summary>Reads a meeting file again when its text was not kept.</summary>
    public MeetingParser Parser { get; } = new(content.Topics.Select(t => t.Slug).ToHashSet(StringComparer.Ordinal));

    /// <summary>What the previous build made of the meeting file at <paramref name="path"/>, when its text is unchanged.</summary>
    public CachedMeeting? Reuse(string path) =>
        previous?.Meetings.GetValueOrDefault(path) is { } known && content.Sources.TryGetValue(path, out var source) && source.Hash == known.Hash
            ? known
            : null;

    /// <summary>Keeps what this build made of the meeting file at <paramref name="path"/>.</summary>
    public void Keep(string path, CachedMeeting meeting) => _meetings[path] = meeting;

    /// <summary>The cache this build leaves, once it is published.</summary>
    public BuildCache ToCache(UInt128 settings, UInt128 pages, SiteOutput output, PageWriter writer) => new()
    {
        Settings = settings,
        Inputs = pages,
        OutputDirectory = output.Target,
        Sources = content.Sources.ToDictionary(s => s.Key, s => s.Value.WithoutBody(), StringComparer.Ordinal),
        Meetings = new Dictionary<string, CachedMeeting>(_meetings, StringComparer.Ordinal),
        Pages = new Dictionary<string, CachedPage>(writer.Pages, StringComparer.Ordinal),
        Files = output.Hashes,
        Terms = Terms,
    };
}
