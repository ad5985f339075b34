using System.Collections.Frozen;
using System.Runtime.InteropServices;
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
    // hundreds of terms and pairs, and every meeting of the archive is analysed.
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
