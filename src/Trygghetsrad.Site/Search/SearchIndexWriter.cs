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
    private readonly SiteOutput _output;
    private readonly FrozenSet<string> _stopKeys;
    private readonly Dictionary<string, PostingsBuilder> _terms = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, string), PostingsBuilder> _pairs = [];
    private readonly SortedDictionary<string, PostingsBuilder> _topics = new(StringComparer.Ordinal);
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
        return MeetingTerms.Analyse(sections, _analyzer, _stopKeys);
    }

    /// <summary>Adds a prepared meeting to the postings; call in meeting order, from one thread.</summary>
    public void Add(int index, MeetingTerms meeting, IReadOnlyList<TopicHit> hits)
    {
        Merge(_terms, meeting.Terms, index);
        Merge(_pairs, meeting.Pairs, index);
        foreach (var hit in hits)
        {
            Get(_topics, hit.Topic.Slug).Add(index, [0], 1);
        }

        _sectionCount += meeting.SectionCount;
    }

    /// <summary>
    /// Writes the dictionary, phrase buckets, topic lists and manifest of every added meeting (<paramref name="meetings"/>,
    /// oldest first); returns the manifest's JSON, which the search page also carries.
    /// </summary>
    public string Finish(IReadOnlyList<PublishedMeeting> meetings)
    {
        foreach (var shard in _terms.GroupBy(t => IndexLayout.ShardOf(t.Key)))
        {
            WriteLines(_output, IndexLayout.ShardPath(shard.Key), shard.Key, shard.Select(t => (t.Key, t.Value)));
        }

        var buckets = BucketCount(_pairs);
        foreach (var bucket in _pairs.GroupBy(p => IndexLayout.BucketOf(p.Key.Item1, p.Key.Item2, buckets)))
        {
            WriteLines(
                _output,
                IndexLayout.BucketPath(bucket.Key),
                "b-" + bucket.Key.ToString(CultureInfo.InvariantCulture),
                bucket.Select(p => (p.Key.Item1 + " " + p.Key.Item2, p.Value)));
        }

        foreach (var (slug, postings) in _topics)
        {
            _output.WriteText(IndexLayout.TopicPath(slug), postings.ToString());
        }

        return WriteManifest(_output, meetings, _sectionCount, buckets);
    }

    private static void Merge<TKey>(Dictionary<TKey, PostingsBuilder> postings, IEnumerable<KeyValuePair<TKey, MeetingTerms.Occurrence>> occurrences, int meeting)
        where TKey : notnull
    {
        foreach (var (key, occurrence) in occurrences)
        {
            Get(postings, key).Add(meeting, occurrence.Sections, Math.Min(MaxWeight, occurrence.Weight));
        }
    }

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
        // Size the buckets so one holds a few kilobytes: few files on a small site, small fetches on a large one.
        long bytes = 0;
        foreach (var (key, postings) in pairs)
        {
            bytes += key.Item1.Length + key.Item2.Length + 8 + Math.Min(IndexLayout.InlineLimit, postings.ToString().Length);
        }

        var buckets = 1;
        while (buckets * (long)TargetBucketBytes < bytes)
        {
            buckets *= 2;
        }

        return buckets;
    }

    private static void WriteLines(SiteOutput output, string path, string owner, IEnumerable<(string Term, PostingsBuilder Postings)> entries)
    {
        // One line per term: "term\tmeetings\tsections\tpostings", or "…\t@n\ttop" with the whole list in file n
        // and, on the line itself, its best and newest entries: all a first query without filters needs, so
        // it is answered after one round trip for the dictionary instead of two.
        var text = new StringBuilder();
        var files = 0;
        foreach (var (term, postings) in entries.OrderBy(e => e.Term, StringComparer.Ordinal))
        {
            var list = postings.ToString();
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

        output.WriteText(path, text.ToString());
    }

    private static void WriteMeetingData(SiteOutput output, int index, MeetingSummary summary, IReadOnlyList<Section> sections)
    {
        // One file per meeting rather than per section: a first query shows ten results from a handful of
        // meetings, and a large archive would otherwise write six or seven small files per meeting.
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
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
        }

        output.WriteBytes(IndexLayout.MeetingDataPath(index), buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
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
            var i = 0;
            foreach (var year in meetings.GroupBy(m => m.Meeting.Date.Year))
            {
                var count = year.Count();
                json.WriteStartArray();
                json.WriteNumberValue(year.Key);
                json.WriteNumberValue(i);
                json.WriteNumberValue(count);
                json.WriteEndArray();
                i += count;
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
