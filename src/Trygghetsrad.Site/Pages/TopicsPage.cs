using Trygghetsrad.Site.Building;
using Trygghetsrad.Site.Rendering;

namespace Trygghetsrad.Site.Pages;

/// <summary>Every topic: <c>/amnen/</c>.</summary>
/// <param name="Topics">The topics with their counts, in Swedish alphabetical order.</param>
public sealed record TopicsPage(string Title, string Nav, string Url, IReadOnlyList<TopicSummary> Topics) : PageModel(Title, Nav, Url);

/// <summary>The page of every topic.</summary>
public sealed class TopicsPageKind : ArchivePageKind
{
    /// <inheritdoc/>
    public override string Template => "topics";

    /// <inheritdoc/>
    public override IEnumerable<Func<IPage>> Pages(Archive archive)
    {
        yield return () => new TopicsPage("Ämnen", "amnen", archive.Site.Urls.Topics, archive.Topics);
    }
}
