using Microsoft.Playwright;
using Trygghetsrad.Site.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Trygghetsrad.Site.BrowserTests.Search;

/// <summary>The search page on the real site (content/), under a base path, for the examples.</summary>
public sealed class RealSiteSearchTests(Browser browser, RealSiteSearchTests.RealSite fixture) : IClassFixture<Browser>, IClassFixture<RealSiteSearchTests.RealSite>
{
    private const string Meeting = "/trygghetsrad/moten/2021-09-15/";

    [Theory]
    [InlineData("klotter", "1 träff i 1 möte för ”klotter”.", new[] { "#ovrigt" })]
    [InlineData("klottret", "1 träff i 1 möte för ”klottret”.", new[] { "#ovrigt" })]
    [InlineData("policy", "1 träff i 1 möte för ”policy”.", new[] { "#ovrigt" })]
    [InlineData("undersökning", "1 träff i 1 möte för ”undersökning”.", new[] { "#ovrigt" })]
    [InlineData("nattvandrare", "1 träff i 1 möte för ”nattvandrare”.", new[] { "#samverkan-mellan-tre-forvaltningar" })]
    [InlineData("\"motorburna ungdomar\"", "2 träffar i 1 möte för ”\"motorburna ungdomar\"”.", new[] { "#lagesbild", "#laget-runt-hur-har-vi-upplevt-sommaren" })]
    [InlineData("samverka", "2 träffar i 1 möte för ”samverka”.", new[] { "#samverkan-mellan-tre-forvaltningar", "#ovrigt" })]
    public async Task Real_meeting_sections_are_found(string query, string status, string[] anchors)
    {
        var page = await browser.NewPageAsync(width: 375);
        await page.OpenAsync(fixture.Site.Url("sok/?q=" + Uri.EscapeDataString(query)));
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync(status);
        var links = await page.Locator("#sokresultat h3 a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Equal(anchors.Select(a => Meeting + a).Order(StringComparer.Ordinal), links.Order(StringComparer.Ordinal));

        await page.Locator("#sokresultat h3 a").First.ClickAsync();
        // The heading is there once the document is parsed; the load event also waits for every style sheet and
        // script, and under a loaded CI machine it once did not come within 30 s.
        await page.WaitForURLAsync(fixture.Site.Server.Url(links[0]), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        Assert.Equal(1, await page.Locator(links[0][Meeting.Length..]).CountAsync());
    }

    [Fact]
    public async Task Kameror_finds_both_the_cameras_and_kamerorna()
    {
        var page = await browser.NewPageAsync();
        await page.OpenAsync(fixture.Site.Url("sok/?q=kameror"));
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("2 träffar i 1 möte för ”kameror”.");
        var marks = await page.Locator("#sokresultat mark").AllInnerTextsAsync();
        Assert.Contains("Kameror", marks);
        Assert.Contains("kamerorna", marks);
    }

    [Fact]
    public async Task A_Finnish_query_finds_the_meetings_Finnish_summary_and_shows_it_as_Finnish()
    {
        var page = await browser.NewPageAsync();
        await page.OpenAsync(fixture.Site.Url("sok/?q=" + Uri.EscapeDataString("töhryt")));
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("1 träff i 1 möte för ”töhryt”.");

        var result = page.Locator("#sokresultat .avsnittstraffar li");
        await Expect(result).ToHaveAttributeAsync("lang", "fi");
        await Expect(result.Locator("h3 a")).ToHaveAttributeAsync("href", Meeting + "#sammanfattning-fi");
        await Expect(result.Locator("h3 a")).ToHaveTextAsync("Tiivistelmä suomeksi");
        Assert.Equal(["töhryistä"], await result.Locator("mark").AllInnerTextsAsync());
    }

    /// <summary>The real content built under /trygghetsrad/.</summary>
    public sealed class RealSite : IDisposable
    {
        /// <summary>The built and served site.</summary>
        public BuiltSite Site { get; } = BuiltSite.Build(Path.Combine(RepositoryRoot.Path, "content"));

        /// <inheritdoc />
        public void Dispose() => Site.Dispose();
    }
}
