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
        var pagination = Pagination.Window(current, total, n => $"/amnen/klotter/{n}/");

        var shown = string.Join(' ', pagination.Pages.Select(p => (p.GapBefore ? "… " : "") + (p.Current ? $"[{p.Number}]" : $"{p.Number}")));
        Assert.Equal(expected, shown);
        Assert.All(pagination.Pages, p => Assert.Equal($"/amnen/klotter/{p.Number}/", p.Url));
        Assert.Equal(current > 1 ? $"/amnen/klotter/{current - 1}/" : null, pagination.PreviousUrl);
        Assert.Equal(current < total ? $"/amnen/klotter/{current + 1}/" : null, pagination.NextUrl);
    }
}
