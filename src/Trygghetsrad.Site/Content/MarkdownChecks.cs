using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Trygghetsrad.Site.Diagnostics;

namespace Trygghetsrad.Site.Content;

/// <summary>
/// The safety rules for every Markdown text the site publishes: links may only use http, https, mailto and tel
/// (so no <c>javascript:</c>, <c>vbscript:</c> or <c>data:</c> URL can reach a page, however it is encoded), and
/// images are refused. Raw HTML needs no rule here: the shared pipeline shows it as text.
/// </summary>
public static class MarkdownChecks
{
    /// <summary>
    /// How deeply inlines may nest (emphasis in a link in emphasis …). Markdig refuses to render past its own limit
    /// by throwing; no real text comes near this, so deeper text is an error instead.
    /// </summary>
    public const int MaxInlineDepth = 32;

    /// <summary>The message for text nested deeper than <see cref="MaxInlineDepth"/>.</summary>
    public const string TooDeepMessage = "texten är för djupt nästlad (många '[', '*' eller '_' i rad) – skriv om stycket med enklare formatering";

    /// <summary>
    /// Parses Markdown read from a file with the shared pipeline; null (with an error at <paramref name="start"/>,
    /// where the text begins) when Markdig throws: it refuses quotes or lists nested hundreds deep by throwing, and
    /// whatever else it throws on an editor's text is the text's problem too, not a crash.
    /// </summary>
    public static MarkdownDocument? Parse(string text, SourceLocation start, DiagnosticBag diagnostics)
    {
        if (TooDeeplyNestedLine(text) is var line and >= 0)
        {
            diagnostics.Error(start with { Line = start.Line + line }, NestingMessage);
            return null;
        }

        try
        {
            return Markdown.Parse(text, MarkdownSetup.Pipeline);
        }
        catch (Exception ex) when (ex is not StageFailure)
        {
            diagnostics.Error(start, ex.Message.Contains("depth limit", StringComparison.Ordinal)
                ? TooDeepMessage
                : $"texten kan inte läsas som Markdown ({ex.GetType().Name}: {Excerpt.Of(ex.Message)}) – förenkla formateringen");
            return null;
        }
    }

    /// <summary>
    /// How many quotes and lists a line may open, counted from its start. Markdig's work grows with the nesting
    /// of every line and it refuses deep nesting only once it has read the whole text, so deeper lines are refused
    /// before it starts; nesting past <see cref="MaxInlineDepth"/> is an error anyway.
    /// </summary>
    public const int MaxLineNesting = 100;

    /// <summary>
    /// The index of the first line of <paramref name="text"/> that may open more than <see cref="MaxLineNesting"/>
    /// quotes and lists, or -1. Each '>' and each list marker ("- ", "* ", "+ ", "1. ", "1) ") at the line's start
    /// counts as one, and every two columns of indentation as one (a list item nests by indentation).
    /// </summary>
    public static int TooDeeplyNestedLine(string text)
    {
        var line = 0;
        for (var start = 0; start < text.Length; line++)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            if (Nesting(text.AsSpan(start, end - start)) > MaxLineNesting)
            {
                return line;
            }

            start = end + 1;
        }

        return -1;
    }

    private static int Nesting(ReadOnlySpan<char> line)
    {
        var depth = 0;
        var columns = 0;
        for (var i = 0; i < line.Length && depth + columns / 2 <= MaxLineNesting;)
        {
            var c = line[i];
            if (c == ' ' || c == '\t')
            {
                columns += c == '\t' ? 4 : 1;
                i++;
            }
            else if (c == '>')
            {
                depth++;
                i++;
            }
            else if (c is '-' or '*' or '+' && i + 1 < line.Length && line[i + 1] is ' ' or '\t')
            {
                depth++;
                i += 2;
            }
            else if (char.IsAsciiDigit(c))
            {
                var digits = i;
                while (digits < line.Length && char.IsAsciiDigit(line[digits]))
                {
                    digits++;
                }

                if (digits + 1 >= line.Length || line[digits] is not ('.' or ')') || line[digits + 1] is not (' ' or '\t'))
                {
                    break;
                }

                depth++;
                i = digits + 2;
            }
            else
            {
                break;
            }
        }

        return depth + columns / 2;
    }

    /// <summary>The message for a line nested deeper than <see cref="MaxLineNesting"/>.</summary>
    public const string NestingMessage = "raden ligger för djupt (fler än 100 citat eller listor i varandra) – skriv om stycket med färre nivåer";

    /// <summary>The URL schemes a link may use.</summary>
    public static readonly IReadOnlyList<string> SafeSchemes = ["http", "https", "mailto", "tel"];

    /// <summary>
    /// Checks a whole document that is not a meeting (the accessibility statement): its links, and that it has no
    /// level-1 heading, which the page's own title is.
    /// </summary>
    public static void Check(MarkdownDocument document, string displayPath, int bodyStartLine, DiagnosticBag diagnostics)
    {
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block is HeadingBlock { Level: 1 } heading)
            {
                diagnostics.Error(new SourceLocation(displayPath, bodyStartLine + heading.Line, heading.Column + 1), "rubriker på nivå 1 ('# ') används inte – sidan har redan en huvudrubrik; skriv '## '");
            }

            if (block.Inline is { } inline)
            {
                if (TooDeep(inline))
                {
                    diagnostics.Error(new SourceLocation(displayPath, bodyStartLine + block.Line, block.Column + 1), TooDeepMessage);
                    block.Inline = null;
                    continue;
                }

                CheckLinks(inline, displayPath, bodyStartLine, diagnostics);
            }
        }
    }

    /// <summary>
    /// Reports every image and every link with an unsafe scheme in <paramref name="inline"/>, and points each at the
    /// page itself (<c>#</c>): the page is never published while they stand, and the later steps that still render
    /// and link-check it then report each problem once, where the editor wrote it.
    /// </summary>
    public static void CheckLinks(ContainerInline inline, string displayPath, int bodyStartLine, DiagnosticBag diagnostics)
    {
        foreach (var link in inline.Descendants<LinkInline>())
        {
            var location = new SourceLocation(displayPath, bodyStartLine + link.Line, link.Column + 1);
            if (link.IsImage)
            {
                diagnostics.Error(location, "bilder kan inte visas i anteckningarna – beskriv bilden i text eller länka till den");
                link.Url = Nowhere;
                continue;
            }

            if (UnsafeScheme(link.Url ?? "") is { } scheme)
            {
                diagnostics.Error(location, $"länken '{link.Url}' använder '{scheme}:' – bara http, https, mailto och tel är tillåtna");
                link.Url = Nowhere;
            }
        }

        // CommonMark autolinks (<scheme:…>) accept any scheme, so they need the same rule as links.
        foreach (var autolink in inline.Descendants<AutolinkInline>())
        {
            if (!autolink.IsEmail && UnsafeScheme(autolink.Url) is { } scheme)
            {
                diagnostics.Error(
                    new SourceLocation(displayPath, bodyStartLine + autolink.Line, autolink.Column + 1),
                    $"länken '{autolink.Url}' använder '{scheme}:' – bara http, https, mailto och tel är tillåtna");
                autolink.Url = Nowhere;
            }
        }
    }

    // Where a refused link or image points instead.
    private const string Nowhere = "#";

    /// <summary>How many blocks (quotes, lists, items) enclose <paramref name="block"/>.</summary>
    public static int BlockDepth(Block block)
    {
        var depth = 0;
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            depth++;
        }

        return depth;
    }

    /// <summary>True when containers inside <paramref name="inline"/> nest deeper than <see cref="MaxInlineDepth"/>.</summary>
    public static bool TooDeep(ContainerInline inline) => TooDeep(inline, 1);

    // Recursion that stops one level past the limit, so it never runs deep.
    private static bool TooDeep(ContainerInline container, int depth)
    {
        if (depth > MaxInlineDepth)
        {
            return true;
        }

        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is ContainerInline nested && TooDeep(nested, depth + 1))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The scheme of <paramref name="url"/> when it is not one of <see cref="SafeSchemes"/>; null for safe and
    /// relative URLs. Browsers drop tabs, newlines and leading control characters before reading the scheme, so
    /// this drops every control and white-space character first ("java&amp;#9;script:" is still javascript:).
    /// </summary>
    public static string? UnsafeScheme(string url)
    {
        var colon = url.IndexOf(':');
        var slash = url.IndexOfAny(['/', '?', '#']);
        if (colon <= 0 || (slash >= 0 && slash < colon))
        {
            return null;
        }

        var scheme = new string(url[..colon].Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray()).ToLowerInvariant();
        return SafeSchemes.Contains(scheme) ? null : scheme;
    }
}
