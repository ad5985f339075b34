using System.Collections.Concurrent;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Trygghetsrad.Site.Text;

/// <summary>
/// The search keys of Finnish text (the meetings' Finnish summaries): each word folded as the Swedish analyser
/// folds it and stemmed with Snowball Finnish, so "töhryistä", "töhryt" and "tohryja" share a key. A key starts with
/// <see cref="Marker"/>, which no Swedish key has: a Finnish word is never mistaken for a Swedish one in the index,
/// and search.js, which has a copy of this analyser, looks a typed word up in both languages. Thread-safe.
/// </summary>
public sealed class FinnishAnalyzer : IDisposable
{
    /// <summary>The first character of every Finnish key.</summary>
    public const char Marker = '~';

    private readonly ThreadLocal<FinnishStemmer> _stemmer = new(() => new FinnishStemmer());
    private readonly ConcurrentDictionary<string, string> _keys = new(StringComparer.Ordinal);

    /// <summary>
    /// The key of <paramref name="word"/>: the marker and the folded word (å, ä and ö without their dots, as a query
    /// may be typed), stemmed when it has three letters or more and starts with a letter.
    /// </summary>
    public string Key(string word) => _keys.GetOrAdd(word, static (w, self) => Marker + self.Stem(TextFolding.Fold(w)), this);

    /// <inheritdoc />
    public void Dispose() => _stemmer.Dispose();

    // A word the stemmer fails on keeps its folded form, as in the Swedish analyser: no word may stop a build.
    private string Stem(string folded)
    {
        if (folded.Length < 3 || !char.IsLetter(folded[0]))
        {
            return folded;
        }

        try
        {
            var stemmer = _stemmer.Value!;
            stemmer.SetCurrent(folded);
            stemmer.Stem();
            return stemmer.Current;
        }
        catch (Exception)
        {
            _stemmer.Value = new FinnishStemmer();
            return folded;
        }
    }
}
