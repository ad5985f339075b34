using System.Collections.Frozen;
using System.Runtime.InteropServices;
using Trygghetsrad.Site.Content;
using Trygghetsrad.Site.Text;

namespace Trygghetsrad.Site.Search;

/// <summary>
/// What one meeting contributes to the index: for every term (a word's key or a compound part's key) and
/// every pair of neighbouring keys (for phrases), the sections it stands in with a weight in each. Words in
/// a heading weigh more than words in the text; a term that stands in a section only inside compounds
/// (skol in "skolresultaten") weighs 0 there, so search can rank a whole word or its inflection above it.
/// Each term that stands as a whole word also keeps the shortest way the meeting writes it ("klotter" for
/// klott), which search shows when it suggests a word.
/// </summary>
public sealed class MeetingTerms
{
    private const int HeadingWeight = 3;

    /// <summary>The language whose sections are read with the Finnish analyser.</summary>
    public static readonly string FinnishLanguage = SummaryKinds.Finnish.Lang;

    private readonly string[] _terms;
    private readonly string?[] _forms;
    private readonly (string First, string Second)[] _pairs;

    // Entry e is term e, or pair e - term count: its sections (ascending) are _sections[_starts[e].._starts[e + 1]]
    // and its weight in each the same range of _weights. Flat arrays, not an object and a list per term: a
    // meeting has hundreds of terms and pairs, and every meeting of the archive is analysed.
    private readonly int[] _starts;
    private readonly int[] _sections;
    private readonly int[] _weights;

    private MeetingTerms(string[] terms, string?[] forms, (string, string)[] pairs, int[] starts, int[] sections, int[] weights, int sectionCount)
    {
        _terms = terms;
        _forms = forms;
        _pairs = pairs;
        _starts = starts;
        _sections = sections;
        _weights = weights;
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

    /// <summary>The entry's weight in each of <see cref="SectionsOf"/>: its whole-word occurrences, 0 where it stands only inside compounds.</summary>
    public ReadOnlySpan<int> WeightsOf(int entry) => _weights.AsSpan(_starts[entry], _starts[entry + 1] - _starts[entry]);

    /// <summary>How the meeting writes term <paramref name="term"/> as a whole word (see <see cref="WrittenForm"/>); null when only inside compounds.</summary>
    public string? FormOf(int term) => _forms[term];

    /// <summary>
    /// Analyses the sections of a meeting with <paramref name="scratch"/>, which one thread reuses meeting after
    /// meeting; a section in Finnish (a summary) with <paramref name="finnish"/>.
    /// </summary>
    public static MeetingTerms Analyse(IReadOnlyList<Section> sections, SwedishAnalyzer analyzer, FinnishAnalyzer finnish, FrozenSet<string> stopKeys, Analysis scratch)
    {
        scratch.Clear();
        var words = scratch.Words;
        for (var s = 0; s < sections.Count; s++)
        {
            // A branch, not a delegate per section: this runs for every section of every meeting.
            var inFinnish = sections[s].Lang == FinnishLanguage;
            Add(sections[s].Heading, s, HeadingWeight);
            foreach (var passage in sections[s].Passages)
            {
                Add(passage.Text, s, passage.IsHeading ? HeadingWeight : 1);
            }

            void Add(string text, int section, int weight)
            {
                if (inFinnish)
                {
                    AddFinnish(text, section, weight);
                }
                else
                {
                    AddText(text, section, weight);
                }
            }
        }

        return scratch.Finish(sections.Count);

        // Finnish words as whole words only: no compounds, no phrases, no small words left out.
        void AddFinnish(string text, int section, int weight)
        {
            SwedishAnalyzer.WordSpans(text, words);
            foreach (var (start, length) in words)
            {
                var word = text.Substring(start, length);
                scratch.AddTerm(finnish.Key(word), section, weight, word);
            }
        }

        void AddText(string text, int section, int weight)
        {
            string? previous = null;
            var analysed = analyzer.Analyse(text);
            for (var w = 0; w < analysed.Count; w++)
            {
                // A word's terms start with its key.
                var wordTerms = analysed.Terms(w);
                var key = wordTerms[0];
                if (stopKeys.Contains(key))
                {
                    // Phrases skip small words on both sides: "kamerorna vid skolan" pairs kamer with skol.
                    continue;
                }

                scratch.AddTerm(key, section, weight, analysed.Written(w));
                for (var t = 1; t < wordTerms.Length; t++)
                {
                    scratch.AddTerm(wordTerms[t], section, 0, null);
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
        private readonly List<string?> _forms = [];
        private readonly List<(string, string)> _pairs = [];

        // Per term, then per pair (numbered apart while they come mixed): the last section added and its place in _hits.
        private readonly List<(int Last, int Hit)> _termState = [];
        private readonly List<(int Last, int Hit)> _pairState = [];

        // Each (entry, section) once, in the order they come, with the entry's weight there: ascending sections,
        // so ascending per entry too. A pair's entry is stored as -1 - its number.
        private readonly List<(int Entry, int Section, int Weight)> _hits = [];

        internal List<(int Start, int Length)> Words { get; } = [];

        internal void Clear()
        {
            _termIds.Clear();
            _pairIds.Clear();
            _terms.Clear();
            _forms.Clear();
            _pairs.Clear();
            _termState.Clear();
            _pairState.Clear();
            _hits.Clear();
        }

        // A term standing as the word itself (written is the word), or with weight 0 as a compound part (written null).
        internal void AddTerm(string term, int section, int weight, string? written)
        {
            ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(_termIds, term, out var known);
            if (!known)
            {
                id = _terms.Count;
                _terms.Add(term);
                _forms.Add(null);
                _termState.Add((-1, -1));
            }

            if (written is not null && WrittenForm.Better(written, _forms[id]))
            {
                _forms[id] = written;
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
                _pairState.Add((-1, -1));
            }

            Add(_pairState, id, -1 - id, section, weight);
        }

        internal MeetingTerms Finish(int sectionCount)
        {
            var termCount = _terms.Count;
            var count = termCount + _pairs.Count;
            var starts = new int[count + 1];
            foreach (var (entry, _, _) in _hits)
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
            var weights = new int[_hits.Count];
            foreach (var (entry, section, weight) in _hits)
            {
                var at = next[EntryOf(entry)]++;
                sections[at] = section;
                weights[at] = weight;
            }

            return new MeetingTerms([.. _terms], [.. _forms], [.. _pairs], starts, sections, weights, sectionCount);

            int EntryOf(int hit) => hit >= 0 ? hit : termCount - 1 - hit;
        }

        private void Add(List<(int Last, int Hit)> states, int id, int entry, int section, int weight)
        {
            ref var state = ref CollectionsMarshal.AsSpan(states)[id];
            if (state.Last != section)
            {
                state.Last = section;
                state.Hit = _hits.Count;
                _hits.Add((entry, section, weight));
            }
            else
            {
                CollectionsMarshal.AsSpan(_hits)[state.Hit].Weight += weight;
            }
        }
    }
}
