using System.Globalization;
using System.Text;

namespace Trygghetsrad.Site.Rendering;

/// <summary>
/// What templates do with a string table's texts (templates call these as <c>fill</c> and <c>time_tag</c>, see
/// <see cref="HtmlTemplateContext"/>): put values into a text's <c>{placeholders}</c> and make its <c>[bracketed]</c>
/// part a link, so a sentence keeps its own word order in every language. The text itself is always escaped, so a
/// table can never add markup; values are escaped unless they are HTML the generator made.
/// </summary>
public static class TemplateText
{
    /// <summary>The value that gives a text's <c>[link]</c> its address.</summary>
    public const string LinkValue = "link";

    /// <summary>
    /// <paramref name="text"/> with every <c>{name}</c> replaced by <paramref name="values"/>' <c>name</c> (escaped
    /// text, or <see cref="RawHtml"/> as it is) and its <c>[part]</c> linked to the value <c>link</c>.
    /// </summary>
    /// <exception cref="ArgumentException">A placeholder, or the link of a bracketed part, has no value.</exception>
    public static RawHtml Fill(string text, IDictionary<string, object?> values)
    {
        var html = new StringBuilder(text.Length + 32);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var close = c == '{' ? text.IndexOf('}', i) : -1;
            if (close > i)
            {
                var name = text[(i + 1)..close];
                if (!values.TryGetValue(name, out var value))
                {
                    throw new ArgumentException($"texten behöver ett värde för {{{name}}}", nameof(values));
                }

                html.Append(value is RawHtml raw ? raw.Value : HtmlText.Escape(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""));
                i = close;
            }
            else if (c == '[')
            {
                if (!values.TryGetValue(LinkValue, out var link) || link is not string href)
                {
                    throw new ArgumentException("texten har en länk inom [ ] men inget värde för link", nameof(values));
                }

                html.Append("<a href=\"").Append(HtmlText.Escape(href)).Append("\">");
            }
            else if (c == ']')
            {
                html.Append("</a>");
            }
            else if (HtmlText.Special.Contains(c))
            {
                html.Append(HtmlText.EscapeOf(c));
            }
            else
            {
                html.Append(c);
            }
        }

        return new RawHtml(html.ToString());
    }

    /// <summary>A date or time as HTML: <c>&lt;time datetime="2021-09-15"&gt;15 september 2021&lt;/time&gt;</c>.</summary>
    public static RawHtml Time(string iso, string text) =>
        new($"<time datetime=\"{HtmlText.Escape(iso)}\">{HtmlText.Escape(text)}</time>");
}
