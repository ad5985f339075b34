using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Trygghetsrad.Site.Rendering;

/// <summary>
/// Writes each heading of the minutes that has an anchor (<c>## Övrigt</c> → <c>#ovrigt</c>) followed by a visible
/// link to it, "Länk till avsnittet", so residents and editors can copy a section's address. The link's accessible
/// name names the heading ("Länk till avsnittet Övrigt"): a list of the page's links tells them apart. It stands
/// beside the heading, not in it, so the heading's own name stays its text. A heading without an anchor (the
/// accessibility statement's) is written as Markdig writes it. The link's text comes from the page's string table
/// (<c>section_link</c>; <see cref="LinkText"/>, set by <see cref="MarkdownHtml"/> for each render on its own thread).
/// </summary>
/// <param name="output">The renderer's own output, where the end of each section's heading is noted (<see cref="SectionStarts"/>).</param>
internal sealed class SectionHeadingRenderer(StringWriter output) : HtmlObjectRenderer<HeadingBlock>
{
    /// <summary>The link's visible text where no string table gives one (a renderer made without a site).</summary>
    public const string DefaultLinkText = "Länk till avsnittet";

    private readonly HeadingRenderer _plain = new();

    /// <summary>
    /// Each '##' section's anchor and where in the output its heading ends, in the order written since the output was
    /// last emptied; the caller clears it with the output.
    /// </summary>
    public List<(string Id, int End)> SectionStarts { get; } = [];

    /// <summary>The link's visible text for the body being rendered.</summary>
    public string LinkText { get; set; } = DefaultLinkText;

    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, HeadingBlock heading)
    {
        if (heading.TryGetAttributes()?.Id is not { Length: > 0 } id || !renderer.EnableHtmlForBlock || heading.Level < 2)
        {
            ((IMarkdownObjectRenderer)_plain).Write(renderer, heading);
            return;
        }

        var level = heading.Level.ToString(System.Globalization.CultureInfo.InvariantCulture);
        renderer.Write("<div class=\"avsnittsrubrik niva-").Write(level).WriteLine("\">");
        renderer.Write("<h").Write(level).WriteAttributes(heading).Write(">");
        renderer.WriteLeafInline(heading);
        renderer.Write("</h").Write(level).WriteLine(">");

        renderer.Write("<a class=\"avsnittslank\" href=\"#").WriteEscape(id).Write("\">").WriteEscape(LinkText).Write("<span class=\"visuellt-dold\"> ");

        // The heading's words without its markup: no link may stand inside this link.
        var inlineHtml = renderer.EnableHtmlForInline;
        renderer.EnableHtmlForInline = false;
        renderer.WriteLeafInline(heading);
        renderer.EnableHtmlForInline = inlineHtml;
        renderer.WriteLine("</span></a>");
        renderer.WriteLine("</div>");
        if (heading.Level == 2)
        {
            SectionStarts.Add((id, output.GetStringBuilder().Length));
        }
    }
}
