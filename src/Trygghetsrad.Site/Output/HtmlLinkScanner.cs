namespace Trygghetsrad.Site.Output;

/// <summary>
/// Finds the <c>id</c>, <c>href</c>, <c>src</c> and form <c>action</c> attributes of the plain HTML the
/// templates write — lower-case tags, quoted attribute values without character references, comments and a
/// doctype — several times faster than AngleSharp's tokenizer, which reads every page of a large archive.
/// Anything else (a character reference
/// in a value, an unquoted value, an unusual comment, markup inside a <c>script</c> or <c>title</c>,
/// upper-case names, a NUL or CR) makes it give up, and the caller reads the page with AngleSharp instead,
/// so the result is always the tokenizer's.
/// </summary>
internal static class HtmlLinkScanner
{
    /// <summary>What an attribute found is.</summary>
    public enum Kind
    {
        /// <summary>An element's <c>id</c>.</summary>
        Id,

        /// <summary>A <c>href</c>, <c>src</c> or form <c>action</c>.</summary>
        Link,
    }

    // Elements whose content the HTML parser reads as text, not markup; any '<' in them makes the scanner give up.
    private static readonly string[] TextElements = ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext"];

    /// <summary>
    /// Adds each id and link of <paramref name="text"/> to <paramref name="found"/> as a range of the text;
    /// false when the page has something this scanner does not model (<paramref name="found"/> is then incomplete).
    /// </summary>
    public static bool TryScan(ReadOnlySpan<char> text, List<(Kind Kind, Range Value)> found)
    {
        if (text.ContainsAny('\0', '\r'))
        {
            return false;
        }

        var at = 0;
        while (true)
        {
            var open = text[at..].IndexOf('<');
            if (open < 0)
            {
                return true;
            }

            at += open + 1;
            if (at >= text.Length)
            {
                return false;
            }

            var next = text[at];
            int end;
            if (next == '!')
            {
                end = SkipDeclaration(text, at + 1);
            }
            else if (next == '/')
            {
                end = SkipEndTag(text, at + 1);
            }
            else if (char.IsAsciiLetterLower(next))
            {
                end = StartTag(text, at, found);
            }
            else
            {
                return false;
            }

            if (end < 0)
            {
                return false;
            }

            at = end;
        }
    }

    private static int SkipDeclaration(ReadOnlySpan<char> text, int at)
    {
        var rest = text[at..];
        if (rest.StartsWith("--"))
        {
            // A comment; "<!-->", "<!--->" and "--!>" end it early in HTML, so leave those to the tokenizer.
            var body = rest[2..];
            var close = body.IndexOf("-->");
            if (close < 0 || body.StartsWith(">") || body.StartsWith("->") || body[..close].Contains("--!>", StringComparison.Ordinal))
            {
                return -1;
            }

            return at + 2 + close + 3;
        }

        if (rest.StartsWith("doctype html>", StringComparison.OrdinalIgnoreCase))
        {
            return at + "doctype html>".Length;
        }

        return -1;
    }

    private static int SkipEndTag(ReadOnlySpan<char> text, int at)
    {
        if (at >= text.Length || !char.IsAsciiLetterLower(text[at]))
        {
            return -1;
        }

        var close = text[at..].IndexOfAny('>', '"', '\'');
        return close < 0 || text[at + close] != '>' ? -1 : at + close + 1;
    }

    // Reads a start tag from its name at <paramref name="at"/>; returns where reading goes on, or -1 to give up.
    private static int StartTag(ReadOnlySpan<char> text, int at, List<(Kind, Range)> found)
    {
        var nameEnd = at;
        while (nameEnd < text.Length && char.IsAsciiLetterLower(text[nameEnd]) || nameEnd < text.Length && char.IsAsciiDigit(text[nameEnd]))
        {
            nameEnd++;
        }

        var name = text[at..nameEnd];
        var i = nameEnd;
        var seen = 0; // bit per recorded attribute name: a second one would be dropped by HTML, so give up
        while (true)
        {
            i = SkipSpace(text, i);
            if (i >= text.Length)
            {
                return -1;
            }

            if (text[i] == '>')
            {
                i++;
                break;
            }

            if (text[i] == '/')
            {
                if (i + 1 >= text.Length || text[i + 1] != '>')
                {
                    return -1;
                }

                i += 2;
                break;
            }

            var attributeStart = i;
            while (i < text.Length && (char.IsAsciiLetterLower(text[i]) || char.IsAsciiDigit(text[i]) || text[i] is '-' or '_' or ':'))
            {
                i++;
            }

            if (i == attributeStart || i >= text.Length)
            {
                return -1;
            }

            var attribute = text[attributeStart..i];
            var valueStart = i;
            var valueEnd = i;
            i = SkipSpace(text, i);
            if (i < text.Length && text[i] == '=')
            {
                i = SkipSpace(text, i + 1);
                if (i >= text.Length || text[i] is not ('"' or '\''))
                {
                    return -1;
                }

                var quote = text[i];
                var close = text[(i + 1)..].IndexOfAny(quote, '&');
                if (close < 0 || text[i + 1 + close] != quote)
                {
                    return -1;
                }

                (valueStart, valueEnd) = (i + 1, i + 1 + close);
                i = valueEnd + 1;
            }
            else if (i < text.Length && text[i] is not ('>' or '/') && i == valueStart)
            {
                return -1;
            }

            var kind = attribute switch
            {
                "id" => 1,
                "href" => 2,
                "src" => 4,
                "action" when name.SequenceEqual("form") => 8,
                _ => 0,
            };
            if (kind == 0)
            {
                continue;
            }

            if ((seen & kind) != 0)
            {
                return -1;
            }

            seen |= kind;
            found.Add((kind == 1 ? Kind.Id : Kind.Link, valueStart..valueEnd));
        }

        foreach (var element in TextElements)
        {
            if (name.SequenceEqual(element))
            {
                // Only text up to the end tag: then it does not matter whether it is read as text or markup.
                var close = text[i..].IndexOf('<');
                var end = i + close + 2 + element.Length;
                return close >= 0 && text[(i + close)..].StartsWith("</") && text[(i + close + 2)..].StartsWith(element)
                    && end < text.Length && text[end] is '>' or ' ' or '\n' or '\t' or '\f' or '/'
                    ? i + close
                    : -1;
            }
        }

        return i;
    }

    private static int SkipSpace(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && text[i] is ' ' or '\n' or '\t' or '\f')
        {
            i++;
        }

        return i;
    }
}
