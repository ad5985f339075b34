using Trygghetsrad.Site.Building;
using Trygghetsrad.Site.Rendering;

namespace Trygghetsrad.Site.Pages;

/// <summary>One year's meetings: <c>/moten/2021/</c>.</summary>
/// <param name="Year">The year.</param>
/// <param name="Meetings">Its meetings, newest first.</param>
/// <param name="Years">Every year, newest first, for the list of years.</param>
/// <param name="PreviousYear">The year before it that has meetings, if any.</param>
/// <param name="NextYear">The year after it that has meetings, if any.</param>
public sealed record YearPage(
    string Title,
    string Nav,
    string Url,
    int Year,
    IReadOnlyList<MeetingSummary> Meetings,
    IReadOnlyList<YearRef> Years,
    YearRef? PreviousYear,
    YearRef? NextYear) : PageModel(Title, Nav, Url);

/// <summary>A page per year that has meetings.</summary>
public sealed class YearPageKind : ArchivePageKind
{
    /// <inheritdoc/>
    public override string Template => "year";

    /// <inheritdoc/>
    public override IEnumerable<Func<IPage>> Pages(Archive archive)
    {
        var years = archive.Timeline.Years;
        for (var i = 0; i < years.Count; i++)
        {
            var year = years[i];
            var previous = i + 1 < years.Count ? years[i + 1] : null;
            var next = i > 0 ? years[i - 1] : null;
            yield return () => new YearPage(
                $"Möten {year.Year}",
                "moten",
                year.Url,
                year.Year,
                [.. archive.MeetingsIn(year.Year).Select(m => m.Summary)],
                years,
                previous,
                next);
        }
    }
}
