using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Trygghetsrad.Site.BrowserTests.Infrastructure;

namespace Trygghetsrad.Site.BrowserTests;

/// <summary>The open-data page and the feed and calendar links as a resident meets them on a phone.</summary>
public sealed class FollowAndReuseTests(Browser browser) : IClassFixture<Browser>
{
    [Fact]
    public async Task Open_data_page_is_accessible_and_fits_a_phone()
    {
        using var site = BuiltSite.Build(Path.Combine(RepositoryRoot.Path, "content"));
        var page = await browser.NewPageAsync(width: 320);
        await page.OpenAsync(site.Url("oppna-data/"));

        var axe = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
        Assert.True(axe.Violations.Length == 0, string.Join("\n", axe.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Target))})")));
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 320, $"The page scrolls sideways at 320 px: {scrollWidth} px wide.");
    }

    [Fact]
    public async Task Home_links_lead_to_the_feed_calendar_and_data()
    {
        using var site = BuiltSite.Build(Path.Combine(RepositoryRoot.Path, "content"));
        var page = await browser.NewPageAsync(width: 320);

        // The day after the newest minutes, while the meeting they announce is still coming and in the calendar.
        await page.Clock.SetFixedTimeAsync("2021-09-16T10:00:00Z");
        await page.OpenAsync(site.Url());

        foreach (var (name, type) in new[]
        {
            ("Prenumerera på nya anteckningar (Atom)", "xml"),
            ("Lägg till nästa möte i din kalender (.ics)", "calendar"),
        })
        {
            var href = await page.GetByRole(Microsoft.Playwright.AriaRole.Main).GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = name, Exact = true }).GetAttributeAsync("href");
            var response = await page.APIRequest.GetAsync(site.Server.Url(href!));
            Assert.Equal(200, response.Status);
            Assert.Contains(type, response.Headers["content-type"], StringComparison.Ordinal);
        }

        await page.GetByRole(Microsoft.Playwright.AriaRole.Contentinfo).GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Öppna data" }).ClickAsync();
        Assert.Equal("Öppna data", await page.Locator("h1").InnerTextAsync());
    }
}
