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

    /// <summary>
    /// True when the previous build's search index can be patched: every meeting both builds publish has the
    /// same number in both (meetings were edited, or added or removed at the newest end).
    /// </summary>
    public bool CanPatchIndex(IReadOnlyList<Meeting> published)
    {
        if (previous is null)
        {
            return false;
        }

        var shared = Math.Min(previous.Numbering.Count, published.Count);
        for (var i = 0; i < shared; i++)
        {
            if (previous.Numbering[i] != published[i].SourcePath)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The previous build's index state (when <see cref="CanPatchIndex"/>).</summary>
    public IndexState PreviousIndex => previous?.Index ?? throw new InvalidOperationException("No previous build.");

    /// <summary>
    /// The encoded terms, before and after, of every meeting number whose terms differ between the previous
    /// build and <paramref name="encoded"/> (this build's, by number); null where a build does not have the number.
    /// </summary>
    public IEnumerable<(ReadOnlyMemory<byte>? Before, ReadOnlyMemory<byte>? After)> ChangedTerms(IReadOnlyList<ReadOnlyMemory<byte>> encoded)
    {
        var before = previous?.Numbering ?? [];
        for (var i = 0; i < Math.Max(before.Count, encoded.Count); i++)
        {
            var old = i < before.Count ? previous!.Meetings.GetValueOrDefault(before[i])?.Products?.Terms : null;
            // Typed: a bare null would become an empty ReadOnlyMemory (through its conversion from byte[]), not "no meeting".
            var now = i < encoded.Count ? encoded[i] : (ReadOnlyMemory<byte>?)null;
            var same = old is { } a && now is { } b ? a.Equals(b) || a.Span.SequenceEqual(b.Span) : old is null && now is null;
            if (!same)
            {
                yield return (old, now);
            }
        }
    }

    /// <summary>Keeps what this build made of the meeting file at <paramref name="path"/>.</summary>
    public void Keep(string path, CachedMeeting meeting) => _meetings[path] = meeting;

    /// <summary>The cache this build leaves, once it is published.</summary>
    public BuildCache ToCache(Hash128 settings, Hash128 pages, SiteOutput output, PageWriter writer, IReadOnlyList<string> numbering, IndexState index) => new()
    {
        Numbering = numbering,
        Index = index,
        Settings = settings,
        Inputs = pages,
        OutputDirectory = output.Target,
        Sources = WithoutBodies(content.Sources),
        Meetings = new Dictionary<string, CachedMeeting>(_meetings, StringComparer.Ordinal),
        Pages = new Dictionary<string, CachedPage>(writer.Pages, StringComparer.Ordinal),
        Files = output.Hashes,
        FileInputs = output.Inputs,
        Terms = Terms,
    };

    // The sources without their meetings' text. (A loop: LINQ's ToDictionary over key-value pairs is framework
    // code over a value type, which ReadyToRun cannot compile ahead of time.)
    private static Dictionary<string, MeetingSource> WithoutBodies(IReadOnlyDictionary<string, MeetingSource> sources)
    {
        var kept = new Dictionary<string, MeetingSource>(sources.Count, StringComparer.Ordinal);
        foreach (var (path, source) in sources)
        {
            kept[path] = source.WithoutBody();
        }

        return kept;
    }
}
