using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Trygghetsrad.Site.Building;
using Trygghetsrad.Site.Config;
using Trygghetsrad.Site.Content;
using Trygghetsrad.Site.Output;
using Trygghetsrad.Site.Rendering;
using Trygghetsrad.Site.Text;
using Trygghetsrad.Site.Topics;

namespace Trygghetsrad.Site.Search;

/// <summary>
/// Writes the search index under <c>/sok/index/</c>, split so that a query fetches only what it needs:
/// a small manifest with the topics' names, match words and synonyms (which the search page also carries);
/// dictionary shards by the terms' first two letters (terms with their postings; a long list in a file of
/// its own, with its best and newest entries on the term's line); beside each shard, how the archive writes
/// its terms (for suggesting words when a query finds nothing); phrase buckets of neighbouring word pairs;
/// per-topic meeting lists; the words of each topic (for suggesting topics); and one file per meeting with
/// its sections' text for the result snippets and their questions with answers, which results show as questions. The build prepares meetings
/// in parallel (<see cref="Prepare"/>) and adds them in meeting order (<see cref="Add"/>), so the output
/// is byte-identical at any parallelism.
/// </summary>
public sealed class SearchIndexWriter
{
    /// <summary>The format version in the manifest; search.js refuses other versions.</summary>
    public const int FormatVersion = 3;

    private const int TargetBucketBytes = 6000;

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly SwedishAnalyzer _analyzer;
    private readonly FinnishAnalyzer _finnish = new();
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
    private readonly Dictionary<string, string> _forms = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<TopicDefinition> _topicDefinitions;
    private readonly SortedSet<string> _finnishShards = new(StringComparer.Ordinal);
    private int _sectionCount;

    /// <summary>
    /// Creates a writer into <paramref name="output"/> that analyses with <paramref name="analyzer"/>, the one
    /// the topics use, for a site with <paramref name="topics"/>.
    /// </summary>
    public SearchIndexWriter(SwedishAnalyzer analyzer, SiteOutput output, IReadOnlyList<TopicDefinition> topics)
    {
        _analyzer = analyzer;
        _output = output;
        _topicDefinitions = topics;
        _stopKeys = SearchStopWords.Keys(analyzer);
    }

    /// <summary>
    /// Analyses one meeting and writes its result data; safe to call from many threads at once. Pass what it
    /// returns to <see cref="Add"/> in meeting order.
    /// </summary>
    /// <param name="index">The meeting's number: its position among the published meetings, oldest first.</param>
    /// <param name="summary">The meeting as lists show it.</param>
    /// <param name="sections">Its sections with their passages.</param>
    /// <param name="questions">Its questions with their answers, which results show as questions.</param>
    public MeetingTerms Prepare(int index, MeetingSummary summary, IReadOnlyList<Section> sections, IReadOnlyList<Question> questions)
    {
        WriteMeetingData(_output, index, summary, sections, questions);
        return MeetingTerms.Analyse(sections, _analyzer, _finnish, _stopKeys, _analyses.Value!);
    }

    /// <summary>Adds a prepared meeting to the postings; call in meeting order, from one thread.</summary>
    public void Add(int index, MeetingTerms meeting, IReadOnlyList<TopicHit> hits)
    {
        for (var i = 0; i < meeting.Terms.Count; i++)
        {
            var term = meeting.Terms[i];
            Get(_terms, term).Add(index, meeting.SectionsOf(i), meeting.WeightsOf(i));
            if (meeting.FormOf(i) is { } form)
            {
                ref var shown = ref CollectionsMarshal.GetValueRefOrAddDefault(_forms, term, out _);
                if (WrittenForm.Better(form, shown))
                {
                    shown = form;
                }
            }
        }

        for (var j = 0; j < meeting.Pairs.Count; j++)
        {
            var entry = meeting.Terms.Count + j;
            Get(_pairs, meeting.Pairs[j]).Add(index, meeting.SectionsOf(entry), meeting.WeightsOf(entry));
        }

        foreach (var hit in hits)
        {
            Get(_topics, hit.Topic.Slug).Add(index, [0], [1]);
        }

        _sectionCount += meeting.SectionCount;
    }

    /// <summary>
    /// Writes the dictionary, phrase buckets, topic lists and manifest of every added meeting (<paramref name="meetings"/>,
    /// oldest first); returns the manifest's JSON, which the search page also carries.
    /// </summary>
    public string Finish(IReadOnlyList<PublishedMeeting> meetings)
    {
        // Dictionary shards by the terms' first two letters; lines grouped by hand rather than with LINQ's GroupBy.
        var shards = new Dictionary<string, List<IndexLine>>(StringComparer.Ordinal);
        foreach (var (term, postings) in _terms)
        {
            var shard = IndexLayout.ShardOf(term);
            if (term[0] == FinnishAnalyzer.Marker)
            {
                _finnishShards.Add(shard);
            }

            if (!shards.TryGetValue(shard, out var lines))
            {
                lines = [];
                shards[shard] = lines;
            }

            lines.Add(new IndexLine(term, postings));
        }

        foreach (var (shard, lines) in shards)
        {
            WriteLines(_output, IndexLayout.ShardPath(shard), shard, lines);
            WriteForms(_output, shard, lines, _forms);
        }

        // Phrase buckets: as many as keep each to a few kilobytes.
        var buckets = BucketCount(_pairs);
        var bucketLines = new List<IndexLine>?[buckets];
        foreach (var ((first, second), postings) in _pairs)
        {
            (bucketLines[IndexLayout.BucketOf(first, second, buckets)] ??= []).Add(new IndexLine(first + " " + second, postings));
        }

        for (var bucket = 0; bucket < buckets; bucket++)
        {
            if (bucketLines[bucket] is { } lines)
            {
                WriteLines(_output, IndexLayout.BucketPath(bucket), BucketOwner(bucket), lines);
            }
        }

        foreach (var (slug, postings) in _topics)
        {
            _output.WriteText(IndexLayout.TopicPath(slug), postings.ToString());
        }

        WriteTopicWords(_output);
        var manifest = WriteManifest(_output, meetings, _sectionCount, buckets);

        // All is written: the whole archive's postings need not stay in memory while the list pages are made.
        _terms.Clear();
        _terms.TrimExcess();
        _pairs.Clear();
        _pairs.TrimExcess();
        _topics.Clear();
        _forms.Clear();
        _forms.TrimExcess();
        return manifest;
    }

    // A line of a dictionary shard or phrase bucket file: a term or phrase and its postings.
    private sealed record IndexLine(string Term, PostingsBuilder Postings);

    // Terms are unique in a file, so the order of lines is the same whichever sort is used.
    private static int ByTerm(IndexLine a, IndexLine b) => string.CompareOrdinal(a.Term, b.Term);

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

    private static void WriteLines(SiteOutput output, string path, string owner, List<IndexLine> entries)
    {
        var text = new StringBuilder();
        var files = 0;
        entries.Sort(ByTerm);
        foreach (var (term, postings) in entries)
        {
            AppendLine(text, term, postings, postings.ToString(), owner, ref files, output);
        }

        output.WriteText(path, text.ToString());
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

    // "key\tword" for each term of a shard that stands as a word somewhere, in the shard's (sorted) order.
    private static void WriteForms(SiteOutput output, string shard, List<IndexLine> lines, Dictionary<string, string> forms)
    {
        var text = new StringBuilder();
        foreach (var (term, _) in lines)
        {
            if (forms.TryGetValue(term, out var form))
            {
                text.Append(term).Append('\t').Append(WrittenForm.Shown(form)).Append('\n');
            }
        }

        if (text.Length > 0)
        {
            output.WriteText(IndexLayout.FormsPath(shard), text.ToString());
        }
    }

    // For each topic, the keys of the words in its name, description, match words and synonyms (with their
    // compound parts, without small words and keys under three letters, such as the "a" of A-traktor),
    // sorted: what a query that finds nothing is compared with.
    private void WriteTopicWords(SiteOutput output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            json.WriteStartObject();
            foreach (var topic in _topicDefinitions)
            {
                var keys = new SortedSet<string>(StringComparer.Ordinal);
                foreach (var text in topic.Phrases.Append(topic.Name).Append(topic.Description))
                {
                    foreach (var word in SwedishAnalyzer.Words(text))
                    {
                        var terms = _analyzer.Terms(word);
                        if (!_stopKeys.Contains(terms[0]))
                        {
                            keys.UnionWith(terms.Where(t => t.Length >= 3));
                        }
                    }
                }

                json.WriteStartArray(topic.Slug);
                foreach (var key in keys)
                {
                    json.WriteStringValue(key);
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        output.WriteBytes(IndexLayout.TopicWordsPath, buffer.ToArray());
    }

    // The meeting's data: URL, dates, title, and each section's anchor, heading, passages and, when it has any, its
    // questions ("q": anchor, question, answers), so that a result can show a question as a question.
    private void WriteMeetingData(SiteOutput output, int index, MeetingSummary summary, IReadOnlyList<Section> sections, IReadOnlyList<Question> questions)
    {
        // One file per meeting rather than per section: a first query shows ten results from a handful of
        // meetings, and a large archive would otherwise write six or seven small files per meeting.
        // The thread's buffer and writer serve meeting after meeting, so neither grows anew for each.
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
            if (section.Lang is { } lang)
            {
                json.WriteString("l", lang);
            }

            json.WriteStartArray("p");
            foreach (var passage in section.Passages)
            {
                json.WriteStringValue(passage.Text);
            }

            json.WriteEndArray();
            WriteQuestions(json, section, questions);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();

        output.WriteBytes(IndexLayout.MeetingDataPath(index), buffer.WrittenSpan);
    }

    private static void WriteQuestions(Utf8JsonWriter json, Section section, IReadOnlyList<Question> questions)
    {
        var any = false;
        foreach (var question in questions)
        {
            if (question.SectionId != section.Id)
            {
                continue;
            }

            if (!any)
            {
                json.WriteStartArray("q");
                any = true;
            }

            json.WriteStartObject();
            json.WriteString("i", question.Id);
            json.WriteString("q", question.Text);
            WriteStrings(json, "a", question.Answers);
            json.WriteEndObject();
        }

        if (any)
        {
            json.WriteEndArray();
        }
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

            // Every query needs the synonyms (to widen a word to its topic) and names them by the topic's words.
            json.WriteStartArray("topics");
            foreach (var topic in _topicDefinitions)
            {
                json.WriteStartObject();
                json.WriteString("s", topic.Slug);
                json.WriteString("n", topic.Name);
                WriteStrings(json, "m", topic.Match);
                WriteStrings(json, "y", topic.Synonyms);
                json.WriteEndObject();
            }

            json.WriteEndArray();

            // The dictionary shards that hold Finnish terms: a query looks a word up in Finnish only where there are any.
            json.WriteStartArray("fi");
            foreach (var shard in _finnishShards)
            {
                json.WriteStringValue(shard);
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

    private static void WriteStrings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
