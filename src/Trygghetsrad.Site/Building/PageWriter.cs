using Scriban.Runtime;
using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Output;
using Trygghetsrad.Site.Rendering;

namespace Trygghetsrad.Site.Building;

/// <summary>Renders a page model with its template and writes it at the path its URL names; template failures become diagnostics.</summary>
internal sealed class PageWriter(TemplateSet templates, ScriptObject globals, SiteOutput output, SiteUrls urls, LinkChecker links, DiagnosticBag diagnostics)
{
    private int _pageCount;

    /// <summary>Pages written so far.</summary>
    public int PageCount => _pageCount;

    /// <summary>Renders <paramref name="page"/> (which has a <c>Url</c>) with template <paramref name="template"/>.</summary>
    /// <param name="template">The page template's name.</param>
    /// <param name="page">The page model.</param>
    /// <param name="source">Finds a link in the editor's source of the page, for the link check's messages.</param>
    public void Write(string template, IPage page, Func<string, SourceLocation?>? source = null)
    {
        try
        {
            var path = urls.OutputPathFor(page.Url);
            var html = templates.RenderPage(template, page, globals);
            output.WriteText(path, html);
            links.Record(path, html, source);
            Interlocked.Increment(ref _pageCount);
        }
        catch (TemplateRenderException ex)
        {
            diagnostics.Error(ex.Location, ex.Message);
        }
    }
}
