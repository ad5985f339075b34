using Trygghetsrad.Site.Building;
using Trygghetsrad.Site.BrowserTests.Infrastructure;

namespace Trygghetsrad.Site.BrowserTests.Preview;

/// <summary>
/// A pull request's preview, downloaded and unpacked, opens from the file system: <c>index.html</c> shows with its
/// styles, and its links lead to the other pages, as an editor on a kommun PC without a web server would use it.
/// </summary>
public sealed class UnpackedPreviewTests(Browser browser) : IClassFixture<Browser>, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "trygghetsrad-unpacked-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Opened_from_the_file_system_it_has_its_styles_and_its_links_work()
    {
        var site = Path.Combine(_folder, "forhandsvisning");
        var result = new SiteBuilder().Build(new BuildOptions(
            Path.Combine(RepositoryRoot.Path, "content"),
            Path.Combine(RepositoryRoot.Path, "templates"),
            site,
            "/forhandsvisning/pr-7/",
            Drafts: true,
            RelativeLinks: true));
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

        var page = await browser.NewPageAsync(width: 320);
        await page.GotoAsync(new Uri(Path.Combine(site, "index.html")).AbsoluteUri);

        // The stylesheet is loaded: the skip link is moved out of view by site.css.
        var skipLinkTop = await page.EvaluateAsync<double>("document.querySelector('a.hoppa').getBoundingClientRect().top");
        Assert.True(skipLinkTop < 0, "site.css is not applied: the skip link is in view");

        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Möten", Exact = true }).First.ClickAsync();
        await page.WaitForURLAsync("**/moten/index.html");
        Assert.Equal("Alla möten – Trygghetsrådets arkiv", await page.TitleAsync());

        await page.Locator("main a[href$='2021/index.html']").First.ClickAsync();
        await page.WaitForURLAsync("**/moten/2021/index.html");
        await page.Locator("main a[href$='2021-09-15/index.html']").First.ClickAsync();
        await page.WaitForURLAsync("**/moten/2021-09-15/index.html");
        Assert.Contains("onsdag 15 september 2021", await page.Locator("dl.fakta").InnerTextAsync(), StringComparison.Ordinal);

        await page.Locator("a.avsnittslank[href='#ovrigt']").ClickAsync();
        Assert.EndsWith("/moten/2021-09-15/index.html#ovrigt", page.Url, StringComparison.Ordinal);

        // Search cannot read its index from files: the page says so instead of offering a search that never answers.
        await page.GotoAsync(new Uri(Path.Combine(site, "sok", "index.html")).AbsoluteUri);
        var notice = page.Locator("#sok-som-fil");
        await notice.WaitForAsync();
        Assert.Contains("Sökningen fungerar inte när sidorna öppnas som filer", await notice.InnerTextAsync(), StringComparison.Ordinal);
        Assert.False(await page.Locator("#sok-form").IsVisibleAsync());
        Assert.True(await page.Locator("#sok-utan-skript a").First.IsVisibleAsync());
    }
}
