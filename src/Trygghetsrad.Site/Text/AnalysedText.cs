using System.Collections.Immutable;

namespace Trygghetsrad.Site.Text;

/// <summary>
/// A text's words as the analyser reads them: where each stands, its terms (its key first, then its compound
/// parts) and the string the analyser keeps for it. Made by <see cref="SwedishAnalyzer.Analyse"/>, which reuses it.
/// </summary>
public sealed class AnalysedText
{
    private readonly List<(int Start, int Length)> _spans = [];
    private readonly List<ImmutableArray<string>> _terms = [];
    private readonly List<string> _written = [];

    /// <summary>The text the words are of; compared by reference.</summary>
    internal string? Text { get; private set; }

    /// <summary>How many words the text has.</summary>
    public int Count => _spans.Count;

    /// <summary>Where word <paramref name="i"/> stands in the text.</summary>
    public (int Start, int Length) Span(int i) => _spans[i];

    /// <summary>Word <paramref name="i"/>'s terms: its key first, then the keys of its known compound parts.</summary>
    public ImmutableArray<string> Terms(int i) => _terms[i];

    /// <summary>Word <paramref name="i"/> as written, the analyser's own string for it.</summary>
    public string Written(int i) => _written[i];

    internal void Fill(string text, SwedishAnalyzer analyzer)
    {
        Text = null;
        SwedishAnalyzer.WordSpans(text, _spans);
        _terms.Clear();
        _written.Clear();
        foreach (var (start, length) in _spans)
        {
            _terms.Add(analyzer.Terms(text.AsSpan(start, length), out var written));
            _written.Add(written);
        }

        Text = text;
    }
}
