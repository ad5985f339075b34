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

    /// <summary>
    /// The parts its pages share (<see cref="PagePart"/>): each rendered once with its own model and put into every
    /// page that has it.
    /// </summary>
    public virtual IReadOnlyList<PagePart> Parts => [];
}

/// <summary>
/// A part of a page that is the same on many pages (a topic's chart and year index on each of its pages; the
/// footer's contact lines on every page of a language), with a template of its own (<c>templates/NAME.sbn</c>, no
/// layout) whose <c>page</c> is a model of type <paramref name="Model"/>, or which has no <c>page</c> at all. It is
/// rendered once and the pages write it as it is; because its model holds only what the part shows, nothing that
/// differs from page to page can reach it.
/// </summary>
/// <param name="Template">The template's name, without ".sbn".</param>
/// <param name="Model">The type of the part's model; null for a part that reads only the site's values (<see cref="PageKinds.SiteParts"/>).</param>
public sealed record PagePart(string Template, Type? Model);

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
