using Trygghetsrad.Site.Building;
using Trygghetsrad.Site.Rendering;

namespace Trygghetsrad.Site.Pages;

/// <summary>One item the council takes further, with every meeting that reported on it: <c>/uppfoljning/klotter-naringslivet/</c>.</summary>
/// <param name="Item">The item and its steps, oldest first.</param>
/// <param name="Topics">The topics its sections take up.</param>
public sealed record FollowUpPage(string Title, string Nav, string Url, FollowUpItem Item, IReadOnlyList<TopicRef> Topics) : PageModel(Title, Nav, Url);

/// <summary>A page per follow-up item, at an address that stays the same whatever its status.</summary>
public sealed class FollowUpPageKind : ArchivePageKind
{
    /// <inheritdoc/>
    public override string Template => "followup";

    /// <inheritdoc/>
    public override IEnumerable<Func<IPage>> Pages(Archive archive)
    {
        foreach (var item in archive.References.Items)
        {
            yield return () => new FollowUpPage(item.Title, "uppfoljning", item.Url, item, archive.TopicsOf(item));
        }
    }
}
