using Microsoft.Playwright;
using Trygghetsrad.Site.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static Trygghetsrad.Site.BrowserTests.Search.SearchPageTests;

namespace Trygghetsrad.Site.BrowserTests.Search;

/// <summary>
/// Search that never dead-ends, on the fictional fixture: synonyms, suggestions when nothing is found,
/// and results grouped per meeting.
/// </summary>
public sealed class NeverDeadEndTests(Browser browser, FixtureSite fixture) : IClassFixture<Browser>, IClassFixture<FixtureSite>
{
    private const string Klotter = "/trygghetsrad/moten/2022-02-16/#klotter-vid-skolan";
    private const string Graffiti = "/trygghetsrad/moten/2025-01-22/#graffiti-pa-idrottsplatsen";

    private readonly BuiltSite _site = fixture.Site;

    [Fact]
    public async Task A_synonym_shows_the_topics_hits_and_says_so()
    {
        var page = await browser.NewPageAsync(width: 320);
        await page.OpenAsync(_site.Url("sok/?q=graffiti"));
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("3 träffar i 3 möten för ”graffiti” – visar träffar för klotter.");
        var links = await Links(page);
        Assert.Contains(Graffiti, links);
        Assert.Contains(Klotter, links);
        await Expect(page.Locator("#sok-forslag")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task A_typo_names_the_word_it_was_read_as()
    {
        var page = await browser.NewPageAsync();
        await page.OpenAsync(_site.Url("sok/?q=kloter"));
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("för ”kloter” – visar träffar för klotter.");
        Assert.Contains(Klotter, await Links(page));
    }

    [Fact]
    public async Task Nothing_found_offers_a_close_word_that_searches_in_place()
    {
        var page = await browser.NewPageAsync(width: 320);
        await page.OpenAsync(_site.Url("sok/?q=kltter"));
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Inga träffar för ”kltter”. Förslag finns nedan.");
        var offer = page.Locator("#sok-forslag");
        await Expect(offer.GetByRole(AriaRole.Heading, new() { Name = "Förslag" })).ToBeVisibleAsync();
        await Expect(offer.Locator("li").First).ToHaveTextAsync("Menade du klotter?");

        await offer.GetByRole(AriaRole.Link, new() { Name = "klotter", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("2 träffar i 2 möten för ”klotter”.");
        Assert.EndsWith("/trygghetsrad/sok/?q=klotter", page.Url);
        Assert.Equal("klotter", await page.GetByLabel("Sökord").InputValueAsync());
        await Expect(offer).ToBeHiddenAsync();

        await page.GoBackAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Inga träffar för ”kltter”. Förslag finns nedan.");
    }

    [Fact]
    public async Task Nothing_found_offers_the_topic_whose_description_has_the_word()
    {
        var page = await browser.NewPageAsync();
        await page.OpenAsync(_site.Url("sok/?q=bussh%C3%A5llplats"));
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Inga träffar för ”busshållplats”. Förslag finns nedan.");
        var topic = page.Locator("#sok-forslag li", new() { HasText = "Ämnet Klotter tar upp ”busshållplats”." });
        Assert.Equal("/trygghetsrad/amnen/klotter/", await topic.GetByRole(AriaRole.Link, new() { Name = "Klotter" }).GetAttributeAsync("href"));
        // Always a way on: the years and the topics.
        await Expect(page.Locator("#sok-forslag li").Last).ToHaveTextAsync("Prova ett annat ord, eller bläddra bland mötena per år och ämnena.");
    }

    [Fact]
    public async Task Nothing_found_under_a_filter_offers_to_drop_it_with_the_hits_it_hides()
    {
        var page = await browser.NewPageAsync();
        await page.OpenAsync(_site.Url("sok/?q=klotter&ar=2023"));
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Inga träffar för ”klotter”. År: 2023. Förslag finns nedan.");
        var drop = page.Locator("#sok-forslag").GetByRole(AriaRole.Link, new() { Name = "Sök i alla år" });
        await Expect(page.Locator("#sok-forslag li", new() { HasText = "Sök i alla år" })).ToHaveTextAsync("Sök i alla år (2 träffar).");
        await drop.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("2 träffar i 2 möten för ”klotter”.");
        Assert.Equal("", await page.GetByLabel("År", new() { Exact = true }).InputValueAsync());
        Assert.EndsWith("/trygghetsrad/sok/?q=klotter", page.Url);
    }

    [Fact]
    public async Task Results_are_grouped_under_each_meetings_date_and_title()
    {
        var page = await browser.NewPageAsync(width: 320);
        await page.OpenAsync(_site.Url("sok/?q=polisen"));
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("4 träffar i 3 möten för ”polisen”.");
        var meetings = page.Locator("#sokresultat > li");
        await Expect(meetings).ToHaveCountAsync(3);
        var first = meetings.First;
        Assert.Equal("Trygghetsråd onsdag 22 januari 2025", Normalise(await first.Locator("h2").InnerTextAsync()));
        Assert.Equal("/trygghetsrad/moten/2025-01-22/", await first.Locator("h2 a").GetAttributeAsync("href"));
        Assert.Equal(
            ["Bilar på parkeringen", "Graffiti på idrottsplatsen"],
            (await first.Locator("h3 a").AllInnerTextsAsync()).Order(StringComparer.Ordinal));
        Assert.Equal(2, await first.Locator("h3 + p mark").CountAsync());
    }
}
