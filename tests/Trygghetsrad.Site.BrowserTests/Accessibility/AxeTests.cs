using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Trygghetsrad.Site.BrowserTests.Infrastructure;
using Xunit.Abstractions;

namespace Trygghetsrad.Site.BrowserTests.Accessibility;

/// <summary>
/// axe-core finds no WCAG 2.1 A/AA violation on any page type, on a small phone and a desktop, in light and dark
/// colour schemes; the page does not scroll sideways at 320 px and the browser reports no CSP violation.
/// </summary>
public sealed class AxeTests(Browser browser, ArchiveSites sites, ITestOutputHelper output) : IClassFixture<Browser>, IClassFixture<ArchiveSites>
{
    private static readonly List<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    /// <summary>
    /// Besides the page types every test covers: the search page with results grouped per meeting, with
    /// suggestions for a query that finds nothing, with questions found as questions (one without an answer), a
    /// meeting opened at a section (its title and date held over the notes), and a Finnish query that finds a
    /// meeting's Finnish summary.
    /// </summary>
    private static readonly (string Site, string Path)[] SearchResults =
    [
        ("real", "sok/?q=klotter"),
        ("rich", "sok/?q=klotter"),
        ("real", "sok/?q=graffiti"),
        ("real", "sok/?q=skadeg%C3%B6relse"),
        ("rich", "sok/?q=klotter&amne=tomt-amne"),
        ("real", "moten/2021-09-15/#ovrigt"),
        ("real", "sok/?q=yrkeskriminella"),
        ("rich", "sok/?q=skolg%C3%A5rden"),
        ("real", "sok/?q=t%C3%B6hryt"),
    ];

    /// <summary>Every page type at 320 and 1280 px, light and dark.</summary>
    public static TheoryData<string, string, int, string> Cases()
    {
        var data = new TheoryData<string, string, int, string>();
        foreach (var (site, path) in ArchiveSites.PageTypes.Select(p => (p.Site, p.Path)).Concat(SearchResults))
        {
            foreach (var width in new[] { 320, 1280 })
            {
                foreach (var scheme in new[] { "light", "dark" })
                {
                    data.Add(site, path, width, scheme);
                }
            }
        }

        return data;
    }

    /// <summary>Pages whose state the reader changes: every disclosure opened, a box the script marked as passed.</summary>
    public static TheoryData<string, string, string, int, string> Changed()
    {
        var data = new TheoryData<string, string, string, int, string>();
        foreach (var (site, path, change) in new[] { ("generated", "amnen/klotter/sida/2/", "öppna"), ("real", "", "passerat"), ("real", "moten/2021-09-15/", "passerat"), ("real", "suomeksi/", "passerat") })
        {
            foreach (var width in new[] { 320, 1280 })
            {
                foreach (var scheme in new[] { "light", "dark" })
                {
                    data.Add(site, path, change, width, scheme);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Page_has_no_wcag_violations(string site, string path, int width, string scheme) => CheckAsync(site, path, "", width, scheme);

    [Theory]
    [MemberData(nameof(Changed))]
    public Task Page_changed_by_the_reader_has_no_wcag_violations(string site, string path, string change, int width, string scheme) => CheckAsync(site, path, change, width, scheme);

    private async Task CheckAsync(string site, string path, string change, int width, string scheme)
    {
        var page = await browser.NewPageAsync(width, scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light);
        await PageChecks.RecordCspViolationsAsync(page);
        if (change == "passerat")
        {
            await page.Clock.SetFixedTimeAsync("2026-12-02T10:00:00Z");
        }

        await page.OpenAsync(sites.Site(site).Url(path), ArchiveSites.Status(path));
        if (path.Contains("?q=", StringComparison.Ordinal))
        {
            // Results, or suggestions when nothing is found.
            await page.Locator("#sokresultat li, #sok-forslag li").First.WaitForAsync();
        }

        if (change == "öppna")
        {
            Assert.True(await page.Locator("details").CountAsync() > 0, "no disclosure to open");
            await page.EvaluateAsync("document.querySelectorAll('details').forEach(d => d.open = true)");
        }
        else if (change == "passerat")
        {
            await Microsoft.Playwright.Assertions.Expect(page.Locator("section.nasta-mote [data-passerat]")).ToBeVisibleAsync();
        }

        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagTags },
            ResultTypes = [ResultType.Violations, ResultType.Incomplete],
        });

        Assert.True(result.Violations.Length == 0, $"axe-core violations on {path} {change} ({width} px, {scheme}):\n{PageChecks.Describe(result.Violations)}");

        // What axe could not decide ("needs review") is reported; colour contrast, its usual case, is settled here
        // from the colours the browser computed wherever the text stands on a plain background.
        if (result.Incomplete.Length > 0)
        {
            output.WriteLine($"axe-core needs review on {path} {change} ({width} px, {scheme}):\n{PageChecks.Describe(result.Incomplete)}");
        }

        var contrast = await PageChecks.SettleContrastAsync(page, result.Incomplete);
        output.WriteLine(string.Join('\n', contrast.Unsettled.Select(u => "not settled: " + u)));
        Assert.True(contrast.Failures.Count == 0, $"too little contrast on {path} {change} ({width} px, {scheme}):\n{string.Join('\n', contrast.Failures)}");
        if (width == 320)
        {
            await PageChecks.AssertNoHorizontalScrollAsync(page, 320);
        }

        Assert.Empty(await PageChecks.CspViolationsAsync(page));
        await page.Context.CloseAsync();
    }
}
