using Microsoft.Playwright;
using Trygghetsrad.Site.BrowserTests.Infrastructure;

namespace Trygghetsrad.Site.BrowserTests.Accessibility;

/// <summary>
/// Every heading of the minutes has a visible "Länk till avsnittet" link to its section, named after the heading,
/// on a small phone and a desktop in both colour schemes; the keyboard reaches it, its focus shows, and it leads to
/// the section. (axe-core checks the page around it in <see cref="AxeTests"/>.)
/// </summary>
public sealed class SectionLinkTests(Browser browser, ArchiveSites sites) : IClassFixture<Browser>, IClassFixture<ArchiveSites>
{
    [Theory]
    [InlineData(320, "light")]
    [InlineData(320, "dark")]
    [InlineData(1280, "light")]
    [InlineData(1280, "dark")]
    public async Task Every_heading_of_the_minutes_has_a_visible_link_named_after_it(int width, string scheme)
    {
        var page = await browser.NewPageAsync(width, scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light);
        await page.GotoAsync(sites.Real.Url("moten/2021-09-15/"));

        var headings = await page.EvaluateAsync<string[][]>("[...document.querySelectorAll('.anteckningar :is(h2, h3)[id]')].map(h => [h.id, h.textContent])");
        Assert.Equal(["inledning", "samverkan-mellan-tre-forvaltningar", "lagesbild", "laget-runt-hur-har-vi-upplevt-sommaren", "ovrigt"], headings.Select(h => h[0]));
        foreach (var heading in headings)
        {
            var (id, text) = (heading[0], heading[1]);
            var link = page.GetByRole(AriaRole.Link, new() { Name = $"Länk till avsnittet {text}", Exact = true });
            Assert.Equal(1, await link.CountAsync());
            Assert.Equal("#" + id, await link.GetAttributeAsync("href"));
            Assert.True(await link.IsVisibleAsync(), $"The link to '{text}' is not visible.");
            var box = await link.BoundingBoxAsync();
            Assert.True(box is { Width: > 0 } && box.X >= 0 && box.X + box.Width <= width, $"The link to '{text}' is outside the {width} px viewport.");

            // The heading keeps its own words as its name.
            Assert.Equal(1, await page.GetByRole(AriaRole.Heading, new() { Name = text, Exact = true }).CountAsync());

            var colours = await link.EvaluateAsync<string[]>("""
                a => {
                  let bg = 'rgb(255, 255, 255)';
                  for (let e = a; e; e = e.parentElement) {
                    const c = getComputedStyle(e).backgroundColor;
                    if (c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') { bg = c; break; }
                  }
                  return [getComputedStyle(a).color, bg];
                }
                """);
            Assert.True(Colours.Contrast(colours[0], colours[1]) >= 4.5, $"The link to '{text}' is {colours[0]} on {colours[1]}.");
        }

        await PageChecks.AssertNoHorizontalScrollAsync(page, width);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(320, "light")]
    [InlineData(1280, "dark")]
    public async Task The_keyboard_reaches_a_section_link_with_a_visible_focus_ring_and_follows_it(int width, string scheme)
    {
        var page = await browser.NewPageAsync(width, scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light);
        await page.GotoAsync(sites.Real.Url("moten/2021-09-15/"));

        var reached = false;
        for (var i = 0; i < 60 && !reached; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached = await page.EvaluateAsync<bool>("document.activeElement.matches('a.avsnittslank[href=\"#ovrigt\"]')");
        }

        Assert.True(reached, "Tab never reached the link to the section Övrigt.");
        var focus = await page.EvaluateAsync<string[]>("""
            (() => {
              const a = document.activeElement, s = getComputedStyle(a);
              let bg = 'rgb(255, 255, 255)';
              for (let e = a.parentElement; e; e = e.parentElement) {
                const c = getComputedStyle(e).backgroundColor;
                if (c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') { bg = c; break; }
              }
              return [s.outlineStyle, s.outlineWidth, s.outlineColor, bg];
            })()
            """);
        Assert.NotEqual("none", focus[0]);
        Assert.True(double.Parse(focus[1].Replace("px", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture) >= 2, $"outline {focus[1]}");
        Assert.True(Colours.Contrast(focus[2], focus[3]) >= 3, $"focus ring {focus[2]} on {focus[3]}");

        // The jump within the page lands in its own time: waited for, not read at once.
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/moten/2021-09-15/#ovrigt");
        Assert.Equal("ovrigt", await page.EvaluateAsync<string>("document.querySelector(':target').id"));
        await page.Context.CloseAsync();
    }
}
