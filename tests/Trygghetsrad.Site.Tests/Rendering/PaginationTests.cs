using Trygghetsrad.Site.Rendering;

namespace Trygghetsrad.Site.Tests.Rendering;

/// <summary>Topic pages link the first and last pages and the current page's neighbours, not every page.</summary>
public sealed class PaginationTests
{
    [Theory]
    [InlineData(1, 1, "[1]")]
    [InlineData(1, 4, "[1] 2 3 4")]
    [InlineData(3, 7, "1 2 [3] 4 5 … 7")]
    [InlineData(4, 7, "1 2 3 [4] 5 6 7")]
    [InlineData(1, 500, "[1] 2 3 … 500")]
    [InlineData(250, 500, "1 … 248 249 [250] 251 252 … 500")]
    [InlineData(500, 500, "1 … 498 499 [500]")]
    public void Links_first_last_and_neighbours_with_gaps_marked(int current, int total, string expected)
    {
        var pagination = Pagination.Window(current, total, n => $"/amnen/klotter/{n}/", _ => null);

        var shown = string.Join(' ', pagination.Pages.Select(p => (p.GapBefore ? "… " : "") + (p.Current ? $"[{p.Number}]" : $"{p.Number}")));
        Assert.Equal(expected, shown);
        Assert.All(pagination.Pages, p => Assert.Equal($"/amnen/klotter/{p.Number}/", p.Url));
        Assert.Equal(current > 1 ? $"/amnen/klotter/{current - 1}/" : null, pagination.PreviousUrl);
        Assert.Equal(current < total ? $"/amnen/klotter/{current + 1}/" : null, pagination.NextUrl);
    }

    [Theory]
    [InlineData("2021-09-15", "2021-09-15", "15 september 2021")]
    [InlineData("2021-09-01", "2021-09-15", "1–15 september 2021")]
    [InlineData("2021-09-15", "2021-11-17", "15 september–17 november 2021")]
    [InlineData("2020-12-02", "2021-02-10", "2 december 2020–10 februari 2021")]
    public void A_page_is_labelled_with_the_dates_it_spans_writing_a_shared_year_and_month_once(string oldest, string newest, string expected)
    {
        var range = DateRangeView.Of(DateOnly.Parse(oldest, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(newest, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, range.FromText.Length == 0 ? range.ToText : $"{range.FromText}–{range.ToText}");
        Assert.Equal((oldest, newest), (range.FromIso, range.ToIso));
    }
}
