using Trygghetsrad.Site.Building;
using Trygghetsrad.Site.Content;
using Trygghetsrad.Site.Rendering;

namespace Trygghetsrad.Site.Pages;

/// <summary>
/// A kind of page: the template its pages render with (<c>templates/NAME.sbn</c>, inside <c>layout.sbn</c>) and
/// whether search engines are told of them. Each kind is one type that states its template, its URLs and how
/// its model is made; <see cref="PageKinds"/> lists them all.
/// </summary>
public abstract class PageKind
{
    /// <summary>The template's name, without ".sbn".</summary>
    public abstract string Template { get; }

    /// <summary>True when the sitemap lists the kind's pages.</summary>
    public virtual bool InSitemap => true;
}

/// <summary>
/// A kind of page made from the whole archive, once every meeting is read: lists, topics, the home page and
/// the pages beside them.
/// </summary>
public abstract class ArchivePageKind : PageKind
{
    /// <summary>
    /// Every page of the kind, each model made when its page is rendered: pages are rendered in parallel, and a
    /// large archive has thousands of topic pages.
    /// </summary>
    public abstract IEnumerable<Func<IPage>> Pages(Archive archive);

    /// <summary>
    /// For a page an editor wrote the text of, what finds the link in that text an address on the page came from,
    /// so the link check reports a broken one at the editor's line; null for a page of the templates alone.
    /// </summary>
    public virtual Func<string, WrittenLink?>? LinkSource(IPage page, Archive archive) => null;
}
