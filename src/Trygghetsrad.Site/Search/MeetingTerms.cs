using System.Collections.Frozen;
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

    private MeetingTerms(Dictionary<string, Occurrence> terms, Dictionary<(string, string), Occurrence> pairs, int sectionCount)
    {
        Terms = terms;
        Pairs = pairs;
        SectionCount = sectionCount;
    }

    /// <summary>How many sections the meeting has.</summary>
    public int SectionCount { get; }

    /// <summary>Each term's occurrence.</summary>
    public IReadOnlyDictionary<string, Occurrence> Terms { get; }

    /// <summary>Each neighbouring key pair's occurrence.</summary>
    public IReadOnlyDictionary<(string First, string Second), Occurrence> Pairs { get; }

    /// <summary>Analyses the sections of a meeting.</summary>
    public static MeetingTerms Analyse(IReadOnlyList<Section> sections, SwedishAnalyzer analyzer, FrozenSet<string> stopKeys)
    {
        var terms = new Dictionary<string, Occurrence>(StringComparer.Ordinal);
        var pairs = new Dictionary<(string, string), Occurrence>();
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
            foreach (var (start, length) in SwedishAnalyzer.WordSpans(text))
            {
                // A word's terms start with its key: one look-up for both.
                var wordTerms = analyzer.Terms(text.AsSpan(start, length));
                var key = wordTerms[0];
                if (stopKeys.Contains(key))
                {
                    // Phrases skip small words on both sides: "kamerorna vid skolan" pairs kamer with skol.
                    continue;
                }

                foreach (var term in wordTerms)
                {
                    Get(terms, term).Add(section, weight);
                }

                if (previous is not null)
                {
                    Get(pairs, (previous, key)).Add(section, weight);
                }

                previous = key;
            }
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
