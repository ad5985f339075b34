using Microsoft.Playwright;
using Trygghetsrad.Site.BrowserTests.Accessibility;
using Trygghetsrad.Site.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Trygghetsrad.Site.BrowserTests.Pages;

/// <summary>
/// In the browser: the chart of meetings per year is readable on a small phone and in both colour schemes, search
/// shows a question as a question with its answer (or that none is recorded), and a question's anchor leads to it.
/// </summary>
public sealed class QuestionsAndFollowUpsTests(Browser browser, ArchiveSites sites) : IClassFixture<Browser>, IClassFixture<ArchiveSites>
{
    [Theory]
    [InlineData("amnen/", 320, "light")]
    [InlineData("amnen/", 320, "dark")]
    [InlineData("amnen/klotter/", 320, "light")]
    [InlineData("amnen/klotter/", 320, "dark")]
    [InlineData("amnen/klotter/", 1280, "dark")]
    public async Task The_chart_fits_the_screen_and_its_bars_stand_out_in_either_colour_scheme(string path, int width, string scheme)
    {
        var page = await browser.NewPageAsync(width, scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light);
        await page.OpenAsync(sites.Rich.Url(path));

        var charts = page.Locator("figure.arsdiagram");
        Assert.True(await charts.CountAsync() > 0, "no chart");
        for (var i = 0; i < await charts.CountAsync(); i++)
        {
            var svg = charts.Nth(i).Locator("svg.staplar");
            var box = await svg.BoundingBoxAsync();
            Assert.True(box is { Width: > 0, Height: > 0 } && box.X + box.Width <= width, $"chart {i} on {path} is outside the screen at {width} px: {box?.X} + {box?.Width}");

            // Bars are graphics that carry the figures: WCAG 1.4.11 asks 3:1 against what they stand on.
            var (bar, background) = await ColoursAsync(svg.Locator("rect.stapel").First);
            Assert.True(Colours.Contrast(bar, background) >= 3, $"bars {bar} on {background} ({scheme}) are {Colours.Contrast(bar, background):F2}:1");
            var caption = charts.Nth(i).Locator("figcaption");
            Assert.Matches(@"\d{4}: \d+ möte", await caption.InnerTextAsync());
            Assert.True(await caption.IsVisibleAsync());
        }

        await PageChecks.AssertNoHorizontalScrollAsync(page, width);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Search_shows_a_question_as_a_question_with_its_answer_linking_it_in_the_minutes()
    {
        var page = await browser.NewPageAsync(width: 320);
        await page.OpenAsync(sites.Real.Url("sok/?q=yrkeskriminella"));

        var question = page.Locator("#sokresultat dl.fragetraff");
        await Expect(question).ToHaveCountAsync(1);
        Assert.Equal("Fråga: Har vi yrkeskriminella i Hallstahammars kommun?", Normalise(await question.Locator("dt").InnerTextAsync()));
        Assert.StartsWith("Svar: Nej, det har vi inte.", await question.Locator("dd").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(["yrkeskriminella"], await question.Locator("dt mark").AllInnerTextsAsync());
        var link = question.Locator("dt a");
        Assert.Equal("/trygghetsrad/moten/2021-09-15/#fraga-har-vi-yrkeskriminella-i-hallstahammars-kommun", await link.GetAttributeAsync("href"));

        await link.ClickAsync();
        await page.WaitForURLAsync(sites.Real.Url("moten/2021-09-15/#fraga-har-vi-yrkeskriminella-i-hallstahammars-kommun"), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        var target = page.Locator("dl.fraga:target");
        await Expect(target).ToBeInViewportAsync();
        Assert.Equal("Har vi yrkeskriminella i Hallstahammars kommun?", await target.Locator("dt").InnerTextAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Search_says_when_a_question_found_has_no_answer_recorded()
    {
        var page = await browser.NewPageAsync();
        await page.OpenAsync(sites.Rich.Url("sok/?q=skolg%C3%A5rden"));

        var question = page.Locator("#sokresultat dl.fragetraff");
        await Expect(question).ToHaveCountAsync(1);
        Assert.Equal("Fråga: Kan skolgården vara öppen på helgerna?", Normalise(await question.Locator("dt").InnerTextAsync()));
        Assert.Equal("Inget svar antecknat", await question.Locator("dd.inget-svar").InnerTextAsync());
        await page.Context.CloseAsync();
    }

    // The computed fill of a bar, and the first opaque background behind it.
    private static async Task<(string Bar, string Background)> ColoursAsync(ILocator bar)
    {
        var colours = await bar.EvaluateAsync<string[]>("""
            e => {
              const fill = getComputedStyle(e).fill;
              for (let p = e.parentElement; p; p = p.parentElement) {
                const bg = getComputedStyle(p).backgroundColor;
                if (bg !== 'transparent' && bg !== 'rgba(0, 0, 0, 0)') return [fill, bg];
              }
              return [fill, 'rgb(255, 255, 255)'];
            }
            """);
        return (colours[0], colours[1]);
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
