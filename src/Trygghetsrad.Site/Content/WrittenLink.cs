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
    /// <summary>The anchor of the section of the minutes the link stands in; empty before the first heading.</summary>
    public string Section { get; init; } = "";

    /// <summary>
    /// Adds each link and autolink in <paramref name="inline"/> to <paramref name="links"/>, located in the file.
    /// </summary>
    /// <param name="inline">A block's inlines, parsed from <paramref name="document"/>.</param>
    /// <param name="document">The parsed text; its line starts place an address on its line.</param>
    /// <param name="path">The file's display path.</param>
    /// <param name="firstLine">The file line of the text's first line.</param>
    /// <param name="links">Receives the links.</param>
    /// <param name="section">The anchor of the section the links stand in.</param>
    public static void Collect(ContainerInline inline, MarkdownDocument document, string path, int firstLine, List<WrittenLink> links, string section = "")
    {
        foreach (var child in inline.Descendants<Inline>())
        {
            switch (child)
            {
                case LinkInline { IsImage: false, Url: { Length: > 0 } address } link:
                    // The address itself where the parser kept its span (inside '<…>' when so written); else the link.
                    var start = link.UrlSpan is { Start: >= 0 } url && url.End >= url.Start ? url.Start + (link.UrlHasPointyBrackets ? 1 : 0) : link.Span.Start;
                    links.Add(new WrittenLink(address, Locate(document, path, firstLine, start, link)) { Section = section });
                    break;
                case AutolinkInline { IsEmail: false } autolink:
                    links.Add(new WrittenLink(autolink.Url, Locate(document, path, firstLine, autolink.Span.Start + 1, autolink)) { Section = section });
                    break;
            }
        }
    }

    // The line and column of a position in the text, from where the parser recorded each line to start; the
    // inline's own start where it recorded none.
    private static SourceLocation Locate(MarkdownDocument document, string path, int firstLine, int position, Inline inline)
    {
        var starts = document.LineStartIndexes;
        var line = starts is null || position < 0 ? -1 : starts.BinarySearch(position);
        line = line >= 0 ? line : ~line - 1;
        return starts is null || position < 0 || line < 0
            ? new SourceLocation(path, firstLine + inline.Line, inline.Column + 1)
            : new SourceLocation(path, firstLine + line, position - starts[line] + 1);
    }
}
