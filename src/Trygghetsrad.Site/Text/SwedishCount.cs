using System.Collections.Frozen;
using System.Globalization;

namespace Trygghetsrad.Site.Text;

/// <summary>
/// A number with its noun in the number Swedish needs: "1 möte", "2 möten", "0 möten". Every count the pages and the
/// command line print is written here (templates call it as <c>count</c>, see <see cref="Rendering.HtmlTemplateContext"/>),
/// so the nouns stand in one table. The table is keyed in English, as the string tables of other languages are
/// (their <c>counts</c>, see <see cref="Rendering.StringTable"/>).
/// </summary>
public static class SwedishCount
{
    private static readonly FrozenDictionary<string, (string One, string Many)> Words = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        ["meeting"] = ("möte", "möten"),
        ["meeting_file"] = ("mötesfil", "mötesfiler"),
        ["page"] = ("sida", "sidor"),
        ["passage"] = ("stycke", "stycken"),
        ["error"] = ("fel", "fel"),
        ["warning"] = ("varning", "varningar"),
        ["method"] = ("metod", "metoder"),
        ["file"] = ("fil", "filer"),
        ["question"] = ("fråga", "frågor"),
        ["unanswered_question"] = ("fråga utan antecknat svar", "frågor utan antecknat svar"),
        ["item"] = ("punkt", "punkter"),
        ["open_item"] = ("öppen punkt", "öppna punkter"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The nouns the site counts, by their English keys.</summary>
    public static IReadOnlySet<string> Nouns { get; } = Words.Keys.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"<paramref name="count"/> noun": the noun <paramref name="noun"/> (a key such as "meeting") in its singular for 1, else its plural.</summary>
    /// <exception cref="ArgumentException"><paramref name="noun"/> is not in the table.</exception>
    public static string Of(long count, string noun)
    {
        if (!Words.TryGetValue(noun, out var words))
        {
            throw new ArgumentException($"'{noun}' is not a noun the site counts; add it to {nameof(SwedishCount)}.", nameof(noun));
        }

        return Format(count, words);
    }

    /// <summary>"<paramref name="count"/> noun" with <paramref name="words"/>' singular for 1, else its plural: how every language's table counts.</summary>
    public static string Format(long count, (string One, string Many) words) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? words.One : words.Many);
}
