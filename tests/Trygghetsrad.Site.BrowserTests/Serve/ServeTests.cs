using Microsoft.Playwright;
using Trygghetsrad.Site.BrowserTests.Infrastructure;
using Trygghetsrad.Site.Serving;

namespace Trygghetsrad.Site.BrowserTests.Serve;

/// <summary>
/// <c>serve</c> in a browser: an edit shows in the open page by itself — swapped into <c>&lt;main&gt;</c> in place
/// once, pages it did not change left alone, a new stylesheet reloads the page — a broken edit shows its errors,
/// a fix brings the page back.
/// </summary>
public sealed class ServeTests(Browser browser) : IClassFixture<Browser>, IDisposable
{
    private static readonly LocatorAssertionsToContainTextOptions Patient = new() { Timeout = 30_000 };

    /// <summary>
    /// Marks a loaded page so a reload shows (the mark is gone) and counts <c>&lt;main&gt;</c> elements put into it
    /// after that (a swap in place).
    /// </summary>
    private const string MarkAndCountSwaps = """
        () => {
          window.__notReloaded = true;
          window.__swaps = 0;
          new MutationObserver(records => {
            window.__swaps += records.filter(r => [...r.addedNodes].some(n => n.nodeName === "MAIN")).length;
          }).observe(document.body, { childList: true, subtree: true });
        }
        """;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "trygghetsrad-serve-test-" + Guid.NewGuid().ToString("N"));

    private string Content => Path.Combine(_folder, "content");

    private string MeetingFile => Path.Combine(Content, "moten", "2030", "2030-01-15.md");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Edits_reload_the_open_page_and_errors_show_until_fixed()
    {
        using var session = StartServing(Path.Combine(RepositoryRoot.Path, "templates"));
        var page = await browser.NewPageAsync();
        var consoleErrors = new List<string>();
        page.Console += (_, message) =>
        {
            // The error page itself answers 500 on purpose; anything else (a CSP refusal, a script error) is a failure.
            // The browser's own favicon request is not the site's doing.
            if (message.Type == "error" && !message.Text.Contains("status of 500", StringComparison.Ordinal) && !message.Location.Contains("/favicon.ico", StringComparison.Ordinal))
            {
                consoleErrors.Add(message.Text + " " + message.Location);
            }
        };

        page.Response += (_, response) =>
        {
            if (response.Status == 404)
            {
                consoleErrors.Add("404: " + response.Url);
            }
        };
        await page.OpenAsync(session.Url + "moten/2030-01-15/");
        var main = page.Locator("main");
        await Assertions.Expect(main).ToContainTextAsync("Första versionen av texten.");
        Assert.Equal(1, await page.Locator("script[src^='/forhandsvisning/__serve/reload.js']").CountAsync());

        File.WriteAllText(MeetingFile, Meeting("2030-01-15", "Andra versionen, sparad medan sidan var öppen."));
        await Assertions.Expect(main).ToContainTextAsync("Andra versionen, sparad medan sidan var öppen.", Patient);

        File.WriteAllText(MeetingFile, Meeting("2030-01-15", "Text.", heading: "# Fel nivå"));
        var errors = page.Locator("#serve-fel");
        // The path is the editor's file, never serve's private copy.
        await Assertions.Expect(errors).ToContainTextAsync(Trygghetsrad.Site.Diagnostics.DisplayPath.For(MeetingFile) + ":11:1", Patient);
        await Assertions.Expect(errors).ToContainTextAsync("rubriken '# Fel nivå' har nivå 1", Patient);

        File.WriteAllText(MeetingFile, Meeting("2030-01-15", "Tredje versionen, rättad."));
        await Assertions.Expect(main).ToContainTextAsync("Tredje versionen, rättad.", Patient);
        // Back from the error page the whole page is there again, stylesheet and all.
        await Assertions.Expect(page.Locator("header nav")).ToBeVisibleAsync();

        // The list of meetings follows after the full rebuild, under the base path.
        await page.OpenAsync(session.Url);
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("15 januari 2030");
        Assert.True(consoleErrors.Count == 0, string.Join("\n", consoleErrors));
    }

    [Fact]
    public async Task An_edit_swaps_main_in_place_once_keeps_the_scroll_position_and_leaves_other_pages_alone()
    {
        using var session = StartServing(Path.Combine(RepositoryRoot.Path, "templates"));
        var edited = await browser.NewPageAsync();
        var other = await browser.NewPageAsync();
        await edited.OpenAsync(session.Url + "moten/2030-01-15/");
        await other.OpenAsync(session.Url + "moten/2030-01-08/");
        await WaitCaughtUp(edited, session.Version);
        await WaitCaughtUp(other, session.Version);
        var stylesheetRequests = 0;
        edited.Request += (_, request) => stylesheetRequests += request.ResourceType == "stylesheet" ? 1 : 0;
        await edited.EvaluateAsync(MarkAndCountSwaps);
        await other.EvaluateAsync(MarkAndCountSwaps);
        await edited.EvaluateAsync("() => window.scrollTo(0, 400)");
        var before = session.Version;

        File.WriteAllText(MeetingFile, Meeting("2030-01-15", "Andra versionen, sparad medan sidan var öppen." + LongText));
        await Assertions.Expect(edited.Locator("main")).ToContainTextAsync("Andra versionen, sparad medan sidan var öppen.", Patient);

        // The quick preview and then the full rebuild have both been seen by both pages.
        await WaitUntil(() => session.Version >= before + 2);
        await WaitCaughtUp(edited, session.Version);
        await WaitCaughtUp(other, session.Version);
        Assert.True(await edited.EvaluateAsync<bool>("() => window.__notReloaded === true"), "the edited page was reloaded instead of updated in place");
        Assert.Equal(1, await edited.EvaluateAsync<int>("() => window.__swaps"));
        Assert.Equal(0, stylesheetRequests);
        Assert.Equal(400, await edited.EvaluateAsync<int>("() => Math.round(window.scrollY)"));
        Assert.Equal(1, await edited.Locator("main").CountAsync());
        await Assertions.Expect(edited.Locator("main h2#ovrigt")).ToHaveTextAsync("Övrigt");
        Assert.True(await other.EvaluateAsync<bool>("() => window.__notReloaded === true"), "a page the edit did not change was reloaded");
        Assert.Equal(0, await other.EvaluateAsync<int>("() => window.__swaps"));
    }

    [Fact]
    public async Task A_new_stylesheet_reloads_open_pages_whole()
    {
        var templates = Path.Combine(_folder, "templates");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "templates"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(templates, Path.GetRelativePath(Path.Combine(RepositoryRoot.Path, "templates"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        using var session = StartServing(templates);
        var page = await browser.NewPageAsync();
        await page.OpenAsync(session.Url + "moten/2030-01-15/");
        await WaitCaughtUp(page, session.Version);
        var stylesheet = await page.Locator("link[rel=stylesheet]").GetAttributeAsync("href");
        await page.EvaluateAsync(MarkAndCountSwaps);

        File.AppendAllText(Path.Combine(templates, "assets", "site.css"), "\n.serve-test { color: inherit; }\n");

        await Assertions.Expect(page.Locator("link[rel=stylesheet]")).Not.ToHaveAttributeAsync("href", stylesheet!, new() { Timeout = 30_000 });
        Assert.False(await page.EvaluateAsync<bool>("() => window.__notReloaded === true"), "the page kept its old document");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Första versionen av texten.");
    }

    /// <summary>Enough text after the paragraph that the page scrolls.</summary>
    private static string LongText => string.Concat(Enumerable.Repeat("\n\nEtt stycke till, så att sidan blir lång nog att rulla i.", 40));

    private ServeSession StartServing(string templates)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(MeetingFile)!);
        foreach (var file in new[] { "site.yml", "topics.yml" })
        {
            File.Copy(Path.Combine(RepositoryRoot.Path, "content", file), Path.Combine(Content, file));
        }

        File.WriteAllText(Path.Combine(Content, "moten", "2030", "2030-01-08.md"), Meeting("2030-01-08", "Förra veckans möte om klotter."));
        File.WriteAllText(MeetingFile, Meeting("2030-01-15", "Första versionen av texten." + LongText));
        var session = new ServeSession(new ServeOptions(Content, templates, Port: 0, BasePath: "/forhandsvisning/"), TextWriter.Null);
        session.Start();
        return session;
    }

    /// <summary>Waits until the page's reload script has dealt with <paramref name="version"/>.</summary>
    private static Task WaitCaughtUp(IPage page, int version) =>
        page.WaitForFunctionAsync($"() => document.documentElement.getAttribute('data-serve-version') === '{version}'", null, new() { Timeout = 30_000 });

    private static async Task WaitUntil(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!condition())
        {
            await Task.Delay(10, timeout.Token);
        }
    }

    private static string Meeting(string date, string text, string heading = "## Övrigt") =>
        $"---\n# Fiktivt möte för tester av serve.\ndate: {date}\nlocation: Kommunhuset\nparticipants:\n  - group: Förtroendevalda\n    members:\n      - Fiktiv Person (X)\n---\n\n{heading}\n\n{text}\n";
}
