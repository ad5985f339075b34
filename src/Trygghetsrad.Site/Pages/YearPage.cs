using Trygghetsrad.Site.Building;
using Trygghetsrad.Site.Rendering;

namespace Trygghetsrad.Site.Pages;

/// <summary>One page of a year's meetings: <c>/moten/2021/</c>, then <c>/moten/2021/sida/2/</c> and on.</summary>
/// <param name="Year">The year, with its count.</param>
/// <param name="Meetings">This page's meetings, newest first.</param>
/// <param name="PreviousYear">The year before it that has meetings, if any.</param>
/// <param name="NextYear">The year after it that has meetings, if any.</param>
/// <param name="Pagination">Where this page stands among the year's pages.</param>
public sealed record YearPage(
    string Title,
    string Nav,
    string Url,
    YearRef Year,
    IReadOnlyList<MeetingSummary> Meetings,
    YearRef? PreviousYear,
    YearRef? NextYear,
    Pagination Pagination) : PageModel(Title, Nav, Url);

/// <summary>The pages of each year that has meetings, a page per <see cref="PageSize"/> meetings, newest first.</summary>
public sealed class YearPageKind : ArchivePageKind
{
    /// <summary>Meetings per page: a year of monthly meetings fits on one.</summary>
    public const int PageSize = 25;

    /// <inheritdoc/>
    public override string Template => "year";

    /// <inheritdoc/>
    public override IEnumerable<Func<IPage>> Pages(Archive archive)
    {
        var years = archive.Timeline.Years;
        var urls = archive.Site.Urls;
        for (var i = 0; i < years.Count; i++)
        {
            var year = years[i];
            var previous = i + 1 < years.Count ? years[i + 1] : null;
            var next = i > 0 ? years[i - 1] : null;
            var pages = new MeetingPages(archive.MeetingsIn(year.Year), PageSize, n => urls.Year(year.Year, n));
            for (var number = 1; number <= pages.Total; number++)
            {
                var page = number;
                yield return () => new YearPage(
                    Paging.Title($"Möten {year.Year}", page, pages.Total),
                    "moten",
                    urls.Year(year.Year, page),
                    year,
                    [.. pages.On(page).Select(m => m.Summary)],
                    previous,
                    next,
                    pages.Pagination(page));
            }
        }
    }
}
