using System.Collections.Frozen;
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

    private MeetingTerms(IReadOnlyCollection<KeyValuePair<string, Occurrence>> terms, IReadOnlyCollection<KeyValuePair<(string, string), Occurrence>> pairs, int sectionCount)
    {
        Terms = terms;
        Pairs = pairs;
        SectionCount = sectionCount;
    }

    /// <summary>How many sections the meeting has.</summary>
    public int SectionCount { get; }

    /// <summary>Each term's occurrence, each term once.</summary>
    public IReadOnlyCollection<KeyValuePair<string, Occurrence>> Terms { get; }

    /// <summary>Each neighbouring key pair's occurrence, each pair once.</summary>
    public IReadOnlyCollection<KeyValuePair<(string First, string Second), Occurrence>> Pairs { get; }

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
            writer.Write7BitEncodedInt(Terms.Count);
            foreach (var (term, occurrence) in Terms)
            {
                writer.Write7BitEncodedInt(table.IdOf(term));
                occurrence.Write(writer);
            }

            writer.Write7BitEncodedInt(Pairs.Count);
            foreach (var ((first, second), occurrence) in Pairs)
            {
                writer.Write7BitEncodedInt(table.IdOf(first));
                writer.Write7BitEncodedInt(table.IdOf(second));
                occurrence.Write(writer);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>Reads what <see cref="Encode"/> wrote with the same <paramref name="table"/>.</summary>
    public static MeetingTerms Decode(ReadOnlySpan<byte> encoded, TermTable table)
    {
        var reader = new Reader(encoded);
        var terms = new List<KeyValuePair<string, Occurrence>>();
        while (reader.NextTerm(out var term))
        {
            terms.Add(new(table[term], Occurrence.From(reader.ReadOccurrence(out var weight), weight)));
        }

        var pairs = new List<KeyValuePair<(string, string), Occurrence>>();
        while (reader.NextPair(out var first, out var second))
        {
            pairs.Add(new((table[first], table[second]), Occurrence.From(reader.ReadOccurrence(out var weight), weight)));
        }

        return new MeetingTerms(terms, pairs, reader.SectionCount);
    }

    /// <summary>Analyses the sections of a meeting.</summary>
    public static MeetingTerms Analyse(IReadOnlyList<Section> sections, SwedishAnalyzer analyzer, FrozenSet<string> stopKeys)
    {
        var terms = new Dictionary<string, Occurrence>(StringComparer.Ordinal);
        var pairs = new Dictionary<(string, string), Occurrence>();
        var words = new List<(int Start, int Length)>();
        for (var s = 0; s < sections.Count; s++)
        {
            AddText(sections[s].Heading, s, HeadingWeight);
            foreach (var passage in sections[s].Passages)
            {
                AddText(passage.Text, s, passage.IsHeading ? HeadingWeight : 1);
            }
        }

        return new MeetingTerms(terms, pairs, sections.Count);

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
                    Get(terms, wordTerms[t]).Add(section, weight);
                }

                if (previous is not null)
                {
                    Get(pairs, (previous, key)).Add(section, weight);
                }

                previous = key;
            }
        }
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

    private static Occurrence Get<TKey>(Dictionary<TKey, Occurrence> map, TKey key)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var occurrence))
        {
            occurrence = new Occurrence();
            map[key] = occurrence;
        }

        return occurrence;
    }

    /// <summary>Where a term stands in one meeting.</summary>
    public sealed class Occurrence
    {
        private readonly List<int> _sections = [];

        /// <summary>The sections, ascending.</summary>
        public IReadOnlyList<int> Sections => _sections;

        /// <summary>The summed weight of the term's occurrences.</summary>
        public int Weight { get; private set; }

        internal static Occurrence From(int[] sections, int weight)
        {
            var occurrence = new Occurrence { Weight = weight };
            occurrence._sections.AddRange(sections);
            return occurrence;
        }

        internal void Write(BinaryWriter writer)
        {
            writer.Write7BitEncodedInt(_sections.Count);
            var previous = 0;
            foreach (var section in _sections)
            {
                writer.Write7BitEncodedInt(section - previous);
                previous = section;
            }

            writer.Write7BitEncodedInt(Weight);
        }

        internal void Add(int section, int weight)
        {
            if (_sections.Count == 0 || _sections[^1] != section)
            {
                _sections.Add(section);
            }

            Weight += weight;
        }
    }
}
