using Microsoft.Playwright;
using Trygghetsrad.Site.BrowserTests.Infrastructure;

namespace Trygghetsrad.Site.BrowserTests.Accessibility;

/// <summary>Pages fetch nothing from other hosts, load no web fonts, and read fully without JavaScript.</summary>
public sealed class LoadingTests(Browser browser, ArchiveSites sites) : IClassFixture<Browser>, IClassFixture<ArchiveSites>
{
    /// <summary>Every page type.</summary>
    public static TheoryData<string, string> PageTypes() => PageStructureTests.PageTypes();

    [Theory]
    [MemberData(nameof(PageTypes))]
    public async Task Every_request_goes_to_the_site_itself_and_none_is_a_font(string site, string path)
    {
        var built = sites.Site(site);
        var page = await browser.NewPageAsync();
        var requests = new List<IRequest>();
        page.Request += (_, request) => requests.Add(request);

        await page.OpenAsync(built.Url(path), ArchiveSites.Status(path), WaitUntilState.NetworkIdle);

        Assert.NotEmpty(requests);
        Assert.All(requests, r => Assert.StartsWith(built.Server.Origin + "/", r.Url, StringComparison.Ordinal));
        Assert.DoesNotContain(requests, r => r.ResourceType == "font");
        Assert.Contains(requests, r => r.ResourceType == "stylesheet");
        await page.Context.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(PageTypes))]
    public async Task Page_reads_fully_without_javascript(string site, string path)
    {
        var page = await browser.NewPageAsync(javaScript: false);
        await page.OpenAsync(sites.Site(site).Url(path), ArchiveSites.Status(path));

        Assert.True(await page.Locator("h1").IsVisibleAsync());
        Assert.True(await page.Locator("main").InnerTextAsync() is { Length: > 50 });
        Assert.True(await page.Locator("footer a[href$='/tillganglighet/']").IsVisibleAsync());
        if (path == "sok/")
        {
            // Without script the search cannot run, so the page says so and offers the years and topics instead.
            Assert.True(await page.Locator(".utan-skript").IsVisibleAsync());
            Assert.True(await page.Locator(".utan-skript a").CountAsync() >= 2);
        }

        await page.Context.CloseAsync();
    }
}
