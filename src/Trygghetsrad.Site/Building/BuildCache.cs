using Trygghetsrad.Site.Content;
using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Output;
using Trygghetsrad.Site.Rendering;
using Trygghetsrad.Site.Search;
using Trygghetsrad.Site.Topics;

namespace Trygghetsrad.Site.Building;

/// <summary>
/// What a successful build leaves for the next one, so that a change re-renders only what it touches: the
/// meeting files as read, each meeting's products (list entry, topic hits, search terms), each page's
/// fingerprint with the ids the link check read from it, and the hash of every file published.
/// A later build reuses a page whose fingerprint — a hash of everything its bytes depend on — is unchanged,
/// and skips writing a file whose bytes are unchanged; the output is the same as a clean build's.
/// </summary>
public sealed record BuildCache
{
    /// <summary>Hash of the generator and the content's settings files: meeting files are reused only under the same.</summary>
    public required Hash128 Settings { get; init; }

    /// <summary>Hash of <see cref="Settings"/>, the templates and the build options: pages and products are reused only under the same.</summary>
    public required Hash128 Inputs { get; init; }

    /// <summary>The full path of the folder the build published.</summary>
    public required string OutputDirectory { get; init; }

    /// <summary>Every meeting file read, drafts included, by display path.</summary>
    public required IReadOnlyDictionary<string, MeetingSource> Sources { get; init; }

    /// <summary>Each meeting's products, by display path of its file.</summary>
    public required IReadOnlyDictionary<string, CachedMeeting> Meetings { get; init; }

    /// <summary>Each HTML page, by site-relative path.</summary>
    public required IReadOnlyDictionary<string, CachedPage> Pages { get; init; }

    /// <summary>The hash of every file published, by site-relative path.</summary>
    public required IReadOnlyDictionary<string, Hash128> Files { get; init; }

    /// <summary>What the files made from every meeting (open data) were made from, by site-relative path (see <see cref="Output.SiteOutput.KeepMadeFrom"/>).</summary>
    public required IReadOnlyDictionary<string, Hash128> FileInputs { get; init; }

    /// <summary>The terms the encoded search terms of <see cref="Meetings"/> refer to.</summary>
    public required TermTable Terms { get; init; }

    /// <summary>The published meetings' files in number order (oldest first), as the search index numbers them.</summary>
    public required IReadOnlyList<string> Numbering { get; init; }

    /// <summary>The shape of the search index written.</summary>
    public required IndexState Index { get; init; }
}

/// <summary>A page as an earlier build wrote it.</summary>
/// <param name="Fingerprint">Hash of everything the page's bytes depend on.</param>
/// <param name="Ids">Its element ids, for links to its fragments.</param>
public sealed record CachedPage(Hash128 Fingerprint, IReadOnlyCollection<string> Ids);

/// <summary>What the meeting pass made of one meeting file.</summary>
/// <param name="Hash">The file's <see cref="MeetingSource.Hash"/>.</param>
/// <param name="Diagnostics">The warnings its body gave.</param>
/// <param name="Products">What a published meeting contributes to other pages; null for a draft.</param>
public sealed record CachedMeeting(Hash128 Hash, IReadOnlyList<Diagnostic> Diagnostics, MeetingProducts? Products)
{
    // `with` makes another meeting: it must be encoded anew, so the record is not copied (see Encoded).
    private CachedMeeting(CachedMeeting original)
    {
        Hash = original.Hash;
        Diagnostics = original.Diagnostics;
        Products = original.Products;
    }

    /// <summary>
    /// This meeting's record as the cache file it was read from has it (empty for one this build made), copied
    /// as it is into the next file.
    /// </summary>
    internal ReadOnlyMemory<byte> Encoded { get; init; }
}

/// <summary>A published meeting's contribution to the pages beside its own.</summary>
/// <remarks>
/// Read from a build cache, its list entry and section links stay in the cache file until first asked for:
/// an incremental build renders few list pages, and decoding ten thousand meetings' entries up front cost it
/// most of the time it took to read the cache (and a full collection to promote what it made).
/// </remarks>
public sealed record MeetingProducts : IMeetingEntry
{
    private readonly IMeetingEntry _entry;

    /// <summary>Products this build made.</summary>
    /// <param name="pageFingerprint">Its page's fingerprint: its text, number, neighbours, year and calendar link.</param>
    /// <param name="summary">Its list entry.</param>
    /// <param name="hits">The topics it touches, with the passages.</param>
    /// <param name="sections">Its headed sections.</param>
    /// <param name="terms">Its search terms, encoded against <see cref="BuildCache.Terms"/>.</param>
    /// <param name="dataHash">Hash of its entry in the open data (<see cref="PublishedMeeting.DataHash"/>).</param>
    /// <param name="summaryHash">Hash of <paramref name="summary"/> (<see cref="PublishedMeeting.SummaryHash"/>).</param>
    public MeetingProducts(Hash128 pageFingerprint, MeetingSummary summary, IReadOnlyList<TopicHit> hits, IReadOnlyList<SectionLink> sections, ReadOnlyMemory<byte> terms, Hash128 dataHash, Hash128 summaryHash)
        : this(pageFingerprint, summary.Url, hits, terms, dataHash, summaryHash, new MeetingEntry(summary, sections))
    {
    }

    // Products read from a cache file: the list entry and section links are read when first asked for.
    internal MeetingProducts(Hash128 pageFingerprint, string url, IReadOnlyList<TopicHit> hits, ReadOnlyMemory<byte> terms, Hash128 dataHash, Hash128 summaryHash, Func<MeetingEntry> read)
        : this(pageFingerprint, url, hits, terms, dataHash, summaryHash, new LazyEntry(read))
    {
    }

    private MeetingProducts(Hash128 pageFingerprint, string url, IReadOnlyList<TopicHit> hits, ReadOnlyMemory<byte> terms, Hash128 dataHash, Hash128 summaryHash, IMeetingEntry entry)
    {
        PageFingerprint = pageFingerprint;
        Url = url;
        Hits = hits;
        Terms = terms;
        DataHash = dataHash;
        SummaryHash = summaryHash;
        _entry = entry;
    }

    /// <summary>Its page's fingerprint: its text, number, neighbours, year and calendar link.</summary>
    public Hash128 PageFingerprint { get; init; }

    /// <summary>Its page's URL (the list entry's).</summary>
    public string Url { get; init; }

    /// <summary>Its list entry.</summary>
    public MeetingSummary Summary
    {
        get => _entry.Summary;
        init
        {
            _entry = new MeetingEntry(value, _entry.Sections);
            Url = value.Url;
        }
    }

    /// <summary>The topics it touches, with the passages.</summary>
    public IReadOnlyList<TopicHit> Hits { get; init; }

    /// <summary>Its headed sections.</summary>
    public IReadOnlyList<SectionLink> Sections => _entry.Sections;

    /// <summary>Its search terms, encoded against <see cref="BuildCache.Terms"/>.</summary>
    public ReadOnlyMemory<byte> Terms { get; init; }

    /// <summary>Hash of its entry in the open data (<see cref="PublishedMeeting.DataHash"/>).</summary>
    public Hash128 DataHash { get; init; }

    /// <summary>Hash of <see cref="Summary"/> (<see cref="PublishedMeeting.SummaryHash"/>).</summary>
    public Hash128 SummaryHash { get; init; }

    // An entry read from the cache file once, on whichever thread asks first.
    private sealed class LazyEntry(Func<MeetingEntry> read) : IMeetingEntry
    {
        private readonly Lazy<MeetingEntry> _entry = new(read, LazyThreadSafetyMode.ExecutionAndPublication);

        public MeetingSummary Summary => _entry.Value.Summary;

        public IReadOnlyList<SectionLink> Sections => _entry.Value.Sections;
    }
}
