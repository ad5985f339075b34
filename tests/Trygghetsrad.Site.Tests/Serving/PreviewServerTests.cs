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
        Assert.Contains("<script src=\"/sub/__serve/reload.js?v=1\" defer></script>\n</body>", html, StringComparison.Ordinal);

        var script = await _http.GetAsync(server.Origin + "/sub/__serve/reload.js");
        Assert.Equal("text/javascript; charset=utf-8", script.Content.Headers.ContentType!.ToString());
        Assert.Contains("location.reload()", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);

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
        await Task.Delay(50);
        Assert.False(waiting.IsCompleted);
        reload.Bump();
        Assert.Equal("1", await waiting);
    }

    [Fact]
    public void Inject_puts_the_tag_before_the_last_body_end() =>
        Assert.Equal(
            "<p></body></p><script src=\"/a/__serve/reload.js?v=3\" defer></script>\n</body>",
            LiveReload.Inject("<p></body></p></body>", "/a/", 3));
}
