using System.Collections.Concurrent;
using Scriban.Runtime;
using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Output;
using Trygghetsrad.Site.Rendering;
using Trygghetsrad.Site.Content;

namespace Trygghetsrad.Site.Building;

/// <summary>
/// Renders a page model with its template and writes it at the path its URL names; template failures become
/// diagnostics. With a build cache, a page whose fingerprint is the one the previous build gave it is kept
/// as that build wrote it, and every page's fingerprint and ids are remembered for the next build.
/// </summary>
internal sealed class PageWriter(TemplateSet templates, ScriptObject globals, SiteOutput output, SiteUrls urls, LinkChecker links, DiagnosticBag diagnostics)
{
    private readonly ConcurrentDictionary<string, CachedPage> _pages = new(StringComparer.Ordinal);
    private int _pageCount;
    private int _keptCount;
    private volatile bool _anchorsLost;

    /// <summary>The previous build's pages, when this build may keep them.</summary>
    public IReadOnlyDictionary<string, CachedPage>? Previous { get; init; }

    /// <summary>True when pages' fingerprints are remembered for a later build.</summary>
    public bool Remembers { get; init; }

    /// <summary>Pages of the site, rendered or kept.</summary>
    public int PageCount => _pageCount;

    /// <summary>Pages kept from the previous build without rendering.</summary>
    public int KeptCount => _keptCount;

    /// <summary>
    /// True when a page rendered again lacks an id it had in the previous build: a kept page may link to it,
    /// so the kept pages' links must be read again for the link check.
    /// </summary>
    public bool AnchorsLost => _anchorsLost;

    /// <summary>Every page of this build with its fingerprint and ids (when <see cref="Remembers"/>).</summary>
    public IReadOnlyDictionary<string, CachedPage> Pages => _pages;

    /// <summary>
    /// Keeps the previous build's page at <paramref name="url"/> when its fingerprint was <paramref name="fingerprint"/>;
    /// false when it must be rendered.
    /// </summary>
    /// <param name="url">The page's URL.</param>
    /// <param name="fingerprint">The hash of everything the page depends on.</param>
    /// <param name="source">Finds a link in the editor's source of the page, for the link check's messages.</param>
    public bool TryKeep(string url, Hash128 fingerprint, Func<string, SourceLocation?>? source = null)
    {
        var path = urls.OutputPathFor(url);
        if (Previous is null || !Previous.TryGetValue(path, out var page) || page.Fingerprint != fingerprint || !output.Keep(path))
        {
            return false;
        }

        links.RecordKept(path, page.Ids, source);
        _pages[path] = page;
        Interlocked.Increment(ref _pageCount);
        Interlocked.Increment(ref _keptCount);
        return true;
    }

    /// <summary>Writes the page at <paramref name="url"/> unless the previous build's page there had the same fingerprint.</summary>
    /// <param name="template">The page template's name.</param>
    /// <param name="url">The page's URL.</param>
    /// <param name="page">Makes the page model; called only when the page is rendered.</param>
    /// <param name="fingerprint">Computes the hash of everything the page depends on; called only when a cache is in use.</param>
    public void WriteOrKeep(string template, string url, Func<IPage> page, Func<Hash128> fingerprint)
    {
        if (!Remembers)
        {
            Write(template, page());
            return;
        }

        var hash = fingerprint();
        if (!TryKeep(url, hash))
        {
            Write(template, page(), hash);
        }
    }

    /// <summary>Renders <paramref name="page"/> (which has a <c>Url</c>) with template <paramref name="template"/>.</summary>
    /// <param name="template">The page template's name.</param>
    /// <param name="page">The page model.</param>
    /// <param name="fingerprint">The hash of everything the page depends on, remembered for the next build.</param>
    /// <param name="source">Finds a link in the editor's source of the page, for the link check's messages.</param>
    public void Write(string template, IPage page, Hash128 fingerprint = default, Func<string, SourceLocation?>? source = null)
    {
        try
        {
            var path = urls.OutputPathFor(page.Url);
            templates.RenderPage(template, page, globals, (Output: output, Links: links, Path: path, Source: source), static (html, state) =>
            {
                state.Output.WriteText(state.Path, html);
                state.Links.Record(state.Path, html, state.Source);
            });
            if (links.RecordedIds(path) is { } ids)
            {
                if (Previous?.GetValueOrDefault(path) is { } before && !before.Ids.All(ids.Contains))
                {
                    _anchorsLost = true;
                }

                if (Remembers)
                {
                    _pages[path] = new CachedPage(fingerprint, ids);
                }
            }

            Interlocked.Increment(ref _pageCount);
        }
        catch (TemplateRenderException ex)
        {
            diagnostics.Error(ex.Location, ex.Message);
        }
    }
}
