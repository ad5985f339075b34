using Trygghetsrad.Site.Building;
using Trygghetsrad.Site.Content;
using Trygghetsrad.Site.Rendering;

namespace Trygghetsrad.Site.Pages;

/// <summary>One page of the items the council takes further: <c>/uppfoljning/</c>, then <c>/uppfoljning/sida/2/</c> and on.</summary>
/// <param name="Open">How many items are open, on all pages.</param>
/// <param name="Total">How many items there are, on all pages.</param>
/// <param name="Groups">This page's items by status, open ones first.</param>
/// <param name="Pagination">Where this page stands among the list's pages.</param>
public sealed record FollowUpsPage(
    string Title,
    string Nav,
    string Url,
    int Open,
    int Total,
    IReadOnlyList<FollowUpGroup> Groups,
    Pagination Pagination) : PageModel(Title, Nav, Url);

/// <summary>Items of one status on a page of the follow-up list.</summary>
/// <param name="Id">The group's anchor: "oppna".</param>
/// <param name="Heading">"Öppna", "Besvarade", "Avslutade".</param>
/// <param name="Items">Its items, the latest reported on first.</param>
public sealed record FollowUpGroup(string Id, string Heading, IReadOnlyList<FollowUpItem> Items);

/// <summary>
/// The list of every follow-up item, open ones first, <see cref="PageSize"/> items a page. Its pages are numbered, not
/// dated: the list is in order of status, not of date.
/// </summary>
public sealed class FollowUpsPageKind : ArchivePageKind
{
    /// <summary>Items per page.</summary>
    public const int PageSize = 20;

    /// <inheritdoc/>
    public override string Template => "followups";

    /// <inheritdoc/>
    public override IEnumerable<Func<IPage>> Pages(Archive archive)
    {
        var urls = archive.Site.Urls;
        var items = archive.References.Items;
        var open = items.Count(i => i.IsOpen);
        var total = Paging.Count(items.Count, PageSize);
        for (var number = 1; number <= total; number++)
        {
            var page = number;
            yield return () => new FollowUpsPage(
                Paging.Title("Uppföljning", page, total),
                "uppfoljning",
                urls.FollowUps(page),
                open,
                items.Count,
                Groups(Paging.On(items, page, PageSize)),
                Pagination.Window(page, total, n => urls.FollowUps(n), _ => null));
        }
    }

    // The items by status, in the list's order (open, answered, closed).
    private static List<FollowUpGroup> Groups(IEnumerable<FollowUpItem> items) =>
        [.. items.GroupBy(i => i.Status).Select(g => new FollowUpGroup(GroupId(g.Key), GroupHeading(g.Key), [.. g]))];

    private static string GroupId(FollowUpStatus status) => status switch
    {
        FollowUpStatus.Open => "oppna",
        FollowUpStatus.Answered => "besvarade",
        _ => "avslutade",
    };

    private static string GroupHeading(FollowUpStatus status) => status switch
    {
        FollowUpStatus.Open => "Öppna",
        FollowUpStatus.Answered => "Besvarade",
        _ => "Avslutade",
    };
}
