using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Trygghetsrad.Site.Content;
using Trygghetsrad.Site.Output;
using Trygghetsrad.Site.Rendering;
using Trygghetsrad.Site.Text;
using Trygghetsrad.Site.Topics;

namespace Trygghetsrad.Site.Search;

/// <summary>
/// Writes the search index under <c>/sok/index/</c>, split so that a query fetches only what it needs:
/// a small manifest (which the search page also carries); dictionary shards by the terms' first two letters (terms with their postings; a long
/// list in a file of its own, with its best and newest entries on the term's line); phrase buckets of
/// neighbouring word pairs; per-topic meeting lists; and one file per meeting with its sections' text for
/// the result snippets. The build prepares meetings
/// in parallel (<see cref="Prepare"/>) and adds them in meeting order (<see cref="Add"/>), so the output
/// is byte-identical at any parallelism.
/// </summary>
public sealed class SearchIndexWriter
{
    /// <summary>The format version in the manifest; search.js refuses other versions.</summary>
    public const int FormatVersion = 2;

    private const int MaxWeight = 35;
    private const int TargetBucketBytes = 6000;

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly SwedishAnalyzer _analyzer;
    private readonly ThreadLocal<MeetingTerms.Analysis> _analyses = new(() => new MeetingTerms.Analysis());
    private readonly ThreadLocal<(ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Json)> _meetingJson = new(() =>
    {
        var buffer = new ArrayBufferWriter<byte>(1 << 14);
        return (buffer, new Utf8JsonWriter(buffer, JsonOptions));
    });
    private readonly SiteOutput _output;
    private readonly FrozenSet<string> _stopKeys;
    private readonly Dictionary<string, PostingsBuilder> _terms = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, string), PostingsBuilder> _pairs = [];
    private readonly Dictionary<string, PostingsBuilder> _topics = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _postingsFiles = new(StringComparer.Ordinal);
    private long[] _bucketBytes = [];
    private int _sectionCount;

    /// <summary>Creates a writer into <paramref name="output"/> that analyses with <paramref name="analyzer"/>, the one the topics use.</summary>
    public SearchIndexWriter(SwedishAnalyzer analyzer, SiteOutput output)
    {
        _analyzer = analyzer;
        _output = output;
        _stopKeys = SearchStopWords.Keys(analyzer);
    }

    /// <summary>
    /// Analyses one meeting and writes its result data; safe to call from many threads at once. Pass what it
    /// returns to <see cref="Add"/> in meeting order.
    /// </summary>
    /// <param name="index">The meeting's number: its position among the published meetings, oldest first.</param>
    public MeetingTerms Prepare(int index, MeetingSummary summary, IReadOnlyList<Section> sections)
    {
        WriteMeetingData(_output, index, summary, sections);
        return MeetingTerms.Analyse(sections, _analyzer, _stopKeys, _analyses.Value!);
    }

    /// <summary>Adds a prepared meeting to the postings; call in meeting order, from one thread.</summary>
    public void Add(int index, MeetingTerms meeting, IReadOnlyList<TopicHit> hits)
    {
        for (var i = 0; i < meeting.Terms.Count; i++)
        {
            Get(_terms, meeting.Terms[i]).Add(index, meeting.SectionsOf(i), Math.Min(MaxWeight, meeting.WeightOf(i)));
        }

        for (var j = 0; j < meeting.Pairs.Count; j++)
        {
            var entry = meeting.Terms.Count + j;
            Get(_pairs, meeting.Pairs[j]).Add(index, meeting.SectionsOf(entry), Math.Min(MaxWeight, meeting.WeightOf(entry)));
        }
        foreach (var hit in hits)
        {
            Get(_topics, hit.Topic.Slug).Add(index, [0], 1);
        }

        _sectionCount += meeting.SectionCount;
    }

    /// <summary>What this build's index looked like once finished: what a later incremental build starts from.</summary>
    public IndexState State => new(_bucketBytes.Length, _bucketBytes, new Dictionary<string, int>(_postingsFiles, StringComparer.Ordinal));

    /// <summary>
    /// Writes the dictionary, phrase buckets, topic lists and manifest of every added meeting (<paramref name="meetings"/>,
    /// oldest first); returns the manifest's JSON, which the search page also carries.
    /// </summary>
    public string Finish(IReadOnlyList<PublishedMeeting> meetings)
    {
        WriteShards(_terms);
        WriteBuckets(BucketCount(_pairs));
        return WriteTopicsAndManifest(meetings);
    }

    /// <summary>
    /// Writes the index of <paramref name="meetings"/> when only some of them changed since the build that left
    /// <paramref name="previous"/>, numbered as then. Only the terms and phrases whose sections or weight changed
    /// in some meeting get new lists (made from every meeting's encoded terms); the shards and buckets they fall in are
    /// rewritten with every other line as the previous build wrote it, and the other files are kept. The files
    /// are those <see cref="Finish"/> writes for the same meetings.
    /// </summary>
    /// <param name="meetings">Every published meeting, oldest first.</param>
    /// <param name="encoded">Each meeting's terms encoded against <paramref name="terms"/> (<see cref="MeetingTerms.Encode"/>), by number.</param>
    /// <param name="terms">The term table of the encodings.</param>
    /// <param name="previous">The index state of the build that wrote the files in place.</param>
    /// <param name="changed">
    /// The encoded terms, before and after, of every meeting number whose terms changed (null where a build does
    /// not have the number).
    /// </param>
    /// <returns>The manifest's JSON, as <see cref="Finish"/> returns it.</returns>
    public string FinishChanged(IReadOnlyList<PublishedMeeting> meetings, IReadOnlyList<ReadOnlyMemory<byte>> encoded, TermTable terms, IndexState previous, IEnumerable<(ReadOnlyMemory<byte>? Before, ReadOnlyMemory<byte>? After)> changed)
    {
        var changedTerms = new bool[terms.Count];
        var changedPairs = new HashSet<(int, int)>();
        foreach (var (before, after) in changed)
        {
            var (differentTerms, differentPairs) = MeetingTerms.Differences(before, after);
            foreach (var term in differentTerms)
            {
                changedTerms[term] = true;
            }

            changedPairs.UnionWith(differentPairs);
        }

        // Every meeting's pairs are read, millions on a large archive: a pair is looked up only when its first
        // term starts some changed pair.
        var changedPairStarts = new bool[terms.Count];
        foreach (var (first, _) in changedPairs)
        {
            changedPairStarts[first] = true;
        }

        for (var i = 0; i < encoded.Count; i++)
        {
            var reader = new MeetingTerms.Reader(encoded[i].Span);
            _sectionCount += reader.SectionCount;
            while (reader.NextTerm(out var term))
            {
                if (changedTerms[term])
                {
                    var sections = reader.ReadOccurrence(out var weight);
                    Get(_terms, terms[term]).Add(i, sections, Math.Min(MaxWeight, weight));
                }
                else
                {
                    reader.SkipOccurrence();
                }
            }

            while (reader.NextPair(out var first, out var second))
            {
                if (changedPairStarts[first] && changedPairs.Contains((first, second)))
                {
                    var sections = reader.ReadOccurrence(out var weight);
                    Get(_pairs, (terms[first], terms[second])).Add(i, sections, Math.Min(MaxWeight, weight));
                }
                else
                {
                    reader.SkipOccurrence();
                }
            }

            foreach (var hit in meetings[i].Hits)
            {
                Get(_topics, hit.Topic.Slug).Add(i, [0], 1);
            }
        }

        // Shards: the changed terms' shards are rewritten, every other line taken from the file in place.
        var shards = new HashSet<string>(StringComparer.Ordinal);
        for (var term = 0; term < changedTerms.Length; term++)
        {
            if (changedTerms[term])
            {
                shards.Add(IndexLayout.ShardOf(terms[term]));
            }
        }

        var freshByShard = ByShard(_terms);
        foreach (var shard in shards.Order(StringComparer.Ordinal))
        {
            var fresh = freshByShard.GetValueOrDefault(shard) ?? [];
            var kept = OldLines(IndexLayout.ShardPath(shard), shard, previous, term => !_terms.ContainsKey(term) && !IsChanged(term));
            Rewrite(IndexLayout.ShardPath(shard), shard, fresh, kept, previous);
        }

        foreach (var (owner, files) in previous.PostingsFiles)
        {
            if (!owner.StartsWith("b-", StringComparison.Ordinal) && !shards.Contains(owner))
            {
                Keep(IndexLayout.ShardPath(owner), owner, files);
            }
        }

        // Buckets likewise, unless the phrases' total size now asks for another number of buckets: then every
        // phrase moves, and all of them are read again.
        var bucketsChanged = new HashSet<int>();
        foreach (var (first, second) in changedPairs)
        {
            bucketsChanged.Add(IndexLayout.BucketOf(terms[first], terms[second], previous.Buckets));
        }

        var rewritten = new Dictionary<int, BucketLines>();
        var freshByBucket = ByBucket(_pairs, previous.Buckets);
        var bytes = 0L;
        for (var b = 0; b < previous.Buckets; b++)
        {
            if (!bucketsChanged.Contains(b))
            {
                bytes += previous.BucketBytes[b];
                continue;
            }

            var fresh = freshByBucket[b] ?? [];
            foreach (var line in fresh)
            {
                bytes += LineBytes(line.Term.Length, line.Postings.ToString().Length);
            }

            var freshKeys = fresh.Select(f => f.Term).ToHashSet(StringComparer.Ordinal);
            var kept = OldLines(IndexLayout.BucketPath(b), BucketOwner(b), previous, pair => !freshKeys.Contains(pair) && !IsChangedPair(pair));
            foreach (var old in kept)
            {
                bytes += old.Bytes;
            }

            rewritten[b] = new BucketLines(fresh, kept);
        }

        var count = BucketsFor(bytes);
        if (count != previous.Buckets)
        {
            _pairs.Clear();
            for (var i = 0; i < encoded.Count; i++)
            {
                var reader = new MeetingTerms.Reader(encoded[i].Span);
                while (reader.NextTerm(out _))
                {
                    reader.SkipOccurrence();
                }

                while (reader.NextPair(out var first, out var second))
                {
                    var sections = reader.ReadOccurrence(out var weight);
                    Get(_pairs, (terms[first], terms[second])).Add(i, sections, Math.Min(MaxWeight, weight));
                }
            }

            WriteBuckets(count);
        }
        else
        {
            _bucketBytes = new long[count];
            for (var b = 0; b < count; b++)
            {
                if (rewritten.TryGetValue(b, out var lines))
                {
                    _bucketBytes[b] = Rewrite(IndexLayout.BucketPath(b), BucketOwner(b), lines.Fresh, lines.Kept, previous);
                }
                else
                {
                    _bucketBytes[b] = previous.BucketBytes[b];
                    if (previous.PostingsFiles.TryGetValue(BucketOwner(b), out var files))
                    {
                        Keep(IndexLayout.BucketPath(b), BucketOwner(b), files);
                    }
                }
            }
        }

        return WriteTopicsAndManifest(meetings);

        // A changed term or phrase that no meeting has any more is dropped with its old line.
        bool IsChanged(string term) => terms.TryGetId(term, out var id) && id < changedTerms.Length && changedTerms[id];
        bool IsChangedPair(string pair)
        {
            var space = pair.IndexOf(' ');
            return terms.TryGetId(pair[..space], out var first) && terms.TryGetId(pair[(space + 1)..], out var second) && changedPairs.Contains((first, second));
        }
    }

    // Grouping is by hand (as in WriteBuckets) and lines are classes: LINQ's GroupBy and OrderBy over key-value
    // pairs or tuples are framework generics over value types, which ReadyToRun cannot compile ahead of time.
    private void WriteShards(Dictionary<string, PostingsBuilder> terms)
    {
        foreach (var (shard, lines) in ByShard(terms))
        {
            _postingsFiles[shard] = WriteLines(_output, IndexLayout.ShardPath(shard), shard, lines).Files;
        }
    }

    private void WriteBuckets(int buckets)
    {
        var lines = ByBucket(_pairs, buckets);
        _bucketBytes = new long[buckets];
        for (var bucket = 0; bucket < buckets; bucket++)
        {
            if (lines[bucket] is { } bucketLines)
            {
                var owner = BucketOwner(bucket);
                (_postingsFiles[owner], _bucketBytes[bucket]) = WriteLines(_output, IndexLayout.BucketPath(bucket), owner, bucketLines);
            }
        }
    }

    // This build's lines by dictionary shard, in one pass (a build writes every shard; an incremental one those changed).
    private static Dictionary<string, List<FreshLine>> ByShard(Dictionary<string, PostingsBuilder> terms)
    {
        var shards = new Dictionary<string, List<FreshLine>>(StringComparer.Ordinal);
        foreach (var (term, postings) in terms)
        {
            var shard = IndexLayout.ShardOf(term);
            if (!shards.TryGetValue(shard, out var lines))
            {
                lines = [];
                shards[shard] = lines;
            }

            lines.Add(new FreshLine(term, postings));
        }

        return shards;
    }

    // This build's phrase lines by bucket, in one pass; null for a bucket without any.
    private static List<FreshLine>?[] ByBucket(Dictionary<(string, string), PostingsBuilder> pairs, int buckets)
    {
        var lines = new List<FreshLine>?[buckets];
        foreach (var ((first, second), postings) in pairs)
        {
            (lines[IndexLayout.BucketOf(first, second, buckets)] ??= []).Add(new FreshLine(first + " " + second, postings));
        }

        return lines;
    }

    // The lines of a dictionary shard or phrase bucket file the previous build wrote, those kept as they are.
    private List<OldLine> OldLines(string path, string owner, IndexState previous, Func<string, bool> keep)
    {
        var lines = new List<OldLine>();
        if (!previous.PostingsFiles.ContainsKey(owner) || _output.ReadPrevious(path) is not { } text)
        {
            return lines;
        }

        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            // "term\tmeetings\tsections\tlist" or "term\tmeetings\tsections\t@n\ttop".
            var fields = line.Split('\t');
            if (keep(fields[0]))
            {
                lines.Add(fields[3].StartsWith('@')
                    ? new OldLine(fields[0], line, FromBase36(fields[3][1..]), LineBytes(fields[0].Length, int.MaxValue))
                    : new OldLine(fields[0], line, null, LineBytes(fields[0].Length, fields[3].Length)));
            }
        }

        return lines;
    }

    // Writes a shard or bucket of fresh lists and old lines in term order, numbering long lists anew; an old long
    // list whose number is unchanged keeps its file. Returns the lines' share of the bucket size.
    private long Rewrite(string path, string owner, List<FreshLine> fresh, List<OldLine> kept, IndexState previous)
    {
        var text = new StringBuilder();
        var files = 0;
        var bytes = 0L;
        List<IndexLine> all = [.. fresh, .. kept];
        all.Sort(ByTerm);
        foreach (var line in all)
        {
            if (line is FreshLine(var term, var postings))
            {
                var list = postings.ToString();
                bytes += LineBytes(term.Length, list.Length);
                AppendLine(text, term, postings, list, owner, ref files, _output);
                continue;
            }

            var old = (OldLine)line;
            bytes += old.Bytes;
            if (old.File is not { } number)
            {
                text.Append(old.Line).Append('\n');
                continue;
            }

            var target = IndexLayout.PostingsPath(owner, files);
            if (number == files)
            {
                _output.Keep(target);
                text.Append(old.Line).Append('\n');
            }
            else
            {
                _output.WriteText(target, _output.ReadPrevious(IndexLayout.PostingsPath(owner, number)) ?? throw new InvalidOperationException($"{owner}: long list {number} is missing."));
                var fields = old.Line.Split('\t');
                text.Append(fields[0]).Append('\t').Append(fields[1]).Append('\t').Append(fields[2])
                    .Append("\t@").Append(IndexLayout.Base36(files)).Append('\t').Append(fields[4]).Append('\n');
            }

            files++;
        }

        if (text.Length > 0)
        {
            _output.WriteText(path, text.ToString());
            _postingsFiles[owner] = files;
        }

        return bytes;
    }

    private static int FromBase36(string digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            value = value * 36 + (c <= '9' ? c - '0' : c - 'a' + 10);
        }

        return value;
    }

    // Terms are unique in a file, so the order of lines is the same whichever sort is used.
    private static int ByTerm(IndexLine a, IndexLine b) => string.CompareOrdinal(a.Term, b.Term);

    // A line of a dictionary shard or phrase bucket file, by its term or phrase.
    private abstract record IndexLine(string Term);

    // A line made from this build's postings.
    private sealed record FreshLine(string Term, PostingsBuilder Postings) : IndexLine(Term);

    // A line of the previous build's file, with the number of its long-list file if it has one.
    private sealed record OldLine(string Term, string Line, int? File, long Bytes) : IndexLine(Term);

    // A phrase bucket's lines to write again: this build's and the previous build's kept.
    private sealed record BucketLines(List<FreshLine> Fresh, List<OldLine> Kept);

    private void Keep(string path, string owner, int files)
    {
        _output.Keep(path);
        for (var n = 0; n < files; n++)
        {
            _output.Keep(IndexLayout.PostingsPath(owner, n));
        }

        _postingsFiles[owner] = files;
    }

    private string WriteTopicsAndManifest(IReadOnlyList<PublishedMeeting> meetings)
    {
        foreach (var (slug, postings) in _topics)
        {
            _output.WriteText(IndexLayout.TopicPath(slug), postings.ToString());
        }

        var manifest = WriteManifest(_output, meetings, _sectionCount, _bucketBytes.Length);

        // All is written: the whole archive's postings need not stay in memory while the list pages are made.
        _terms.Clear();
        _terms.TrimExcess();
        _pairs.Clear();
        _pairs.TrimExcess();
        _topics.Clear();
        return manifest;
    }

    private static string BucketOwner(int bucket) => "b-" + bucket.ToString(CultureInfo.InvariantCulture);

    private static PostingsBuilder Get<TKey>(IDictionary<TKey, PostingsBuilder> map, TKey key)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var builder))
        {
            builder = new PostingsBuilder();
            map[key] = builder;
        }

        return builder;
    }

    private static int BucketCount(Dictionary<(string, string), PostingsBuilder> pairs)
    {
        long bytes = 0;
        foreach (var (key, postings) in pairs)
        {
            bytes += PairBytes(key, postings);
        }

        return BucketsFor(bytes);
    }

    // What a phrase adds to its bucket file, near enough: the words, the counts and the list or its start.
    private static long PairBytes((string First, string Second) key, PostingsBuilder postings) =>
        LineBytes(key.First.Length + 1 + key.Second.Length, postings.ToString().Length);

    private static long LineBytes(int termLength, int listLength) => termLength + 7 + Math.Min(IndexLayout.InlineLimit, listLength);

    // Buckets sized so one holds a few kilobytes: few files on a small site, small fetches on a large one.
    private static int BucketsFor(long bytes)
    {
        var buckets = 1;
        while (buckets * (long)TargetBucketBytes < bytes)
        {
            buckets *= 2;
        }

        return buckets;
    }

    // Returns how many long lists went to files of their own, and the lines' share of the bucket size (LineBytes).
    private static (int Files, long Bytes) WriteLines(SiteOutput output, string path, string owner, List<FreshLine> entries)
    {
        var bytes = 0L;
        var text = new StringBuilder();
        var files = 0;
        entries.Sort(ByTerm);
        foreach (var (term, postings) in entries)
        {
            var list = postings.ToString();
            bytes += LineBytes(term.Length, list.Length);
            AppendLine(text, term, postings, list, owner, ref files, output);
        }

        output.WriteText(path, text.ToString());
        return (files, bytes);
    }

    // One line per term: "term\tmeetings\tsections\tpostings", or "…\t@n\ttop" with the whole list in file n
    // and, on the line itself, its best and newest entries: all a first query without filters needs, so
    // it is answered after one round trip for the dictionary instead of two.
    private static void AppendLine(StringBuilder text, string term, PostingsBuilder postings, string list, string owner, ref int files, SiteOutput output)
    {
        text.Append(term)
            .Append('\t').Append(IndexLayout.Base36(postings.MeetingCount))
            .Append('\t').Append(IndexLayout.Base36(postings.SectionCount))
            .Append('\t');
        if (list.Length > IndexLayout.InlineLimit)
        {
            output.WriteText(IndexLayout.PostingsPath(owner, files), list);
            text.Append('@').Append(IndexLayout.Base36(files)).Append('\t').Append(postings.Top());
            files++;
        }
        else
        {
            text.Append(list);
        }

        text.Append('\n');
    }

    private void WriteMeetingData(SiteOutput output, int index, MeetingSummary summary, IReadOnlyList<Section> sections)
    {
        // One file per meeting rather than per section: a first query shows ten results from a handful of
        // meetings, and a large archive would otherwise write six or seven small files per meeting.
        // The thread's buffer and writer serve meeting after meeting: a new pair grew its buffer step by step
        // for each (5 % of a build's allocations).
        var (buffer, json) = _meetingJson.Value;
        buffer.ResetWrittenCount();
        json.Reset(buffer);
        json.WriteStartObject();
        json.WriteString("u", summary.Url);
        json.WriteString("d", summary.DateIso);
        json.WriteString("w", summary.DateWithWeekday);
        json.WriteString("t", summary.Title);
        json.WriteStartArray("s");
        foreach (var section in sections)
        {
            json.WriteStartObject();
            json.WriteString("i", section.Id);
            json.WriteString("h", section.Heading);
            json.WriteStartArray("p");
            foreach (var passage in section.Passages)
            {
                json.WriteStringValue(passage.Text);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();

        output.WriteBytes(IndexLayout.MeetingDataPath(index), buffer.WrittenSpan);
    }

    private string WriteManifest(SiteOutput output, IReadOnlyList<PublishedMeeting> meetings, int sectionCount, int buckets)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            json.WriteStartObject();
            json.WriteNumber("v", FormatVersion);
            json.WriteNumber("meetings", meetings.Count);
            json.WriteNumber("sections", sectionCount);
            json.WriteNumber("buckets", buckets);
            json.WriteStartArray("years");
            // Each year's first meeting and count; meetings are oldest first, so a year's meetings are a run.
            for (var first = 0; first < meetings.Count;)
            {
                var year = meetings[first].Meeting.Date.Year;
                var end = first;
                while (end < meetings.Count && meetings[end].Meeting.Date.Year == year)
                {
                    end++;
                }

                json.WriteStartArray();
                json.WriteNumberValue(year);
                json.WriteNumberValue(first);
                json.WriteNumberValue(end - first);
                json.WriteEndArray();
                first = end;
            }

            json.WriteEndArray();
            json.WriteStartArray("stop");
            foreach (var key in _stopKeys.Order(StringComparer.Ordinal))
            {
                json.WriteStringValue(key);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        var bytes = buffer.ToArray();
        output.WriteBytes(IndexLayout.ManifestPath, bytes);
        return Encoding.UTF8.GetString(bytes);
    }
}
