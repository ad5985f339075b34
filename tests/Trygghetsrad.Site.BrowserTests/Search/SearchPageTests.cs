using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Trygghetsrad.Site.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Trygghetsrad.Site.BrowserTests.Search;

/// <summary>The search page on the fictional multi-meeting fixture, built under /trygghetsrad/.</summary>
public sealed partial class SearchPageTests(Browser browser, SearchPageTests.FixtureSite fixture) : IClassFixture<Browser>, IClassFixture<SearchPageTests.FixtureSite>
{
    private const string Klotter = "/trygghetsrad/moten/2022-02-16/#klotter-vid-skolan";
    private const string Undersokning = "/trygghetsrad/moten/2024-05-22/#trygghetsundersokningen";
    private const string Motorburna = "/trygghetsrad/moten/2023-03-15/#motorburna-ungdomar";
    private const string Fortkorning = "/trygghetsrad/moten/2024-05-22/#fortkorning-och-mopeder";

    private readonly BuiltSite _site = fixture.Site;

    [Fact]
    public async Task Query_in_the_url_runs_on_load_and_links_the_sections()
    {
        var page = await browser.NewPageAsync();
        await page.OpenAsync(_site.Url("sok/?q=klottret"));

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("2 träffar i 2 möten för ”klottret”.");
        Assert.Equal([Klotter, Undersokning], await Links(page));
        Assert.Equal("klottret", await page.Locator("#sok-q").InputValueAsync());
        var first = page.Locator("#sokresultat > li").First;
        Assert.Equal("/trygghetsrad/moten/2022-02-16/", await first.Locator("h2 a").GetAttributeAsync("href"));
        Assert.Equal("Klotter vid skolan", await first.Locator("h3 a").InnerTextAsync());
        Assert.Equal("2022-02-16", await first.Locator("h2 time").GetAttributeAsync("datetime"));
        Assert.Equal("Trygghetsråd onsdag 16 februari 2022", Normalise(await first.Locator("h2").InnerTextAsync()));
        Assert.Contains("Klotter", await first.Locator("mark").AllInnerTextsAsync());
    }

    [Fact]
    public async Task First_query_reads_the_manifest_from_the_page_and_fetches_only_dictionary_and_result_data()
    {
        var page = await browser.NewPageAsync();
        var fetched = new List<string>();
        page.Request += (_, request) =>
        {
            if (request.Url.Contains("/sok/index/", StringComparison.Ordinal))
            {
                fetched.Add(request.Url[(request.Url.IndexOf("/sok/index/", StringComparison.Ordinal) + "/sok/index/".Length)..]);
            }
        };
        await page.OpenAsync(_site.Url("sok/?q=klottret"));

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("2 träffar i 2 möten för ”klottret”.");
        Assert.Equal([Klotter, Undersokning], await Links(page));
        Assert.Equal(["d/0/0.json", "d/0/2.json", "t/kl.txt"], fetched.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("policy", Klotter)]
    [InlineData("trygghetsundersokning", Undersokning)]
    [InlineData("motorb", Motorburna)]
    [InlineData("kloter", Klotter)]
    [InlineData("nattvandrare", "/trygghetsrad/moten/2023-03-15/#samverka-med-foreningarna")]
    [InlineData("kameror", "/trygghetsrad/moten/2022-02-16/#kameraovervakning-i-centrum")]
    public async Task Matching_examples_link_their_section(string query, string url)
    {
        var page = await browser.NewPageAsync();
        await page.OpenAsync(_site.Url("sok/?q=" + Uri.EscapeDataString(query)));
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync(Found());
        Assert.Contains(url, await Links(page));
    }

    [Fact]
    public async Task Quoted_phrase_finds_only_the_phrase()
    {
        var page = await browser.NewPageAsync();
        await page.OpenAsync(_site.Url("sok/?q=" + Uri.EscapeDataString("\"motorburen ungdom\"")));
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("1 träff i 1 möte för ”\"motorburen ungdom\"”.");
        Assert.Equal([Motorburna], await Links(page));
    }

    [Fact]
    public async Task Status_element_exists_before_any_script_runs()
    {
        var page = await browser.NewPageAsync(javaScript: false);
        await page.OpenAsync(_site.Url("sok/?q=klotter"));
        Assert.Equal(1, await page.Locator("#sok-status[role=status]").CountAsync());
        Assert.Equal(1, await page.Locator("ol#sokresultat").CountAsync());
    }

    [Fact]
    public async Task Without_javascript_the_page_says_so_and_links_years_and_topics()
    {
        var page = await browser.NewPageAsync(javaScript: false);
        await page.OpenAsync(_site.Url("sok/?q=klotter"));
        await Expect(page.GetByText("Sökningen behöver JavaScript")).ToBeVisibleAsync();
        Assert.Equal("/trygghetsrad/moten/2024/", await page.GetByRole(AriaRole.Link, new() { Name = "2024", Exact = true }).GetAttributeAsync("href"));
        Assert.Equal("/trygghetsrad/amnen/klotter/", await page.Locator("#sok-utan-skript").GetByRole(AriaRole.Link, new() { Name = "Klotter" }).GetAttributeAsync("href"));
        await Expect(page.Locator("#sok-amne")).ToBeHiddenAsync();

        var scripted = await browser.NewPageAsync();
        await scripted.OpenAsync(_site.Url("sok/"));
        await Expect(scripted.GetByText("Sökningen behöver JavaScript")).ToBeHiddenAsync();
        await Expect(scripted.Locator("#sok-amne")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Year_and_topic_filters_narrow_results_and_go_into_the_url()
    {
        var page = await browser.NewPageAsync();
        await page.OpenAsync(_site.Url("sok/?q=klotter"));
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("2 träffar i 2 möten för ”klotter”.");

        await page.GetByLabel("År", new() { Exact = true }).SelectOptionAsync("2024");
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("1 träff i 1 möte för ”klotter”. År: 2024.");
        Assert.Equal([Undersokning], await Links(page));
        Assert.EndsWith("/trygghetsrad/sok/?q=klotter&ar=2024", page.Url);

        await page.OpenAsync(_site.Url("sok/?q=fortk%C3%B6rning&amne=motorburen-ungdom"));
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("1 träff i 1 möte för ”fortkörning”. Ämne: Motorburen ungdom.");
        Assert.Equal([Motorburna], await Links(page));
        Assert.Equal("motorburen-ungdom", await page.GetByLabel("Ämne", new() { Exact = true }).InputValueAsync());
    }

    [Fact]
    public async Task Newest_first_switch_reorders_the_results()
    {
        var page = await browser.NewPageAsync();
        await page.OpenAsync(_site.Url("sok/?q=klotter"));
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("2 träffar");
        Assert.Equal([Klotter, Undersokning], await Links(page));

        await page.GetByLabel("Ordning").SelectOptionAsync("nyast");
        await Expect(page.Locator("#sokresultat h3 a").First).ToHaveAttributeAsync("href", Undersokning);
        Assert.Equal([Undersokning, Klotter], await Links(page));
        Assert.EndsWith("?q=klotter&ordning=nyast", page.Url);
    }

    [Fact]
    public async Task Each_query_updates_the_url_and_back_restores_the_previous_one()
    {
        var page = await browser.NewPageAsync();
        await page.OpenAsync(_site.Url("sok/?q=klotter"));
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("”klotter”");

        await page.GetByLabel("Sökord").FillAsync("fortkörning");
        await page.GetByLabel("Sökord").PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("2 träffar i 2 möten för ”fortkörning”.");
        Assert.EndsWith("/trygghetsrad/sok/?q=fortk%C3%B6rning", page.Url);
        Assert.Equal([Fortkorning, Motorburna], await Links(page));

        await page.GoBackAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("2 träffar i 2 möten för ”klotter”.");
        Assert.EndsWith("/trygghetsrad/sok/?q=klotter", page.Url);
        Assert.Equal("klotter", await page.GetByLabel("Sökord").InputValueAsync());
        Assert.Equal([Klotter, Undersokning], await Links(page));
    }

    [Fact]
    public async Task Search_box_on_every_page_leads_to_the_search_page()
    {
        var page = await browser.NewPageAsync();
        await page.OpenAsync(_site.Url("moten/"));
        await page.GetByLabel("Sök i anteckningarna").FillAsync("policy");
        await page.GetByLabel("Sök i anteckningarna").PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("1 träff i 1 möte för ”policy”.");
        Assert.EndsWith("/trygghetsrad/sok/?q=policy", page.Url);
    }

    [Fact]
    public async Task Drafts_are_not_found()
    {
        var page = await browser.NewPageAsync();
        await page.OpenAsync(_site.Url("sok/?q=skyddsvaktm%C3%A4stare"));
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Inga träffar för ”skyddsvaktmästare”. Förslag finns nedan.");
        Assert.Empty(await Links(page));
    }

    [Fact]
    public async Task Results_page_has_no_accessibility_violations_and_no_inline_executable_script()
    {
        var page = await browser.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            // The browser's own favicon request is not the site's doing.
            if (message.Type == "error" && !message.Location.Contains("/favicon.ico", StringComparison.Ordinal))
            {
                errors.Add(message.Text);
            }
        };
        await page.OpenAsync(_site.Url("sok/?q=kameror"));
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync(Found());
        var axe = await page.RunAxe();
        Assert.Empty(axe.Violations.Select(v => $"{v.Id}: {v.Help}"));
        // The manifest's data block is the one script element without src; the browser never runs it, and a
        // CSP refusal would show as a console error.
        Assert.Equal(["application/json"], await page.Locator("script:not([src])").EvaluateAllAsync<string[]>("scripts => scripts.map(s => s.type)"));
        Assert.Empty(errors);
    }

    // A status that reports results: "Inga träffar …" contains "träff" too.
    private static Regex Found() => FoundStatus();

    [GeneratedRegex(@"^(Minst )?[1-9][0-9]* träff(ar)? i (minst )?[1-9][0-9]* möten? för ”")]
    private static partial Regex FoundStatus();

    /// <summary>The links of the matching sections, in the order shown.</summary>
    internal static async Task<List<string>> Links(IPage page) =>
        (await page.Locator("#sokresultat h3 a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))")).ToList();

    /// <summary>Text with every run of white space as one space.</summary>
    internal static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The fictional search fixture, built once for the class.</summary>
    public sealed class FixtureSite : IDisposable
    {
        /// <summary>The built and served site.</summary>
        public BuiltSite Site { get; } = BuiltSite.Build(Path.Combine(RepositoryRoot.Path, "tests", "Trygghetsrad.Site.BrowserTests", "Fixtures", "search"));

        /// <inheritdoc />
        public void Dispose() => Site.Dispose();
    }
}
