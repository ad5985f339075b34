using System.Text.RegularExpressions;
using Trygghetsrad.Site.Text;

namespace Trygghetsrad.Site.Import;

/// <summary>
/// Finds the agenda items' headings in old minutes, which had no markup: a heading is either a short line
/// of its own, or glued to the first sentence of its paragraph when the PDF lost the line break
/// ("Inledning Anna Gunstad Bäckman öppnar mötet"). The rules lean towards keeping text as a paragraph:
/// a wrong paragraph reads fine, a wrong heading does not.
/// </summary>
public static partial class HeadingDetector
{
    /// <summary>Most words a heading line has.</summary>
    public const int MaxHeadingWords = 8;

    // Headings the council's minutes use again and again; a glued one is split on these without further evidence.
    private static readonly string[] KnownHeadings =
    [
        "Inledning", "Mötets öppnande", "Öppnande", "Välkommen", "Föregående mötes anteckningar", "Föregående anteckningar",
        "Lägesbild", "Lägesbild från polisen", "Aktuellt", "Information", "Laget runt", "Frågor", "Övriga frågor", "Övrigt",
        "Avslutning", "Mötets avslutande",
    ];

    // Words a heading never ends on, and a heading never starts with a pronoun: both mean a sentence goes on.
    private static readonly HashSet<string> FunctionWords = Folded(
        ["i", "på", "av", "till", "med", "om", "för", "och", "att", "en", "ett", "den", "det", "de", "som", "från", "vid", "under",
         "mot", "hos", "inom", "efter", "före", "utan", "genom", "mellan", "samt", "eller", "men", "när", "där", "har", "är", "var",
         "vi", "jag", "du", "ni", "han", "hon", "man", "alla", "här", "nu", "sedan"]);

    // Capitalised words that typically open a sentence after a glued multi-word heading.
    private static readonly HashSet<string> SentenceOpeners = Folded(
        ["vi", "våra", "vår", "vårt", "det", "den", "de", "detta", "dessa", "han", "hon", "man", "en", "ett", "alla", "här", "nu",
         "under", "i", "på", "efter", "mötet", "polisen", "kommunen", "gruppen", "rådet", "ordföranden"]);

    /// <summary>
    /// True when a one-line paragraph is a heading: short, starting with a capital, not ending like a sentence
    /// or a lead-in ('.', ',', ';', ':'), and not a question answered by the next paragraph ("Svar: …").
    /// </summary>
    public static bool IsHeadingLine(string line, string? nextParagraph)
    {
        var text = line.Trim();
        if (text.Length == 0 || text.Length > 80 || !char.IsUpper(text[0]) || text.Contains('\n'))
        {
            return false;
        }

        if (".,;:".Contains(text[^1]) || Words(text).Count > MaxHeadingWords || nextParagraph is null)
        {
            return false;
        }

        return !(text.EndsWith('?') && AnswerStart().IsMatch(nextParagraph));
    }

    /// <summary>
    /// The length of a heading glued to the start of <paramref name="line"/>, or 0. Split when the line starts
    /// with a known heading followed by a capitalised word, or with a short sentence-case phrase (2–6 words, no
    /// punctuation, not ending on a function word, not starting with a pronoun) followed by a typical sentence
    /// opener or a person's name.
    /// </summary>
    public static int GluedHeadingLength(string line)
    {
        foreach (var known in KnownHeadings.OrderByDescending(k => k.Length))
        {
            if (line.Length > known.Length + 1
                && line.StartsWith(known + " ", StringComparison.OrdinalIgnoreCase)
                && char.IsUpper(line[known.Length + 1]))
            {
                return known.Length;
            }
        }

        var words = Words(line);
        if (words.Count < 3 || !char.IsUpper(words[0].Text[0]) || FunctionWords.Contains(TextFolding.Fold(words[0].Text)))
        {
            return 0;
        }

        for (var k = 1; k < Math.Min(words.Count, 7); k++)
        {
            var word = words[k].Text;
            if (char.IsUpper(word[0]))
            {
                var last = TextFolding.Fold(words[k - 1].Text);
                var rest = line[words[k].Index..];
                var opensSentence = SentenceOpeners.Contains(TextFolding.Fold(word)) || ParticipantsReader.StartsWithName(rest);
                return k >= 2 && !FunctionWords.Contains(last) && opensSentence ? words[k - 1].Index + words[k - 1].Text.Length : 0;
            }

            if (!PlainWord().IsMatch(word))
            {
                return 0;
            }
        }

        return 0;
    }

    // Compared folded (case and diacritics), as TextFolding.Fold folds the words looked up.
    private static HashSet<string> Folded(IEnumerable<string> words) => words.Select(TextFolding.Fold).ToHashSet(StringComparer.Ordinal);

    private static List<(string Text, int Index)> Words(string text) =>
        WordPattern().Matches(text).Select(m => (m.Value, m.Index)).Where(w => w.Value != "–" && w.Value != "-").ToList();

    [GeneratedRegex(@"\S+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"^[\p{Ll}\d][\p{L}\d\-]*$")]
    private static partial Regex PlainWord();

    [GeneratedRegex(@"^(Svar|Svaret)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AnswerStart();
}
