using System.Buffers;
using System.Text;

namespace Trygghetsrad.Site.Rendering;

/// <summary>
/// Escapes text for HTML content and quoted attribute values. Only the five significant characters are
/// replaced, so Swedish letters stay readable in the source (WebUtility would write å as &amp;#229;).
/// </summary>
public static class HtmlText
{
    /// <summary>The characters <see cref="Escape"/> replaces.</summary>
    internal static readonly SearchValues<char> Special = SearchValues.Create("&<>\"'");

    /// <summary>The text with &amp;, &lt;, &gt;, " and ' escaped.</summary>
    public static string Escape(string text)
    {
        var special = text.AsSpan().IndexOfAny(Special);
        if (special < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16).Append(text, 0, special);
        foreach (var c in text.AsSpan(special))
        {
            if (Special.Contains(c))
            {
                builder.Append(EscapeOf(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>The character reference for one of the characters in <see cref="Special"/>.</summary>
    internal static string EscapeOf(char c) => c switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        '"' => "&quot;",
        '\'' => "&#39;",
        _ => throw new ArgumentOutOfRangeException(nameof(c), c, "not a character HTML escapes"),
    };
}
