using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Trygghetsrad.Site.Diagnostics;

namespace Trygghetsrad.Site.Content;

/// <summary>
/// A link as an editor wrote it in a meeting file, and where its address stands, so that a problem found in the
/// built page (where the address may read differently, e.g. under another base path) is reported at the editor's text.
/// </summary>
/// <param name="Url">The address as Markdown reads it.</param>
/// <param name="At">Where the address starts in the file (for a reference link, in its definition).</param>
public sealed record WrittenLink(string Url, SourceLocation At)
{
    /// <summary>
    /// Adds each link and autolink in <paramref name="inline"/> to <paramref name="links"/>, located in the file.
    /// </summary>
    /// <param name="inline">A block's inlines, parsed from <paramref name="document"/>.</param>
    /// <param name="document">The parsed text; its line starts place an address on its line.</param>
    /// <param name="path">The file's display path.</param>
    /// <param name="firstLine">The file line of the text's first line.</param>
    /// <param name="links">Receives the links.</param>
    public static void Collect(ContainerInline inline, MarkdownDocument document, string path, int firstLine, List<WrittenLink> links)
    {
        foreach (var child in inline.Descendants<Inline>())
        {
            switch (child)
            {
                case LinkInline { IsImage: false, Url: { Length: > 0 } url } link:
                    // The address itself where the parser kept its span (inside '<…>' when so written); else the link.
                    var start = link.UrlSpan.IsEmpty ? link.Span.Start : link.UrlSpan.Start + (link.UrlHasPointyBrackets ? 1 : 0);
                    links.Add(new WrittenLink(url, Locate(document, path, firstLine, start, link)));
                    break;
                case AutolinkInline { IsEmail: false } autolink:
                    links.Add(new WrittenLink(autolink.Url, Locate(document, path, firstLine, autolink.Span.Start + 1, autolink)));
                    break;
            }
        }
    }

    // The line and column of a position in the text: the parser records where every line starts.
    private static SourceLocation Locate(MarkdownDocument document, string path, int firstLine, int position, Inline inline)
    {
        if (document.LineStartIndexes is not { Count: > 0 } starts || position < 0)
        {
            return new SourceLocation(path, firstLine + inline.Line, inline.Column + 1);
        }

        var line = starts.BinarySearch(position);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return new SourceLocation(path, firstLine + line, position - starts[line] + 1);
    }
}
