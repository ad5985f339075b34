using Microsoft.Playwright;
using Trygghetsrad.Site.BrowserTests.Accessibility;
using Trygghetsrad.Site.BrowserTests.Infrastructure;

namespace Trygghetsrad.Site.BrowserTests.Pages;

/// <summary>
/// A meeting whose date has passed is never shown as coming: on the real site built for a later day
/// (SOURCE_DATE_EPOCH), and — through nasta-mote.js, with the browser's clock set — on the real site built before
/// the date. Without script, a page reads as it was built.
/// </summary>
public sealed class NextMeetingTests(Browser browser, NextMeetingTests.Sites sites) : IClassFixture<Browser>, IClassFixture<NextMeetingTests.Sites>
{
    private const string Announced = "onsdag 17 november 2021";

    [Theory]
    [InlineData("")]
    [InlineData("moten/2021-09-15/")]
    public async Task Built_after_the_date_the_page_never_shows_the_meeting_as_coming(string path)
    {
        var page = await browser.NewPageAsync(320);
        await page.OpenAsync(sites.Later.Url(path));

        var box = page.Locator("section.nasta-mote");
        await AssertPassedAsync(box);
        Assert.Equal(0, await page.Locator("script[src*='nasta-mote']").CountAsync());
        Assert.Contains(path.Length == 0 ? "Inget kommande möte är publicerat ännu." : "Nästa möte var planerat till", await box.InnerTextAsync(), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("")]
    [InlineData("moten/2021-09-15/")]
    public async Task Built_before_the_date_the_script_marks_it_passed_once_the_readers_clock_has_passed_it(string path)
    {
        var page = await browser.NewPageAsync(320);
        await PageChecks.RecordCspViolationsAsync(page);
        await page.Clock.SetFixedTimeAsync("2026-12-02T10:00:00Z");
        await page.OpenAsync(sites.Earlier.Url(path));

        await AssertPassedAsync(page.Locator("section.nasta-mote"));
        Assert.Empty(await PageChecks.CspViolationsAsync(page));
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("2021-11-16T23:30:00Z", true)] // the 17th in Stockholm, still the 16th in Los Angeles: the meeting's day
    [InlineData("2021-11-17T23:30:00Z", false)] // the 18th in Stockholm, still the 17th in Los Angeles: passed
    public async Task The_script_judges_the_date_in_Stockholm_whatever_the_readers_time_zone(string now, bool coming)
    {
        var page = await browser.NewPageAsync(320, timezoneId: "America/Los_Angeles");
        await page.Clock.SetFixedTimeAsync(now);
        await page.OpenAsync(sites.Earlier.Url());

        var box = page.Locator("section.nasta-mote");
        if (coming)
        {
            await AssertComingAsync(box);
        }
        else
        {
            await AssertPassedAsync(box);
        }

        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Without_script_the_page_reads_as_it_was_built()
    {
        var page = await browser.NewPageAsync(320, javaScript: false);
        await page.OpenAsync(sites.Earlier.Url());

        await AssertComingAsync(page.Locator("section.nasta-mote"));
        await page.Context.CloseAsync();
    }

    private static async Task AssertPassedAsync(ILocator box)
    {
        await Microsoft.Playwright.Assertions.Expect(box.Locator("[data-passerat]")).ToBeVisibleAsync();
        Assert.False(await box.Locator("[data-kommande]").IsVisibleAsync(), "the coming announcement is still shown");
        Assert.Equal(0, await box.GetByRole(AriaRole.Link, new() { Name = "Lägg till nästa möte i din kalender (.ics)" }).CountAsync());
        Assert.Contains(Announced, await box.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("planerat till", await box.InnerTextAsync(), StringComparison.Ordinal);
    }

    private static async Task AssertComingAsync(ILocator box)
    {
        await Microsoft.Playwright.Assertions.Expect(box.Locator("[data-kommande]")).ToBeVisibleAsync();
        Assert.False(await box.Locator("[data-passerat]").IsVisibleAsync(), "the box says the meeting has passed");
        Assert.True(await box.GetByRole(AriaRole.Link, new() { Name = "Lägg till nästa möte i din kalender (.ics)" }).IsVisibleAsync());
        Assert.StartsWith(Announced, await box.Locator("[data-kommande] .nasta-mote-datum").InnerTextAsync(), StringComparison.Ordinal);
    }

    /// <summary>The real content built without a day (the newest minutes stand for today) and for 2 December 2026.</summary>
    public sealed class Sites : IDisposable
    {
        /// <summary>Builds both.</summary>
        public Sites()
        {
            var content = Path.Combine(RepositoryRoot.Path, "content");
            Earlier = BuiltSite.Build(content);
            Later = BuiltSite.Build(content, today: new DateOnly(2026, 12, 2));
        }

        /// <summary>Built as if on the day of the newest minutes: the next meeting is coming.</summary>
        public BuiltSite Earlier { get; }

        /// <summary>Built for 2 December 2026.</summary>
        public BuiltSite Later { get; }

        /// <inheritdoc />
        public void Dispose()
        {
            Earlier.Dispose();
            Later.Dispose();
        }
    }
}
