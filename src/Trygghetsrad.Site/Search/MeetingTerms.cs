using System.Collections.Frozen;
using System.Runtime.InteropServices;
using System.Text;
using Trygghetsrad.Site.Content;
using Trygghetsrad.Site.Text;

namespace Trygghetsrad.Site.Search;

/// <summary>
/// What one meeting contributes to the index: for every term (a word's key or a compound part's key) and
/// every pair of neighbouring keys (for phrases), the sections it stands in and a weight. Words in a
/// heading weigh more than words in the text.
/// </summary>
public sealed class MeetingTerms
{
    private const int HeadingWeight = 3;

    private readonly string[] _terms;
    private readonly (string First, string Second)[] _pairs;

    // Entry e is term e, or pair e - term count: its summed weight is _weights[e], its sections (ascending)
    // _sections[_starts[e].._starts[e + 1]]. Flat arrays, not an object and a list per term: a meeting has
    // hundreds of terms and pairs, and these were a sixth of all a build allocated.
    private readonly int[] _weights;
    private readonly int[] _starts;
    private readonly int[] _sections;

    private MeetingTerms(string[] terms, (string, string)[] pairs, int[] weights, int[] starts, int[] sections, int sectionCount)
    {
        _terms = terms;
        _pairs = pairs;
        _weights = weights;
        _starts = starts;
        _sections = sections;
        SectionCount = sectionCount;
    }

    /// <summary>How many sections the meeting has.</summary>
    public int SectionCount { get; }

    /// <summary>Each term once, in the order the meeting first has it; term <c>i</c> is entry <c>i</c>.</summary>
    public IReadOnlyList<string> Terms => _terms;

    /// <summary>Each neighbouring key pair once; pair <c>j</c> is entry <c>Terms.Count + j</c>.</summary>
    public IReadOnlyList<(string First, string Second)> Pairs => _pairs;

    /// <summary>The sections (ascending) an entry (a term, then the pairs) stands in.</summary>
    public ReadOnlySpan<int> SectionsOf(int entry) => _sections.AsSpan(_starts[entry], _starts[entry + 1] - _starts[entry]);

    /// <summary>The summed weight of an entry's occurrences.</summary>
    public int WeightOf(int entry) => _weights[entry];

    /// <summary>
    /// The meeting's terms in a compact form for a build cache (a few bytes per term, the terms themselves
    /// numbered in <paramref name="table"/>), read back by <see cref="Decode"/>.
    /// </summary>
    public byte[] Encode(TermTable table)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write7BitEncodedInt(SectionCount);
            writer.Write7BitEncodedInt(_terms.Length);
            for (var i = 0; i < _terms.Length; i++)
            {
                writer.Write7BitEncodedInt(table.IdOf(_terms[i]));
                WriteOccurrence(writer, i);
            }

            writer.Write7BitEncodedInt(_pairs.Length);
            for (var j = 0; j < _pairs.Length; j++)
            {
                writer.Write7BitEncodedInt(table.IdOf(_pairs[j].First));
                writer.Write7BitEncodedInt(table.IdOf(_pairs[j].Second));
                WriteOccurrence(writer, _terms.Length + j);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>Reads what <see cref="Encode"/> wrote with the same <paramref name="table"/>.</summary>
    public static MeetingTerms Decode(ReadOnlySpan<byte> encoded, TermTable table)
    {
        var reader = new Reader(encoded);
        var terms = new List<string>();
        var weights = new List<int>();
        var starts = new List<int> { 0 };
        var sections = new List<int>();
        while (reader.NextTerm(out var term))
        {
            terms.Add(table[term]);
            Read(ref reader);
        }

        var pairs = new List<(string, string)>();
        while (reader.NextPair(out var first, out var second))
        {
            pairs.Add((table[first], table[second]));
            Read(ref reader);
        }

        return new MeetingTerms([.. terms], [.. pairs], [.. weights], [.. starts], [.. sections], reader.SectionCount);

        void Read(ref Reader reader)
        {
            sections.AddRange(reader.ReadOccurrence(out var weight));
            weights.Add(weight);
            starts.Add(sections.Count);
        }
    }

    /// <summary>Analyses the sections of a meeting with <paramref name="scratch"/>, which one thread reuses meeting after meeting.</summary>
    public static MeetingTerms Analyse(IReadOnlyList<Section> sections, SwedishAnalyzer analyzer, FrozenSet<string> stopKeys, Analysis scratch)
    {
        scratch.Clear();
        var words = scratch.Words;
        for (var s = 0; s < sections.Count; s++)
        {
            AddText(sections[s].Heading, s, HeadingWeight);
            foreach (var passage in sections[s].Passages)
            {
                AddText(passage.Text, s, passage.IsHeading ? HeadingWeight : 1);
            }
        }

        return scratch.Finish(sections.Count);

        void AddText(string text, int section, int weight)
        {
            string? previous = null;
            SwedishAnalyzer.WordSpans(text, words);
            foreach (var (start, length) in words)
            {
                // A word's terms start with its key: one look-up for both.
                var wordTerms = analyzer.Terms(text.AsSpan(start, length));
                var key = wordTerms[0];
                if (stopKeys.Contains(key))
                {
                    // Phrases skip small words on both sides: "kamerorna vid skolan" pairs kamer with skol.
                    continue;
                }

                // By index: a foreach over the interface boxes an enumerator for every word.
                for (var t = 0; t < wordTerms.Count; t++)
                {
                    scratch.AddTerm(wordTerms[t], section, weight);
                }

                if (previous is not null)
                {
                    scratch.AddPair((previous, key), section, weight);
                }

                previous = key;
            }
        }
    }

    private void WriteOccurrence(BinaryWriter writer, int entry)
    {
        var sections = SectionsOf(entry);
        writer.Write7BitEncodedInt(sections.Length);
        var previous = 0;
        foreach (var section in sections)
        {
            writer.Write7BitEncodedInt(section - previous);
            previous = section;
        }

        writer.Write7BitEncodedInt(_weights[entry]);
    }

    /// <summary>
    /// The terms and pairs (by number) whose occurrence differs between two encodings of one meeting's terms,
    /// or that only one has; null stands for a meeting that is not there. An edit to one passage changes a few
    /// terms, not all the meeting has.
    /// </summary>
    public static (HashSet<int> Terms, HashSet<(int, int)> Pairs) Differences(ReadOnlyMemory<byte>? before, ReadOnlyMemory<byte>? after)
    {
        var (termsBefore, pairsBefore) = Entries(before);
        var (termsAfter, pairsAfter) = Entries(after);
        return (Differing(termsBefore, termsAfter), Differing(pairsBefore, pairsAfter));

        static HashSet<TKey> Differing<TKey>(Dictionary<TKey, (int[] Sections, int Weight)> a, Dictionary<TKey, (int[] Sections, int Weight)> b)
            where TKey : notnull
        {
            var keys = a.Keys.Where(k => !b.TryGetValue(k, out var other) || !Same(a[k], other)).ToHashSet();
            keys.UnionWith(b.Keys.Where(k => !a.ContainsKey(k)));
            return keys;
        }

        static bool Same((int[] Sections, int Weight) a, (int[] Sections, int Weight) b) =>
            a.Weight == b.Weight && a.Sections.AsSpan().SequenceEqual(b.Sections);

        static (Dictionary<int, (int[], int)>, Dictionary<(int, int), (int[], int)>) Entries(ReadOnlyMemory<byte>? encoded)
        {
            var terms = new Dictionary<int, (int[], int)>();
            var pairs = new Dictionary<(int, int), (int[], int)>();
            if (encoded is null)
            {
                return (terms, pairs);
            }

            var reader = new Reader(encoded.Value.Span);
            while (reader.NextTerm(out var term))
            {
                terms[term] = (reader.ReadOccurrence(out var weight), weight);
            }

            while (reader.NextPair(out var first, out var second))
            {
                pairs[(first, second)] = (reader.ReadOccurrence(out var weight), weight);
            }

            return (terms, pairs);
        }
    }

    /// <summary>
    /// Reads an encoding made by <see cref="Encode"/> entry by entry, without making the meeting's maps: the
    /// section count, then each term (<see cref="NextTerm"/>), then each pair (<see cref="NextPair"/>), each
    /// followed by its occurrence (<see cref="ReadOccurrence"/> or <see cref="SkipOccurrence"/>).
    /// </summary>
    public ref struct Reader
    {
        private readonly ReadOnlySpan<byte> _data;
        private int _position;
        private int _termsLeft;
        private int _pairsLeft = -1;

        /// <summary>Starts reading <paramref name="encoded"/>.</summary>
        public Reader(ReadOnlySpan<byte> encoded)
        {
            _data = encoded;
            SectionCount = ReadInt();
            _termsLeft = ReadInt();
        }

        /// <summary>How many sections the meeting has.</summary>
        public int SectionCount { get; }

        /// <summary>The next term's number in the table, or false after the last term.</summary>
        public bool NextTerm(out int term)
        {
            term = _termsLeft > 0 ? ReadInt() : -1;
            return _termsLeft-- > 0;
        }

        /// <summary>The next pair's numbers in the table, or false after the last pair (call after the terms).</summary>
        public bool NextPair(out int first, out int second)
        {
            if (_pairsLeft < 0)
            {
                _pairsLeft = ReadInt();
            }

            first = second = -1;
            if (_pairsLeft == 0)
            {
                return false;
            }

            _pairsLeft--;
            first = ReadInt();
            second = ReadInt();
            return true;
        }

        /// <summary>The sections (ascending) and weight of the entry just read.</summary>
        public int[] ReadOccurrence(out int weight)
        {
            var sections = new int[ReadInt()];
            var section = 0;
            for (var i = 0; i < sections.Length; i++)
            {
                section += ReadInt();
                sections[i] = section;
            }

            weight = ReadInt();
            return sections;
        }

        /// <summary>Passes over the occurrence of the entry just read.</summary>
        public void SkipOccurrence()
        {
            for (var count = ReadInt() + 1; count > 0; count--)
            {
                ReadInt();
            }
        }

        private int ReadInt()
        {
            var value = 0;
            var shift = 0;
            byte b;
            do
            {
                b = _data[_position++];
                value |= (b & 0x7F) << shift;
                shift += 7;
            }
            while ((b & 0x80) != 0);
            return value;
        }
    }

    /// <summary>
    /// What <see cref="Analyse"/> works in: the maps from term and pair to entry, and each entry's weight and
    /// sections as they come. Cleared for each meeting, so a thread's maps and lists keep their size.
    /// </summary>
    public sealed class Analysis
    {
        private readonly Dictionary<string, int> _termIds = new(StringComparer.Ordinal);
        private readonly Dictionary<(string, string), int> _pairIds = new();
        private readonly List<string> _terms = [];
        private readonly List<(string, string)> _pairs = [];

        // Per term, then per pair (numbered apart while they come mixed): summed weight and last section added.
        private readonly List<(int Weight, int Last)> _termState = [];
        private readonly List<(int Weight, int Last)> _pairState = [];

        // Each (entry, section) once, in the order they come: ascending sections, so ascending per entry too.
        // A pair's entry is stored as -1 - its number.
        private readonly List<(int Entry, int Section)> _hits = [];

        internal List<(int Start, int Length)> Words { get; } = [];

        internal void Clear()
        {
            _termIds.Clear();
            _pairIds.Clear();
            _terms.Clear();
            _pairs.Clear();
            _termState.Clear();
            _pairState.Clear();
            _hits.Clear();
        }

        internal void AddTerm(string term, int section, int weight)
        {
            ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(_termIds, term, out var known);
            if (!known)
            {
                id = _terms.Count;
                _terms.Add(term);
                _termState.Add((0, -1));
            }

            Add(_termState, id, id, section, weight);
        }

        internal void AddPair((string, string) pair, int section, int weight)
        {
            ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(_pairIds, pair, out var known);
            if (!known)
            {
                id = _pairs.Count;
                _pairs.Add(pair);
                _pairState.Add((0, -1));
            }

            Add(_pairState, id, -1 - id, section, weight);
        }

        internal MeetingTerms Finish(int sectionCount)
        {
            var termCount = _terms.Count;
            var count = termCount + _pairs.Count;
            var weights = new int[count];
            var starts = new int[count + 1];
            for (var e = 0; e < count; e++)
            {
                weights[e] = e < termCount ? _termState[e].Weight : _pairState[e - termCount].Weight;
            }

            foreach (var (entry, _) in _hits)
            {
                starts[EntryOf(entry) + 1]++;
            }

            for (var e = 0; e < count; e++)
            {
                starts[e + 1] += starts[e];
            }

            // Each entry's next free place, counted up from its start.
            var next = starts.AsSpan(0, count).ToArray();
            var sections = new int[_hits.Count];
            foreach (var (entry, section) in _hits)
            {
                sections[next[EntryOf(entry)]++] = section;
            }

            return new MeetingTerms([.. _terms], [.. _pairs], weights, starts, sections, sectionCount);

            int EntryOf(int hit) => hit >= 0 ? hit : termCount - 1 - hit;
        }

        private void Add(List<(int Weight, int Last)> states, int id, int entry, int section, int weight)
        {
            ref var state = ref CollectionsMarshal.AsSpan(states)[id];
            state.Weight += weight;
            if (state.Last != section)
            {
                state.Last = section;
                _hits.Add((entry, section));
            }
        }
    }
}
