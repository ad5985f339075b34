using Trygghetsrad.Site.Building;
using Trygghetsrad.Site.Rendering;

namespace Trygghetsrad.Site.Pages;

/// <summary>
/// The search page: <c>/sok/</c>. The search script fills it, reading the index's <paramref name="Manifest"/>
/// from the page; without script it links years and topics.
/// </summary>
/// <param name="Years">Every year, for the year filter.</param>
/// <param name="Topics">Every topic, for the topic filter.</param>
/// <param name="Manifest">The search index's manifest as a JSON data block.</param>
public sealed record SearchPage(string Title, string Nav, string Url, IReadOnlyList<YearRef> Years, IReadOnlyList<TopicSummary> Topics, RawHtml Manifest) : PageModel(Title, Nav, Url);

/// <summary>The search page.</summary>
public sealed class SearchPageKind : ArchivePageKind
{
    /// <inheritdoc/>
    public override string Template => "search";

    /// <inheritdoc/>
    public override IEnumerable<Func<IPage>> Pages(Archive archive)
    {
        yield return () => new SearchPage("Sök i anteckningarna", "sok", archive.Site.Urls.Search, archive.Timeline.Years, archive.Topics, archive.SearchManifest.Value);
    }
}
