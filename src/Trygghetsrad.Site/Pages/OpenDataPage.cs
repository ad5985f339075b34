using Trygghetsrad.Site.Building;
using Trygghetsrad.Site.Rendering;

namespace Trygghetsrad.Site.Pages;

/// <summary>The page describing the open data files: <c>/oppna-data/</c>.</summary>
/// <param name="JsonUrl">The data file.</param>
/// <param name="SchemaUrl">Its JSON Schema.</param>
/// <param name="SitemapUrl">The sitemap.</param>
/// <param name="MeetingCount">How many meetings the data holds.</param>
public sealed record OpenDataPage(
    string Title,
    string Nav,
    string Url,
    string JsonUrl,
    string SchemaUrl,
    string SitemapUrl,
    int MeetingCount) : PageModel(Title, Nav, Url);

/// <summary>The page about the open data.</summary>
public sealed class OpenDataPageKind : ArchivePageKind
{
    /// <inheritdoc/>
    public override string Template => "oppnadata";

    /// <inheritdoc/>
    public override IEnumerable<Func<IPage>> Pages(Archive archive)
    {
        var urls = archive.Site.Urls;
        yield return () => new OpenDataPage("Öppna data", "", urls.OpenData, urls.MeetingsJson, urls.MeetingsSchema, urls.Sitemap, archive.NewestFirst.Count);
    }
}
