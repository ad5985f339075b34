using System.Collections.Frozen;
using Trygghetsrad.Site.Text;

namespace Trygghetsrad.Site.Search;

/// <summary>
/// Small words left out of the index: they stand in nearly every section, so their postings would be the
/// largest part of the index and a query naming them would fetch far more than it could use. The browser
/// gets their keys in the manifest and skips them in queries, so both sides drop the same words.
/// </summary>
public static class SearchStopWords
{
    /// <summary>The words as written.</summary>
    public static IReadOnlyList<string> Words { get; } =
    [
        "och", "i", "att", "det", "som", "en", "på", "är", "av", "för", "med", "till", "den", "har", "de",
        "inte", "om", "ett", "men", "var", "sig", "från", "vi", "så", "kan", "man", "när", "nu", "ska",
        "skulle", "eller", "också", "vid", "efter", "under", "hur", "här", "där", "då", "denna", "detta",
        "dessa", "mellan", "över", "inom", "sin", "sina", "sitt", "vara", "varit", "blir", "blev", "bli",
        "hade", "ha", "upp", "ut", "in", "mycket", "han", "hon", "hen", "dem", "deras", "vår", "våra",
        "vårt", "oss", "er", "jag", "du", "ni", "något", "några", "någon", "vad", "vilka", "vilken", "vilket",
        "samt", "sedan", "än", "utan", "dock", "även",
    ];

    /// <summary>The keys of <see cref="Words"/> under <paramref name="analyzer"/>, sorted ordinally.</summary>
    public static FrozenSet<string> Keys(SwedishAnalyzer analyzer) =>
        Words.Select(analyzer.Key).ToFrozenSet(StringComparer.Ordinal);
}
