using Trygghetsrad.Site.Building;
using Trygghetsrad.Site.Rendering;

namespace Trygghetsrad.Site.Pages;

/// <summary>Every year with its count of meetings, each linking its year's pages: <c>/moten/</c>.</summary>
/// <param name="MeetingCount">How many meetings are published.</param>
/// <param name="Years">Each year, newest first, with its count.</param>
public sealed record MeetingsPage(string Title, string Nav, string Url, int MeetingCount, IReadOnlyList<YearRef> Years) : PageModel(Title, Nav, Url);

/// <summary>
/// The page of all meetings, by year. It lists the years rather than every meeting, so it stays short however
/// large the archive grows; each year's page lists its meetings.
/// </summary>
public sealed class MeetingsPageKind : ArchivePageKind
{
    /// <inheritdoc/>
    public override string Template => "meetings";

    /// <inheritdoc/>
    public override IEnumerable<Func<IPage>> Pages(Archive archive)
    {
        yield return () => new MeetingsPage("Alla möten", "moten", archive.Site.Urls.Meetings, archive.NewestFirst.Count, archive.Timeline.Years);
    }
}
