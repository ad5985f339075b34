using Markdig.Renderers;
using Trygghetsrad.Site.Content;

namespace Trygghetsrad.Site.Rendering;

/// <summary>Renders a parsed meeting body to HTML with the shared pipeline; headings carry the ids set while parsing.</summary>
public static class MarkdownHtml
{
    /// <summary>The body's HTML.</summary>
    public static RawHtml Render(MeetingBody body)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        MarkdownSetup.Pipeline.Setup(renderer);
        renderer.Render(body.Document);
        writer.Flush();
        return new RawHtml(writer.ToString());
    }
}
