using Trygghetsrad.Site.Building;
using Trygghetsrad.Site.Rendering;

namespace Trygghetsrad.Site.Pages;

/// <summary>The page a web server shows for a missing address: <c>/404.html</c>.</summary>
public sealed record NotFoundPage(string Title, string Nav, string Url) : PageModel(Title, Nav, Url);

/// <summary>The 404 page; search engines are not told of it.</summary>
public sealed class NotFoundPageKind : ArchivePageKind
{
    /// <inheritdoc/>
    public override string Template => "notfound";

    /// <inheritdoc/>
    public override bool InSitemap => false;

    /// <inheritdoc/>
    public override IEnumerable<Func<IPage>> Pages(Archive archive)
    {
        yield return () => new NotFoundPage("Sidan finns inte", "", archive.Site.Urls.Home + "404.html");
    }
}
