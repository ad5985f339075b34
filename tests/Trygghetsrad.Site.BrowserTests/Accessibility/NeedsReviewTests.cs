using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Trygghetsrad.Site.BrowserTests.Infrastructure;

namespace Trygghetsrad.Site.BrowserTests.Accessibility;

/// <summary>
/// What axe-core cannot decide ("needs review") is kept, not dropped: undecided colour contrast is settled from
/// the colours the browser computed where the background is one plain colour, and reported where it is not.
/// </summary>
public sealed class NeedsReviewTests(Browser browser) : IClassFixture<Browser>
{
    private const string Page = """
        <!doctype html><html lang="sv"><head><title>Kontrast</title></head><body>
        <p id="svag" style="color: rgb(150, 150, 150); background: rgb(255, 255, 255)">Svag kontrast</p>
        <p id="god" style="color: rgb(20, 20, 20); background: rgb(255, 255, 255)">God kontrast</p>
        <div style="background: rgb(0, 0, 0)"><p id="ärvd" style="color: rgb(90, 90, 90)">Ärvd bakgrund</p></div>
        <p id="bild" style="color: rgb(0, 0, 0); background-image: linear-gradient(rgb(255, 255, 255), rgb(0, 0, 0))">På en bild</p>
        </body></html>
        """;

    [Fact]
    public async Task Undecided_contrast_is_held_to_wcag_from_the_computed_colours()
    {
        var page = await browser.NewPageAsync();
        await page.SetContentAsync(Page);
        var undecided = new AxeResultItem
        {
            Id = "color-contrast",
            Nodes = [.. new[] { "#svag", "#god", "#ärvd", "#bild" }.Select(id => new AxeResultNode { Target = new AxeSelector(id), Html = id })],
        };

        var (failures, unsettled) = await PageChecks.SettleContrastAsync(page, [undecided]);

        Assert.Equal(["#svag", "#ärvd"], failures.Select(f => f[..f.IndexOf(':')]));
        Assert.Equal(["#bild"], unsettled);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Text_on_a_gradient_comes_back_as_needing_review()
    {
        var page = await browser.NewPageAsync();
        await page.SetContentAsync(Page);

        var result = await page.RunAxe(new AxeRunOptions { ResultTypes = [ResultType.Violations, ResultType.Incomplete] });

        var contrast = Assert.Single(result.Incomplete, i => i.Id == "color-contrast");
        Assert.Contains(contrast.Nodes, n => n.Target.Selector == "#bild");
        await page.Context.CloseAsync();
    }
}
