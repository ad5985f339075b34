using Markdig.Renderers;
using Markdig.Renderers.Html;
using Trygghetsrad.Site.Content;

namespace Trygghetsrad.Site.Rendering;

/// <summary>
/// Writes a question of the minutes and its answers as a description list, the question as the term and each answer
/// as its description, so a screen reader announces them as one pair; schema.org's Question and Answer microdata
/// tell search engines the same. The paragraphs inside render as written. A question without an answer gets the
/// description "Inget svar antecknat".
/// </summary>
internal sealed class QuestionRenderer : HtmlObjectRenderer<QuestionBlock>
{
    /// <summary>What stands in place of an answer the minutes do not record.</summary>
    public const string NoAnswer = "Inget svar antecknat";

    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, QuestionBlock block)
    {
        if (!renderer.EnableHtmlForBlock || block.Count == 0)
        {
            renderer.WriteChildren(block);
            return;
        }

        renderer.Write("<dl class=\"fraga\" id=\"").WriteEscape(block.Id).WriteLine("\" itemscope itemtype=\"https://schema.org/Question\">");
        renderer.Write("<dt>");
        renderer.Write(block[0]);
        renderer.WriteLine("</dt>");
        for (var i = 1; i < block.Count; i++)
        {
            renderer.Write("<dd itemprop=\"acceptedAnswer\" itemscope itemtype=\"https://schema.org/Answer\">");
            renderer.Write(block[i]);
            renderer.WriteLine("</dd>");
        }

        if (block.Count == 1)
        {
            renderer.Write("<dd class=\"inget-svar\">").Write(NoAnswer).WriteLine("</dd>");
        }

        renderer.WriteLine("</dl>");
    }
}
