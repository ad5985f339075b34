using Trygghetsrad.Site.Building;
using Trygghetsrad.Site.Rendering;

namespace Trygghetsrad.Site.Pages;

/// <summary>Every meeting by year: <c>/moten/</c>.</summary>
/// <param name="MeetingCount">How many meetings are published.</param>
/// <param name="Years">Each year, newest first, with its meetings.</param>
public sealed record MeetingsPage(string Title, string Nav, string Url, int MeetingCount, IReadOnlyList<YearGroup> Years) : PageModel(Title, Nav, Url);

/// <summary>A year with its meetings.</summary>
public sealed record YearGroup(int Year, string Url, IReadOnlyList<MeetingSummary> Meetings);

/// <summary>The page of every meeting.</summary>
public sealed class MeetingsPageKind : ArchivePageKind
{
    /// <inheritdoc/>
    public override string Template => "meetings";

    /// <inheritdoc/>
    public override IEnumerable<Func<IPage>> Pages(Archive archive)
    {
        yield return () => new MeetingsPage(
            "Alla möten",
            "moten",
            archive.Site.Urls.Meetings,
            archive.NewestFirst.Count,
            [.. archive.Timeline.Years.Select(y => new YearGroup(y.Year, y.Url, [.. archive.MeetingsIn(y.Year).Select(m => m.Summary)]))]);
    }
}
