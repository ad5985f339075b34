using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Trygghetsrad.Site.Text;

/// <summary>
/// The one text analyser of the site: tokenises, folds case and diacritics, stems with Snowball Swedish
/// plus a few tested rules where Snowball alone leaves inflections apart, and splits compounds into
/// known parts. Topic matching and the search index both use it, so a topic page and a search for its
/// word agree. Thread-safe; build one per site build and share it.
/// </summary>
public sealed class SwedishAnalyzer : IDisposable
{
    private const int MinPartLength = 4;
    private const int MinCompoundLength = MinPartLength * 2;

    /// <summary>
    /// The longest word split into compound parts; longer words only get their own key. Splitting tries every
    /// split point and keeps each piece's key, so its cost grows with the square of the length, and a pasted
    /// "word" of a hundred thousand letters must not be split. Real compounds in minutes stay far below this.
    /// </summary>
    public const int MaxCompoundLength = 64;

    // Texts per thread whose analysis is kept, by the text's identity: the topic matcher and the search index read
    // the same passages of a meeting one after the other on one thread, and the second finds them analysed.
    private const int RecentTexts = 256;

    private readonly ThreadLocal<SwedishStemmer> _stemmer = new(() => new SwedishStemmer());
    private readonly ThreadLocal<AnalysedText[]> _recent = new(() => [.. Enumerable.Range(0, RecentTexts).Select(_ => new AnalysedText())]);
    private readonly Func<string, string> _stem;
    private readonly ConcurrentDictionary<string, string> _keys = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string[]> _terms = new(StringComparer.Ordinal);

    // The same map read by a word's characters, made once: every word of every passage is looked up, and making
    // the lookup checks the comparer each time.
    private readonly ConcurrentDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> _termsBySpan;
    private readonly FrozenSet<string> _partKeys;

    /// <summary>Creates an analyser whose compound splitting knows <paramref name="extraParts"/> besides the built-in word list.</summary>
    /// <param name="extraParts">Words that may stand as parts of compounds, e.g. the topics' match words.</param>
    public SwedishAnalyzer(IEnumerable<string> extraParts)
        : this(extraParts, stem: null)
    {
    }

    /// <summary>An analyser whose stemmer is <paramref name="stem"/> (tests give one that fails), or Snowball's when null.</summary>
    internal SwedishAnalyzer(IEnumerable<string> extraParts, Func<string, string>? stem)
    {
        _stem = stem ?? Snowball;
        _termsBySpan = _terms.GetAlternateLookup<ReadOnlySpan<char>>();
        var parts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in CompoundLexicon.Words.Concat(extraParts).SelectMany(Words))
        {
            // A part's key must be as long as a part: "möte" stems to "mot", which "motor" in
            // "motorburen" stems to as well, so three-letter keys would split words that have no such part.
            var key = Key(word);
            if (key.Length >= MinPartLength)
            {
                parts.Add(key);
            }
        }

        _partKeys = parts.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The words of <paramref name="text"/>: maximal runs of letters and digits.</summary>
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        for (var i = 0; NextWord(text, ref i, out var start);)
        {
            tokens.Add(new Token(start, i - start, text[start..i]));
        }

        return tokens;
    }

    /// <summary>
    /// The words of <paramref name="text"/> as <see cref="Tokenize"/> finds them, without their positions.
    /// </summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        foreach (var (start, length) in WordSpans(text))
        {
            words.Add(text.Substring(start, length));
        }

        return words;
    }

    /// <summary>
    /// Where the words of <paramref name="text"/> stand, as <see cref="Tokenize"/> finds them, without a string
    /// for each: with <see cref="Terms(ReadOnlySpan{char})"/>, the analysis of every passage of a large archive
    /// allocates nothing for words it has seen before.
    /// </summary>
    public static List<(int Start, int Length)> WordSpans(string text)
    {
        var words = new List<(int, int)>();
        WordSpans(text, words);
        return words;
    }

    /// <summary>
    /// Replaces the contents of <paramref name="words"/> with the word spans of <paramref name="text"/>, as
    /// <see cref="WordSpans(string)"/>: a caller going through many passages reuses one list instead of
    /// growing a new one for each (tens of megabytes on a large archive).
    /// </summary>
    public static void WordSpans(string text, List<(int Start, int Length)> words)
    {
        words.Clear();
        for (var i = 0; NextWord(text, ref i, out var start);)
        {
            words.Add((start, i - start));
        }
    }

    private static bool NextWord(string text, ref int i, out int start)
    {
        while (i < text.Length && !char.IsLetterOrDigit(text[i]))
        {
            i++;
        }

        start = i;
        while (i < text.Length && (char.IsLetterOrDigit(text[i]) || IsJoiner(text, i)))
        {
            i++;
        }

        return i > start;
    }

    /// <summary>
    /// The word's search key: folded stem. Inflections of one word share a key:
    /// klotter/klottret → "klott", motorburen/motorburna → "motorbur", samverka/samverkan → "samverk".
    /// </summary>
    public string Key(string word) => _keys.GetOrAdd(word, static (w, self) => self.ComputeKey(w), this);

    /// <summary>
    /// Every key a word stands for: its own key first, then the keys of known compound parts
    /// (klotterpolicyn → klotterpolicy, klott, policy).
    /// </summary>
    /// <remarks>An immutable view of the analyser's own array, not a copy: callers read it for every word of every passage.</remarks>
    public ImmutableArray<string> Terms(string word) =>
        ImmutableCollectionsMarshal.AsImmutableArray(_terms.GetOrAdd(word, static (w, self) => self.ComputeTerms(w), this));

    /// <summary><see cref="Terms(string)"/> of a word given as characters; the first term is its <see cref="Key"/>.</summary>
    public ImmutableArray<string> Terms(ReadOnlySpan<char> word) => Terms(word, out _);

    /// <summary>
    /// <see cref="Terms(ReadOnlySpan{char})"/>, with the word as a string in <paramref name="written"/>: the one
    /// the analyser keeps for it, so a caller that keeps words makes no string for a word seen before.
    /// </summary>
    public ImmutableArray<string> Terms(ReadOnlySpan<char> word, out string written)
    {
        if (_termsBySpan.TryGetValue(word, out var known, out var terms))
        {
            written = known;
            return ImmutableCollectionsMarshal.AsImmutableArray(terms);
        }

        written = word.ToString();
        return Terms(written);
    }

    /// <summary>
    /// The words of <paramref name="text"/> with their terms, as <see cref="WordSpans(string)"/> and
    /// <see cref="Terms(ReadOnlySpan{char}, out string)"/> find them. The result belongs to the calling thread and is
    /// valid until its next call: read it at once. A text analysed recently on the thread (the same string, not only
    /// the same characters) is not analysed again.
    /// </summary>
    public AnalysedText Analyse(string text)
    {
        var recent = _recent.Value!;
        var slot = recent[(RuntimeHelpers.GetHashCode(text) & int.MaxValue) % RecentTexts];
        if (!ReferenceEquals(slot.Text, text))
        {
            slot.Fill(text, this);
        }

        return slot;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _stemmer.Dispose();
        _recent.Dispose();
    }

    private string ComputeKey(string word)
    {
        // Fold before stemming, so that a word typed without å/ä/ö stems exactly as the written word:
        // "trygghetsrad" and "Trygghetsråd" must get one key, and the browser's copy of the analyser stays small.
        var folded = TextFolding.Fold(word);
        if (folded.Length < 3 || !char.IsLetter(folded[0]))
        {
            return folded;
        }

        return SwedishStemRules.Apply(folded, Stem);
    }

    // A word the stemmer fails on keeps its folded form as its key, for topics and search alike: the stemmer is
    // a library, and no word an editor writes may stop a build.
    private string Stem(string lower)
    {
        try
        {
            return _stem(lower);
        }
        catch (Exception)
        {
            _stemmer.Value = new SwedishStemmer();
            return lower;
        }
    }

    private string Snowball(string lower)
    {
        var stemmer = _stemmer.Value!;
        stemmer.SetCurrent(lower);
        stemmer.Stem();
        return stemmer.Current;
    }

    private string[] ComputeTerms(string word)
    {
        var key = Key(word);
        var lower = word.ToLowerInvariant();
        if (lower.Length is < MinCompoundLength or > MaxCompoundLength || !char.IsLetter(lower[0]))
        {
            return [key];
        }

        var terms = new List<string> { key };
        for (var split = MinPartLength; split <= lower.Length - MinPartLength; split++)
        {
            var head = lower[..split];
            AddPart(terms, head);
            if (head[^1] == 's' && head.Length > MinPartLength)
            {
                // Swedish joins many compounds with an -s-: trygghets|undersökning, samverkans|aktörer.
                AddPart(terms, head[..^1]);
            }

            AddPart(terms, lower[split..]);
        }

        return [.. terms];
    }

    private void AddPart(List<string> terms, string part)
    {
        var key = Key(part);
        if (_partKeys.Contains(key) && !terms.Contains(key))
        {
            terms.Add(key);
        }
    }

    private static bool IsJoiner(string text, int i) =>
        // Keep "10:e" and "t.ex" apart, but let a soft hyphen inside a word (from PDFs) join it.
        text[i] == '\u00AD' && i + 1 < text.Length && char.IsLetter(text[i + 1]);
}
