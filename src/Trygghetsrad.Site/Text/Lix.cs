using System.Globalization;

namespace Trygghetsrad.Site.Text;

/// <summary>
/// A text's counts for LIX (läsbarhetsindex, Björnsson 1968): words per sentence plus the share of long words in
/// percent. Words are the runs of letters and digits search reads (<see cref="SwedishAnalyzer.WordSpans(string)"/>), and a
/// word is long with more than six of them. A sentence ends at '.', '!', '?' or ':' followed by a space or the end
/// of the text ("t.ex. så" ends one, "17.30" does not), and at the end of each passage, since a heading or a list
/// item is read as a sentence of its own.
/// </summary>
/// <param name="Words">How many words.</param>
/// <param name="Sentences">How many sentences.</param>
/// <param name="LongWords">How many words have more than six letters and digits.</param>
public readonly record struct Lix(int Words, int Sentences, int LongWords)
{
    /// <summary>The figure above which a text meant as easy Swedish (lättläst) gets a warning: up to 30 reads as very easy.</summary>
    public const int EasyReadLimit = 30;

    /// <summary>The index: words / sentences + 100 × long words / words; 0 for a text without words.</summary>
    public double Value => Words == 0 ? 0 : (double)Words / Sentences + 100.0 * LongWords / Words;

    /// <summary>The index rounded to a whole number, as it is printed.</summary>
    public int Rounded => (int)Math.Round(Value, MidpointRounding.AwayFromZero);

    /// <summary>The counts of <paramref name="passages"/> together, each passage ending a sentence.</summary>
    public static Lix Of(IEnumerable<string> passages)
    {
        var total = new Lix(0, 0, 0);
        foreach (var passage in passages)
        {
            var own = Of(passage);
            total = new Lix(total.Words + own.Words, total.Sentences + own.Sentences, total.LongWords + own.LongWords);
        }

        return total;
    }

    /// <summary>The counts of one passage.</summary>
    public static Lix Of(string text)
    {
        var words = 0;
        var longWords = 0;
        var sentences = 0;
        var open = false;
        var tokens = SwedishAnalyzer.WordSpans(text);
        for (var t = 0; t < tokens.Count; t++)
        {
            var (start, length) = tokens[t];
            words++;
            open = true;
            if (length > 6)
            {
                longWords++;
            }

            // What stands between this word and the next (or the end): a sentence ends when it holds '.', '!', '?'
            // or ':' followed by white space or the end.
            var end = t + 1 < tokens.Count ? tokens[t + 1].Start : text.Length;
            if (EndsSentence(text.AsSpan(start + length, end - start - length), t + 1 == tokens.Count))
            {
                sentences++;
                open = false;
            }
        }

        return new Lix(words, sentences + (open ? 1 : 0), longWords);
    }

    /// <summary>"LIX 27": the rounded figure as <c>check</c> prints it.</summary>
    public override string ToString() => "LIX " + Rounded.ToString(CultureInfo.InvariantCulture);

    private static bool EndsSentence(ReadOnlySpan<char> between, bool last)
    {
        for (var i = 0; i < between.Length; i++)
        {
            if (between[i] is '.' or '!' or '?' or ':' && (i + 1 < between.Length ? char.IsWhiteSpace(between[i + 1]) || IsClosing(between[i + 1]) && RestIsSpace(between[(i + 1)..]) : last))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsClosing(char c) => c is '"' or '”' or '’' or '\'' or ')' or '»';

    private static bool RestIsSpace(ReadOnlySpan<char> rest)
    {
        foreach (var c in rest)
        {
            if (char.IsWhiteSpace(c))
            {
                return true;
            }

            if (!IsClosing(c) && c is not ('.' or '!' or '?' or ':'))
            {
                return false;
            }
        }

        return true;
    }
}
