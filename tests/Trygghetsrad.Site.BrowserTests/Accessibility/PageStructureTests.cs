using Microsoft.Playwright;
using Trygghetsrad.Site.BrowserTests.Infrastructure;

namespace Trygghetsrad.Site.BrowserTests.Accessibility;

/// <summary>What axe-core cannot judge alone: skip link, headings, dates, link texts, focus, contrast of controls,
/// colour schemes, reduced motion, text at 200 % and printing.</summary>
public sealed class PageStructureTests(Browser browser, ArchiveSites sites) : IClassFixture<Browser>, IClassFixture<ArchiveSites>
{
    /// <summary>Every page type.</summary>
    public static TheoryData<string, string> PageTypes()
    {
        var data = new TheoryData<string, string>();
        foreach (var (site, path, _) in ArchiveSites.PageTypes)
        {
            data.Add(site, path);
        }

        return data;
    }

    [Theory]
    [InlineData("real", "")]
    [InlineData("real", "moten/2021-09-15/")]
    [InlineData("real", "finns/inte/har/")]
    public async Task Skip_link_is_the_first_tab_stop_and_moves_focus_to_main(string site, string path)
    {
        var page = await OpenAsync(site, path);

        await page.Keyboard.PressAsync("Tab");
        var focused = await page.EvaluateAsync<string>("document.activeElement.className + '|' + document.activeElement.textContent");
        Assert.Equal("hoppa|Hoppa till innehållet", focused);
        var box = await page.Locator(".hoppa").BoundingBoxAsync();
        Assert.True(box is { Y: >= 0, Height: > 10 }, "The skip link is not on screen when focused.");

        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("sida-innehall", await page.EvaluateAsync<string>("document.activeElement.id"));
        Assert.EndsWith("#sida-innehall", page.Url);
        await page.Context.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(PageTypes))]
    public async Task Page_has_one_h1_headings_in_order_dated_times_and_descriptive_links(string site, string path)
    {
        var page = await OpenAsync(site, path);

        var levels = await page.EvaluateAsync<int[]>("[...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map(h => +h.tagName[1])");
        Assert.Equal(1, levels.Count(l => l == 1));
        Assert.Equal(1, levels[0]);
        for (var i = 1; i < levels.Length; i++)
        {
            Assert.True(levels[i] <= levels[i - 1] + 1, $"{path}: heading level jumps from h{levels[i - 1]} to h{levels[i]}: {string.Join(",", levels)}");
        }

        // Dates the site writes (not the editors' own words in the minutes, and not link labels) are <time datetime>.
        var undated = await page.EvaluateAsync<string[]>("""
            (() => {
              const months = 'januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december';
              const date = new RegExp('\\b\\d{1,2} (' + months + ') \\d{4}\\b');
              const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
              const found = [];
              for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                const p = n.parentElement;
                if (!date.test(n.textContent) || p.closest('a, .anteckningar, time')) continue;
                found.push(n.textContent.trim());
              }
              return found;
            })()
            """);
        Assert.True(undated.Length == 0, $"{path}: dates outside <time>: {string.Join(" | ", undated)}");
        var badTimes = await page.EvaluateAsync<string[]>("[...document.querySelectorAll('time')].map(t => t.getAttribute('datetime') || '').filter(d => !/^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2})?$/.test(d))");
        Assert.Empty(badTimes);

        var vague = await page.EvaluateAsync<string[]>("""
            [...document.querySelectorAll('a[href]')]
              .map(a => (a.getAttribute('aria-label') || a.textContent).replace(/\s+/g, ' ').trim())
              .filter(t => t.length === 0 || /^(läs mer|läs vidare|mer|klicka här|här|länk|länken|read more|more)$/i.test(t))
            """);
        Assert.True(vague.Length == 0, $"{path}: vague or empty link texts: {string.Join(" | ", vague)}");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task Focus_is_visible_with_3_to_1_contrast_on_every_tab_stop(string scheme)
    {
        var page = await OpenAsync("rich", "moten/2025-01-15/", 1280, scheme);
        var problems = new List<string>();
        for (var i = 0; i < 40; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focus = await page.EvaluateAsync<string[]>("""
                (() => {
                  const el = document.activeElement;
                  const s = getComputedStyle(el);
                  // The ring is drawn outside the element, on the background of its nearest painted ancestor.
                  let bg = 'rgb(255, 255, 255)';
                  for (let e = el.parentElement; e; e = e.parentElement) {
                    const c = getComputedStyle(e).backgroundColor;
                    if (c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') { bg = c; break; }
                  }
                  return [el.tagName + '.' + el.className + ' ' + (el.textContent || '').trim().slice(0, 30), s.outlineStyle, s.outlineWidth, s.outlineColor, bg];
                })()
                """);
            var (what, style, width, colour, background) = (focus[0], focus[1], focus[2], focus[3], focus[4]);
            if (what.StartsWith("BODY", StringComparison.Ordinal))
            {
                break;
            }

            if (style is "none" or "hidden" || double.Parse(width.Replace("px", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture) < 2)
            {
                problems.Add($"{what}: outline {style} {width}");
            }
            else if (Colours.Contrast(colour, background) < 3)
            {
                problems.Add($"{what}: focus ring {colour} on {background} has contrast {Colours.Contrast(colour, background):0.00}");
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task Controls_and_text_meet_contrast_in_both_schemes(string scheme)
    {
        var page = await OpenAsync("real", "", 1280, scheme);

        var colours = await page.EvaluateAsync<Dictionary<string, string>>("""
            (() => {
              const s = e => getComputedStyle(document.querySelector(e));
              return {
                body: s('body').color, bodyBg: s('body').backgroundColor,
                header: s('.sidhuvud').backgroundColor, input: s('#sida-sok').borderTopColor, inputBg: s('#sida-sok').backgroundColor,
                button: s('.sokruta button').backgroundColor, buttonText: s('.sokruta button').color,
                link: s('main a').color, muted: s('.meta, .antal').color,
              };
            })()
            """);

        Assert.True(Colours.Contrast(colours["body"], colours["bodyBg"]) >= 4.5, "body text");
        Assert.True(Colours.Contrast(colours["link"], colours["bodyBg"]) >= 4.5, "links");
        Assert.True(Colours.Contrast(colours["muted"], colours["bodyBg"]) >= 4.5, "muted text");
        Assert.True(Colours.Contrast(colours["buttonText"], colours["button"]) >= 4.5, "button text");
        Assert.True(Colours.Contrast(colours["input"], colours["header"]) >= 3, $"search field border {colours["input"]} on {colours["header"]}");
        Assert.True(Colours.Contrast(colours["button"], colours["header"]) >= 3, $"button {colours["button"]} on {colours["header"]}");
        var dark = Colours.Luminance(colours["bodyBg"]) < 0.05;
        Assert.Equal(scheme == "dark", dark);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Reduced_motion_is_respected()
    {
        var page = await browser.NewPageAsync(1280);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { ReducedMotion = ReducedMotion.Reduce });
        await page.OpenAsync(sites.Rich.Url("moten/2025-01-15/"));

        var moving = await page.EvaluateAsync<string[]>("""
            [...document.querySelectorAll('*')].flatMap(e => {
              const s = getComputedStyle(e);
              const long = v => v.split(',').some(d => parseFloat(d) > 0.01);
              return (s.animationName !== 'none' && long(s.animationDuration)) || long(s.transitionDuration) ? [e.tagName + '.' + e.className] : [];
            }).concat(getComputedStyle(document.documentElement).scrollBehavior === 'smooth' ? ['html smooth scroll'] : [])
            """);
        Assert.Empty(moving);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("real", "")]
    [InlineData("rich", "moten/2025-01-15/")]
    [InlineData("rich", "amnen/klotter/")]
    public async Task Text_at_200_percent_loses_nothing(string site, string path)
    {
        var page = await OpenAsync(site, path, 1280);
        var before = await page.EvaluateAsync<double>("document.querySelector('main p').getBoundingClientRect().height");

        // Setting the style through the CSSOM is allowed by the page's CSP (which blocks inline style markup).
        await page.EvaluateAsync("document.documentElement.style.fontSize = '200%'");
        var after = await page.EvaluateAsync<double>("document.querySelector('main p').getBoundingClientRect().height");

        Assert.True(after > before * 1.5, $"Text did not grow: {before} → {after} px.");
        await PageChecks.AssertNoHorizontalScrollAsync(page, 1280);
        var clipped = await page.EvaluateAsync<string[]>("""
            [...document.querySelectorAll('body *')].filter(e => {
              const s = getComputedStyle(e);
              const hides = ['hidden', 'clip'].includes(s.overflowX) || ['hidden', 'clip'].includes(s.overflowY);
              return hides && !e.classList.contains('visuellt-dold') && (e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1);
            }).map(e => e.tagName + '.' + e.className)
            """);
        Assert.Empty(clipped);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task Printing_a_meeting_prints_the_minutes_without_navigation(string scheme)
    {
        var page = await OpenAsync("rich", "moten/2025-01-15/", 1280, scheme);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        foreach (var hidden in new[] { ".hoppa", "header.sidhuvud", "nav.huvudmeny", "form.sokruta", "footer.sidfot", "nav.brodsmulor", "nav.bladdra" })
        {
            Assert.Equal(1, await page.Locator(hidden).CountAsync());
            Assert.False(await page.Locator(hidden).IsVisibleAsync(), $"{hidden} is printed");
        }

        Assert.True(await page.Locator("h1").IsVisibleAsync());
        Assert.True(await page.Locator(".anteckningar").IsVisibleAsync());
        Assert.True(await page.Locator("dl.fakta").IsVisibleAsync());
        Assert.Equal("rgb(0, 0, 0)", await page.EvaluateAsync<string>("getComputedStyle(document.body).color"));
        Assert.Equal("rgb(255, 255, 255)", await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor"));
        var pdf = await page.PdfAsync();
        Assert.True(pdf.Length > 1000);
        await page.Context.CloseAsync();
    }

    private async Task<IPage> OpenAsync(string site, string path, int width = 1280, string scheme = "light")
    {
        var page = await browser.NewPageAsync(width, scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light);
        await page.OpenAsync(sites.Site(site).Url(path), ArchiveSites.Status(path));
        return page;
    }
}
