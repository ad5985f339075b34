using Trygghetsrad.Site.BrowserTests.Infrastructure;

namespace Trygghetsrad.Site.BrowserTests;

/// <summary>The real site opens in a browser under a base path and its meeting page reads as the minutes.</summary>
public sealed class SmokeTests(Browser browser) : IClassFixture<Browser>
{
    [Fact]
    public async Task Real_meeting_page_shows_date_and_sections_under_base_path()
    {
        using var site = BuiltSite.Build(Path.Combine(RepositoryRoot.Path, "content"));
        var page = await browser.NewPageAsync(width: 320);
        await page.OpenAsync(site.Url("moten/2021-09-15/"));

        Assert.Equal("Trygghetsråd 15 september 2021 – Trygghetsrådets arkiv", await page.TitleAsync());
        Assert.Contains("onsdag 15 september 2021", await page.Locator("dl.fakta").InnerTextAsync());
        Assert.Equal(1, await page.Locator("#ovrigt").CountAsync());
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 320, $"The page scrolls sideways at 320 px: {scrollWidth} px wide.");
    }
}
