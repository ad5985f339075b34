using Microsoft.Playwright;
using Trygghetsrad.Site.BrowserTests.Infrastructure;
using Trygghetsrad.Site.Serving;

namespace Trygghetsrad.Site.BrowserTests.Serve;

/// <summary><c>serve</c> in a browser: an edit shows in the open page by itself, a broken edit shows its errors, a fix brings the page back.</summary>
public sealed class ServeTests(Browser browser) : IClassFixture<Browser>, IDisposable
{
    private static readonly LocatorAssertionsToContainTextOptions Patient = new() { Timeout = 30_000 };
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "trygghetsrad-serve-test-" + Guid.NewGuid().ToString("N"));

    private string Content => Path.Combine(_folder, "content");

    private string MeetingFile => Path.Combine(Content, "moten", "2030", "2030-01-15.md");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Edits_reload_the_open_page_and_errors_show_until_fixed()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(MeetingFile)!);
        foreach (var file in new[] { "site.yml", "topics.yml" })
        {
            File.Copy(Path.Combine(RepositoryRoot.Path, "content", file), Path.Combine(Content, file));
        }

        File.WriteAllText(Path.Combine(Content, "moten", "2030", "2030-01-08.md"), Meeting("2030-01-08", "Förra veckans möte om klotter."));
        File.WriteAllText(MeetingFile, Meeting("2030-01-15", "Första versionen av texten."));

        using var session = new ServeSession(new ServeOptions(Content, Path.Combine(RepositoryRoot.Path, "templates"), Port: 0, BasePath: "/forhandsvisning/"), TextWriter.Null);
        session.Start();
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
        await page.GotoAsync(session.Url + "moten/2030-01-15/");
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

        // The list of meetings follows after the full rebuild, under the base path.
        await page.GotoAsync(session.Url);
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("15 januari 2030");
        Assert.True(consoleErrors.Count == 0, string.Join("\n", consoleErrors));
    }

    private static string Meeting(string date, string text, string heading = "## Övrigt") =>
        $"---\n# Fiktivt möte för tester av serve.\ndate: {date}\nlocation: Kommunhuset\nparticipants:\n  - group: Förtroendevalda\n    members:\n      - Fiktiv Person (X)\n---\n\n{heading}\n\n{text}\n";
}
