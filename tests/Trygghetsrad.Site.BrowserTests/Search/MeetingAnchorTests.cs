using Microsoft.Playwright;
using Trygghetsrad.Site.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static Trygghetsrad.Site.BrowserTests.Search.SearchPageTests;

namespace Trygghetsrad.Site.BrowserTests.Search;

/// <summary>A meeting opened at a section, from a search result or a link, shows which meeting it is.</summary>
public sealed class MeetingAnchorTests(Browser browser, FixtureSite fixture) : IClassFixture<Browser>, IClassFixture<FixtureSite>
{
    private readonly BuiltSite _site = fixture.Site;

    [Theory]
    [InlineData(320, ColorScheme.Light)]
    [InlineData(320, ColorScheme.Dark)]
    [InlineData(1280, ColorScheme.Light)]
    public async Task A_result_opened_at_its_section_shows_the_meetings_title_and_date_above_it(int width, ColorScheme scheme)
    {
        var page = await browser.NewPageAsync(width, scheme);
        await page.OpenAsync(_site.Url("sok/?q=kameror"));
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("träffar");
        await page.Locator("#sokresultat h3 a", new() { HasText = "Kameraövervakning i centrum" }).ClickAsync();
        await page.WaitForURLAsync(_site.Server.Url("/trygghetsrad/moten/2022-02-16/#kameraovervakning-i-centrum"), new() { WaitUntil = WaitUntilState.DOMContentLoaded });

        var note = page.Locator(".motesrad");
        await Expect(note).ToHaveTextAsync("Trygghetsråd, 16 februari 2022");
        await Expect(note).ToBeInViewportAsync();
        var heading = page.Locator("#kameraovervakning-i-centrum");
        await Expect(heading).ToBeInViewportAsync();
        var noteBox = (await note.BoundingBoxAsync())!;
        var headingBox = (await heading.BoundingBoxAsync())!;
        Assert.True(headingBox.Y >= noteBox.Y + noteBox.Height - 1, $"the heading (y {headingBox.Y}) is under the note (y {noteBox.Y}, height {noteBox.Height})");
    }

    [Fact]
    public async Task The_meetings_title_and_date_stay_in_view_while_reading_further_down()
    {
        var page = await browser.NewPageAsync(width: 320);
        await page.OpenAsync(_site.Url("moten/2022-02-16/#trygghetsrad-i-skolorna"));
        await page.Mouse.WheelAsync(0, 200);
        var top = await page.Locator(".motesrad").EvaluateAsync<double>("e => e.getBoundingClientRect().top");
        Assert.InRange(top, -0.5, 0.5);
        Assert.True(await page.EvaluateAsync<bool>("() => window.scrollY > 0"), "the page did not scroll");
    }
}
