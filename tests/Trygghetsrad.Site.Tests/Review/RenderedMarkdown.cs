using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Markdig;

namespace Trygghetsrad.Site.Tests.Review;

/// <summary>
/// Markdown as a reader of the job summary sees it: rendered by Markdig with every extension it has (stricter than
/// GitHub's, which knows fewer constructs that editors' text could trigger), then parsed as HTML.
/// </summary>
public static class RenderedMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    /// <summary>The HTML document <paramref name="markdown"/> renders to.</summary>
    public static IDocument Parse(string markdown) => new HtmlParser().ParseDocument(Markdown.ToHtml(markdown, Pipeline));

    /// <summary>The text of <paramref name="element"/> with its white space as one space between words.</summary>
    public static string Text(this IElement element) => Words(element.TextContent);

    /// <summary><paramref name="text"/> with runs of white space as one space, trimmed.</summary>
    public static string Words(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
