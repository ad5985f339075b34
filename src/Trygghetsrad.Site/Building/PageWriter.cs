using System.Collections.Concurrent;
using Trygghetsrad.Site.Content;
using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Output;
using Trygghetsrad.Site.Pages;
using Trygghetsrad.Site.Rendering;

namespace Trygghetsrad.Site.Building;

/// <summary>
/// Renders a page model with its kind's template, writes it at the path its URL names and records its links for
/// the link check and its URL for the sitemap; template failures become diagnostics. Thread-safe.
/// </summary>
internal sealed class PageWriter(SiteContext site, SiteOutput output, LinkChecker links, DiagnosticBag diagnostics)
{
    private readonly ConcurrentQueue<SitemapEntry> _listed = new();
    private int _pageCount;

    /// <summary>Pages written.</summary>
    public int PageCount => _pageCount;

    /// <summary>True when pages are written with relative links (<see cref="BuildOptions.RelativeLinks"/>); the link check reads them as rendered.</summary>
    public bool RelativeLinks { get; init; }

    /// <summary>The URL (with its translations) of every page written whose kind the sitemap lists, in no particular order.</summary>
    public IEnumerable<SitemapEntry> SitemapUrls => _listed;

    /// <summary>Renders <paramref name="page"/>, a page of <paramref name="kind"/>, and writes it.</summary>
    /// <param name="kind">The page's kind.</param>
    /// <param name="page">The page model.</param>
    /// <param name="source">Finds the link in the editor's source of the page that an address came from, for the link check's messages.</param>
    public void Write(PageKind kind, IPage page, Func<string, WrittenLink?>? source = null)
    {
        try
        {
            var path = site.Urls.OutputPathFor(page.Url);
            var relative = RelativeLinks ? new RelativeLinks(site.Urls.BasePath, path) : null;
            site.Templates.RenderPage(kind.Template, page, site.GlobalsFor(page.Lang), (Output: output, Links: links, Path: path, Source: source, Relative: relative), static (html, state) =>
            {
                state.Links.Record(state.Path, html, state.Source);
                if (state.Relative is { } relative)
                {
                    state.Output.WriteText(state.Path, relative.Rewrite(html));
                }
                else
                {
                    state.Output.WriteText(state.Path, html);
                }
            });
            if (kind.InSitemap)
            {
                _listed.Enqueue(new SitemapEntry(page.Url, page.Alternates));
            }

            Interlocked.Increment(ref _pageCount);
        }
        catch (TemplateRenderException ex)
        {
            diagnostics.Error(ex.Location, ex.Message);
        }
    }
}
