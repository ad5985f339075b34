using Microsoft.Playwright;
using Trygghetsrad.Site.BrowserTests.Accessibility;
using Trygghetsrad.Site.BrowserTests.Infrastructure;

namespace Trygghetsrad.Site.BrowserTests.Security;

/// <summary>
/// An injection corpus in the body and in every front matter field and topic name, opened in a real browser:
/// on no page does any of it run, and the browser never even has to block something inline.
/// </summary>
public sealed class HostileContentBrowserTests(Browser browser) : IClassFixture<Browser>
{
    private const string Payloads = """
        <script>alert('body-script')</script>
        <img src=x onerror="alert('img-onerror')">
        <svg onload="alert('svg-onload')"></svg>
        <iframe src="javascript:alert('iframe')"></iframe>
        <a href="javascript:alert('a-href')" id="klick">klicka</a>
        <details open ontoggle="alert('details')"><summary>x</summary></details>
        <style>body { display: none }</style>
        <object data="data:text/html,<script>alert('object')</script>"></object>
        """;

    private const string Field = "'<img src=x onerror=alert(1)><script>alert(2)</script>'";

    [Fact]
    public async Task Nothing_from_content_runs_on_any_page()
    {
        var content = CopyRichArchive();
        try
        {
            File.WriteAllText(Path.Combine(content, "topics.yml"), File.ReadAllText(Path.Combine(content, "topics.yml")).Replace("name: Klotter", $"name: {Field}", StringComparison.Ordinal));
            File.WriteAllText(Path.Combine(content, "moten", "2025", "2025-02-19.md"), $"""
                ---
                # Fiktivt möte med skadligt innehåll för säkerhetstester.
                date: 2025-02-19
                title: {Field}
                location: {Field}
                note_taker: {Field}
                topics:
                  - klotter
                participants:
                  - group: {Field}
                    members:
                      - {Field}
                next_meeting:
                  date: 2025-03-19
                  location: {Field}
                ---

                ## Klotter {Payloads.Split('\n')[0]}

                {Payloads.Replace("\n", "\n\n", StringComparison.Ordinal)}
                """);
            using var site = BuiltSite.Build(content);
            var dialogs = new List<string>();
            var page = await browser.NewPageAsync();
            page.Dialog += (_, dialog) =>
            {
                dialogs.Add(dialog.Message);
                _ = dialog.DismissAsync();
            };
            await PageChecks.RecordCspViolationsAsync(page);

            var pages = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/').Replace("index.html", "", StringComparison.Ordinal))
                .ToList();
            Assert.True(pages.Count > 30);
            foreach (var path in pages)
            {
                await page.OpenAsync(site.Url(path), waitUntil: WaitUntilState.Load);
                Assert.Empty(await PageChecks.CspViolationsAsync(page));
                // The search page's own manifest (a JSON data block, never run) is the one script element in main, a
                // topic page's disclosures of further passages the only details, and the generator's bar chart of
                // plain rectangles the only SVG.
                Assert.Equal(0, await page.Locator("main script:not(#sok-manifest[type='application/json']), main iframe, main object, main svg:not(.staplar), main svg.staplar :not(rect), main img, main style, main details:not(article.amnesmote > details.fler-stycken)").CountAsync());
            }

            await page.OpenAsync(site.Url("moten/2025-02-19/"));
            Assert.Contains("<script>alert('body-script')</script>", await page.Locator(".anteckningar").InnerTextAsync(), StringComparison.Ordinal);
            Assert.Contains("<img src=x onerror=alert(1)><script>alert(2)</script>", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
            Assert.Empty(dialogs);
            await page.Context.CloseAsync();
        }
        finally
        {
            Directory.Delete(content, recursive: true);
        }
    }

    private static string CopyRichArchive()
    {
        var target = Path.Combine(Path.GetTempPath(), "trygghetsrad-hostile-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(ArchiveSites.RichContent, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(ArchiveSites.RichContent, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        return target;
    }
}
