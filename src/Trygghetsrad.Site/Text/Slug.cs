using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Trygghetsrad.Site.Text;

/// <summary>
/// URL and anchor slugs for Swedish text: lower case, å/ä→a, ö→o (and other accents dropped),
/// everything else that is not a letter or digit becomes a single '-'.
/// Anchors must stay stable, so this rule is fixed: changing it breaks shared links.
/// </summary>
public static partial class Slug
{
    /// <summary>
    /// True when <paramref name="text"/> is a slug as editors write one (a topic's, a follow-up item's): lower-case
    /// letters a–z and digits, joined by single hyphens; safe in a URL and an anchor, and the same on every system.
    /// </summary>
    public static bool IsSlug(string text) => Shape().IsMatch(text);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Shape();

    /// <summary>The slug of <paramref name="text"/>; empty when the text has no letters or digits.</summary>
    public static string From(string text)
    {
        var folded = TextFolding.Fold(text);
        var builder = new StringBuilder(folded.Length);
        var pendingDash = false;
        foreach (var c in folded)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (pendingDash && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(c);
                pendingDash = false;
            }
            else
            {
                pendingDash = true;
            }
        }

        return builder.ToString();
    }
}

/// <summary>Case and diacritic folding shared by slugs, topic matching and search.</summary>
public static class TextFolding
{
    /// <summary>Lower-cases and removes diacritics: "Trygghetsråd" → "trygghetsrad", "Övrigt" → "ovrigt".</summary>
    public static string Fold(string text)
    {
        if (IsPlainAsciiLower(text))
        {
            return text;
        }

        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            switch (c)
            {
                case 'ø':
                    builder.Append('o');
                    break;
                case 'æ':
                    builder.Append("ae");
                    break;
                case 'ß':
                    builder.Append("ss");
                    break;
                default:
                    if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private static bool IsPlainAsciiLower(string text)
    {
        foreach (var c in text)
        {
            if (c > 0x7f || c is >= 'A' and <= 'Z')
            {
                return false;
            }
        }

        return true;
    }
}
