using System.Net;
using Trygghetsrad.Site.Building;
using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Serving;
using Trygghetsrad.Site.Tests.Checks;
using Trygghetsrad.Site.Tests.Infrastructure;

namespace Trygghetsrad.Site.Tests.Serving;

public sealed class PreviewServerTests : IDisposable
{
    private readonly TempContent _content = new();
    private readonly string _site;
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false });

    public PreviewServerTests()
    {
        _content.Write("moten/2030/2030-01-15.md", FictionalMeeting.Text("2030-01-15"));
        _site = Path.Combine(_content.Root, "site");
        var result = new SiteBuilder().Build(new BuildOptions(_content.Content, Path.Combine(RepositoryRoot.Path, "templates"), _site, "/sub/"));
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
    }

    public void Dispose()
    {
        _http.Dispose();
        _content.Dispose();
    }

    [Fact]
    public void Built_pages_never_contain_the_reload_script()
    {
        var pages = Directory.EnumerateFiles(_site, "*", SearchOption.AllDirectories).Where(f => File.ReadAllText(f).Contains("__serve", StringComparison.Ordinal));
        Assert.Empty(pages);
    }

    [Fact]
    public async Task Serves_pages_under_the_base_path_with_the_reload_script_injected()
    {
        var reload = new LiveReload();
        reload.Bump();
        using var server = new PreviewServer(0, () => new PreviewState(_site, "/sub/", null), reload);

        var page = await _http.GetAsync(server.Origin + "/sub/moten/2030-01-15/");
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Matches("<script src=\"/sub/__serve/reload\\.js\\?v=1&amp;page=[0-9a-f]{16}&amp;frame=[0-9a-f]{16}\" defer></script>\n</body>", html);

        var script = await _http.GetAsync(server.Origin + "/sub/__serve/reload.js");
        Assert.Equal("text/javascript; charset=utf-8", script.Content.Headers.ContentType!.ToString());
        var code = await script.Content.ReadAsStringAsync();
        Assert.Contains("location.reload()", code, StringComparison.Ordinal);
        Assert.Contains("DOMParser", code, StringComparison.Ordinal);

        var root = await _http.GetAsync(server.Origin + "/");
        Assert.Equal((HttpStatusCode.Redirect, "/sub/"), (root.StatusCode, root.Headers.Location!.ToString()));

        var missing = await _http.GetAsync(server.Origin + "/sub/finns-inte/");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("reload.js?v=1", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync(server.Origin + "/sub/../site.yml")).StatusCode);
    }

    [Fact]
    public async Task While_broken_every_page_lists_the_errors_escaped()
    {
        var errors = new[] { Diagnostic.Error(new SourceLocation("moten/2030/a.md", 4, 2), "rubriken '<b>' är fel") };
        using var server = new PreviewServer(0, () => new PreviewState(_site, "/sub/", errors), new LiveReload());

        var page = await _http.GetAsync(server.Origin + "/sub/");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, page.StatusCode);
        Assert.Contains("<li class=\"fel\"><code>moten/2030/a.md:4:2</code> fel: rubriken &#39;&lt;b&gt;&#39; är fel</li>", html, StringComparison.Ordinal);
        Assert.Contains("reload.js?v=0", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync(server.Origin + "/sub/__serve/reload.js")).StatusCode);
    }

    [Fact]
    public async Task Version_endpoint_answers_at_once_when_behind_and_waits_for_a_rebuild_otherwise()
    {
        var reload = new LiveReload();
        using var server = new PreviewServer(0, () => new PreviewState(_site, "/sub/", null), reload);

        Assert.Equal("0", await _http.GetStringAsync(server.Origin + "/sub/__serve/version?since=7"));

        var waiting = _http.GetStringAsync(server.Origin + "/sub/__serve/version?since=0");
        using (var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30)))
        {
            while (server.Waiting == 0)
            {
                await Task.Delay(5, patience.Token);
            }
        }

        Assert.False(waiting.IsCompleted);
        Assert.Equal(1, server.Waiting);
        reload.Bump();
        Assert.Equal("1", await waiting);
        Assert.Equal(0, server.Waiting);
    }

    [Fact]
    public void Inject_puts_the_tag_before_the_last_body_end() =>
        Assert.Matches(
            "^<p></body></p><script src=\"/a/__serve/reload\\.js\\?v=3&amp;page=[0-9a-f]{16}&amp;frame=[0-9a-f]{16}\" defer></script>\n</body>$",
            LiveReload.Inject("<p></body></p></body>", "/a/", 3));

    [Fact]
    public void Fingerprints_tell_an_unchanged_page_a_changed_main_and_a_changed_frame_apart()
    {
        const string Page = "<html><head><title>Möte</title><link rel=\"stylesheet\" href=\"/a/site.1.css\"></head><body><header>Meny</header><main id=\"m\">Text.</main></body></html>";
        var original = Fingerprints(Page);

        Assert.Equal(original, Fingerprints(Page));
        var newText = Fingerprints(Page.Replace("Text.", "Ny text.", StringComparison.Ordinal).Replace("Möte<", "Nytt möte<", StringComparison.Ordinal));
        Assert.Equal((false, true), (newText.Page == original.Page, newText.Frame == original.Frame));
        var newStylesheet = Fingerprints(Page.Replace("site.1.css", "site.2.css", StringComparison.Ordinal));
        Assert.Equal((false, false), (newStylesheet.Page == original.Page, newStylesheet.Frame == original.Frame));
        var newMenu = Fingerprints(Page.Replace("Meny", "Ny meny", StringComparison.Ordinal));
        Assert.False(newMenu.Frame == original.Frame);

        // Without <main> there is nothing to swap: every change is a change of the frame.
        var bare = Fingerprints("<p>Fel</p>");
        Assert.NotEqual(bare.Frame, Fingerprints("<p>Fel 2</p>").Frame);
    }

    private static (string Page, string Frame) Fingerprints(string html)
    {
        var query = System.Text.RegularExpressions.Regex.Match(LiveReload.Inject(html, "/a/", 1), "page=([0-9a-f]+)&amp;frame=([0-9a-f]+)");
        return (query.Groups[1].Value, query.Groups[2].Value);
    }
}
