using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Trygghetsrad.Site.Output;
using Trygghetsrad.Site.Text;

namespace Trygghetsrad.Site.Search;

/// <summary>
/// Writes the search index under <c>/sok/index/</c>, split so that a query fetches only what it needs:
/// a small manifest; dictionary shards by the terms' first two letters (terms with their postings, long
/// postings in files of their own); phrase buckets of neighbouring word pairs; per-topic meeting lists;
/// and one small file per section with the text for the result snippet. Meetings are analysed in
/// parallel, in batches, and merged in meeting order, so the output is byte-identical at any parallelism.
/// </summary>
public sealed class SearchIndexWriter
{
    /// <summary>The format version in the manifest; search.js refuses other versions.</summary>
    public const int FormatVersion = 1;

    private const int BatchSize = 256;
    private const int MaxWeight = 35;
    private const int TargetBucketBytes = 6000;

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly SwedishAnalyzer _analyzer;
    private readonly FrozenSet<string> _stopKeys;

    /// <summary>Creates a writer that analyses with <paramref name="analyzer"/>, the one the topics use.</summary>
    public SearchIndexWriter(SwedishAnalyzer analyzer)
    {
        _analyzer = analyzer;
        _stopKeys = SearchStopWords.Keys(analyzer);
    }

    /// <summary>Indexes <paramref name="meetings"/> (published only, oldest first) into <paramref name="output"/>.</summary>
    public void Write(SiteOutput output, IReadOnlyList<PublishedMeeting> meetings, ParallelOptions parallel)
    {
        var terms = new Dictionary<string, PostingsBuilder>(StringComparer.Ordinal);
        var pairs = new Dictionary<(string, string), PostingsBuilder>();
        var topics = new SortedDictionary<string, PostingsBuilder>(StringComparer.Ordinal);
        var sectionCount = 0;

        for (var start = 0; start < meetings.Count; start += BatchSize)
        {
            var batch = new MeetingTerms[Math.Min(BatchSize, meetings.Count - start)];
            Parallel.For(0, batch.Length, parallel, i =>
            {
                var index = start + i;
                batch[i] = MeetingTerms.Analyse(meetings[index].Sections, _analyzer, _stopKeys);
                WriteSections(output, index, meetings[index]);
            });

            for (var i = 0; i < batch.Length; i++)
            {
                var index = start + i;
                Merge(terms, batch[i].Terms, index);
                Merge(pairs, batch[i].Pairs, index);
                foreach (var hit in meetings[index].Hits)
                {
                    Get(topics, hit.Topic.Slug).Add(index, [0], 1);
                }

                sectionCount += meetings[index].Sections.Count;
            }
        }

        foreach (var shard in terms.GroupBy(t => IndexLayout.ShardOf(t.Key)))
        {
            WriteLines(output, IndexLayout.ShardPath(shard.Key), shard.Key, shard.Select(t => (t.Key, t.Value)));
        }

        var buckets = BucketCount(pairs);
        foreach (var bucket in pairs.GroupBy(p => IndexLayout.BucketOf(p.Key.Item1, p.Key.Item2, buckets)))
        {
            WriteLines(
                output,
                IndexLayout.BucketPath(bucket.Key),
                "b-" + bucket.Key.ToString(CultureInfo.InvariantCulture),
                bucket.Select(p => (p.Key.Item1 + " " + p.Key.Item2, p.Value)));
        }

        foreach (var (slug, postings) in topics)
        {
            output.WriteText(IndexLayout.TopicPath(slug), postings.ToString());
        }

        WriteManifest(output, meetings, sectionCount, buckets);
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
        // One line per term: "term\tmeetings\tsections\tpostings", or "…\t@n" with the postings in file n
        // and the best and newest of them in file "nt", which is all a first query without filters needs.
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
                output.WriteText(IndexLayout.PostingsPath(owner, files, top: true), postings.Top());
                text.Append('@').Append(IndexLayout.Base36(files));
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

    private static void WriteSections(SiteOutput output, int index, PublishedMeeting meeting)
    {
        for (var s = 0; s < meeting.Sections.Count; s++)
        {
            var section = meeting.Sections[s];
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer, JsonOptions))
            {
                json.WriteStartObject();
                json.WriteString("u", section.Id.Length > 0 ? $"{meeting.Summary.Url}#{section.Id}" : meeting.Summary.Url);
                json.WriteString("d", meeting.Summary.DateIso);
                json.WriteString("w", meeting.Summary.DateWithWeekday);
                json.WriteString("t", meeting.Summary.Title);
                json.WriteString("h", section.Heading);
                json.WriteStartArray("p");
                foreach (var passage in section.Passages)
                {
                    json.WriteStringValue(passage.Text);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            output.WriteBytes(IndexLayout.SectionPath(index, s), buffer.ToArray());
        }
    }

    private void WriteManifest(SiteOutput output, IReadOnlyList<PublishedMeeting> meetings, int sectionCount, int buckets)
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

        output.WriteBytes(IndexLayout.ManifestPath, buffer.ToArray());
    }
}
