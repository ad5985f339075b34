using Markdig.Renderers;
using Markdig.Renderers.Html;
using Trygghetsrad.Site.Content;
using Trygghetsrad.Site.Diagnostics;

namespace Trygghetsrad.Site.Rendering;

/// <summary>
/// Renders parsed meeting bodies to HTML with the shared pipeline; headings carry the ids set while parsing and a
/// link to themselves (<see cref="SectionHeadingRenderer"/>), and links to the site's own pages point under the
/// build's base path (<see cref="InternalLinks"/>).
/// Thread-safe: each thread reuses its own renderer and buffer, which a new renderer would set up and grow
/// again for every meeting.
/// </summary>
public sealed class MarkdownHtml
{
    private readonly ThreadLocal<ReusableRenderer> _renderers;

    private readonly string _sectionLinkText;

    /// <summary>
    /// A renderer whose links to the site's own pages are rendered by <paramref name="links"/>, and whose link beside
    /// each heading reads <paramref name="sectionLinkText"/> (the site language's <c>section_link</c>).
    /// </summary>
    public MarkdownHtml(InternalLinks links, string sectionLinkText = SectionHeadingRenderer.DefaultLinkText)
    {
        _sectionLinkText = sectionLinkText;
        _renderers = new(() =>
        {
            var output = new StringWriter();
            var headings = new SectionHeadingRenderer(output);
            var renderer = new ReusableRenderer(output, headings) { LinkRewriter = links.Render };
            MarkdownSetup.Pipeline.Setup(renderer);
            renderer.ObjectRenderers.Replace<HeadingRenderer>(headings);
            renderer.ObjectRenderers.Insert(0, new QuestionRenderer());
            return renderer;
        });
    }

    /// <summary>The body's HTML; <paramref name="sectionLinkText"/> is the text of the link beside each heading on a page in another language than the site's, null on one in its own.</summary>
    public RawHtml Render(MeetingBody body, string? sectionLinkText = null) => new(RenderText(body, sectionLinkText));

    /// <summary>
    /// The body's HTML cut after the heading of each section that <paramref name="tied"/> names, each cut carrying that
    /// section's ties; the parts joined are <see cref="Render"/>'s HTML. A body without ties is one part.
    /// </summary>
    public IReadOnlyList<BodyPart> RenderParts(MeetingBody body, IReadOnlyDictionary<string, Connections> tied)
    {
        var html = RenderText(body, null);
        var parts = new List<BodyPart>();
        var start = 0;
        foreach (var (id, end) in _renderers.Value!.Headings.SectionStarts)
        {
            if (tied.TryGetValue(id, out var connections))
            {
                parts.Add(new BodyPart(new RawHtml(html[start..end]), connections));
                start = end;
            }
        }

        parts.Add(new BodyPart(new RawHtml(html[start..]), null));
        return parts;
    }

    private string RenderText(MeetingBody body, string? sectionLinkText) => StageFailure.Run("göra om anteckningarna till HTML", body.SourcePath, () =>
    {
        var renderer = _renderers.Value!;
        renderer.Clear();
        renderer.Headings.LinkText = sectionLinkText ?? _sectionLinkText;
        renderer.Render(body.Document);
        renderer.Writer.Flush();
        return renderer.Writer.ToString()!;
    });

    // Markdig's own reset is for subclasses: it empties the StringWriter and the renderer's state (indents,
    // line starts) from the last body, as Markdig does for the renderers it pools itself.
    private sealed class ReusableRenderer(TextWriter writer, SectionHeadingRenderer headings) : HtmlRenderer(writer)
    {
        public SectionHeadingRenderer Headings => headings;

        public void Clear()
        {
            Reset();
            headings.SectionStarts.Clear();
        }
    }
}
