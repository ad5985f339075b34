using Trygghetsrad.Site.Building;
using Trygghetsrad.Site.Output;
using Trygghetsrad.Site.Serving;
using Trygghetsrad.Site.Tests.Infrastructure;

namespace Trygghetsrad.Site.Tests.Output;

/// <summary>
/// A preview build (<c>build --preview</c>): drafts are shown, marked and kept from search engines, and every link
/// between the site's own files is relative, so an unpacked copy works from the file system. <c>serve</c>, the other
/// preview, shows drafts the same way. The published site never has a draft.
/// </summary>
public sealed class PreviewBuildTests : IDisposable
{
    private readonly TempContent _temp = new(withRealMeeting: true);

    public void Dispose() => _temp.Dispose();

    private string Build(bool preview)
    {
        _temp.WriteMeeting("2021-10-20", "draft: true\n", "\n## Inledning\n\nUtkast om klotter, se [förra mötet](/moten/2021-09-15/#ovrigt).\n");
        var output = Path.Combine(_temp.Root, preview ? "preview" : "site");
        var result = new SiteBuilder().Build(new BuildOptions(_temp.Content, TempContent.Templates, output, "/forhandsvisning/pr-7/", Drafts: preview, RelativeLinks: preview));
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return output;
    }

    [Fact]
    public void A_preview_shows_a_draft_behind_a_banner_with_noindex_and_marks_it_in_lists()
    {
        var output = Build(preview: true);

        var draft = File.ReadAllText(Path.Combine(output, "moten", "2021-10-20", "index.html"));
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", draft, StringComparison.Ordinal);
        Assert.Contains("UTKAST – publiceras inte.", draft, StringComparison.Ordinal);
        Assert.Contains("Anteckningar 20 oktober 2021 (utkast)", File.ReadAllText(Path.Combine(output, "index.html")), StringComparison.Ordinal);

        var published = File.ReadAllText(Path.Combine(output, "moten", "2021-09-15", "index.html"));
        Assert.DoesNotContain("noindex", published, StringComparison.Ordinal);
        Assert.DoesNotContain("UTKAST", published, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_shows_a_draft_behind_the_same_banner_with_noindex()
    {
        _temp.WriteMeeting("2021-10-20", "draft: true\n", "\n## Inledning\n\nUtkast om klotter.\n");
        using var session = new ServeSession(new ServeOptions(_temp.Content, TempContent.Templates, Port: 0), TextWriter.Null);
        session.Start();
        using var http = new HttpClient();

        using var response = await http.GetAsync(session.Url + "moten/2021-10-20/");
        var draft = await response.Content.ReadAsStringAsync();
        var home = await http.GetStringAsync(session.Url);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", draft, StringComparison.Ordinal);
        Assert.Contains("UTKAST – publiceras inte.", draft, StringComparison.Ordinal);
        Assert.Contains("Anteckningar 20 oktober 2021 (utkast)", home, StringComparison.Ordinal);
    }

    [Fact]
    public void The_published_site_has_no_draft_anywhere()
    {
        var output = Build(preview: false);
        Assert.False(Directory.Exists(Path.Combine(output, "moten", "2021-10-20")));
        Assert.All(Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories), f => Assert.DoesNotContain("2021-10-20", File.ReadAllText(f), StringComparison.Ordinal));
    }

    [Fact]
    public void Every_link_between_the_previews_own_pages_is_relative_and_names_a_file()
    {
        var output = Build(preview: true);

        foreach (var page in Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories))
        {
            var html = File.ReadAllText(page);
            Assert.DoesNotContain("href=\"/forhandsvisning/", html, StringComparison.Ordinal);
            Assert.DoesNotContain("src=\"/forhandsvisning/", html, StringComparison.Ordinal);
            Assert.DoesNotContain("action=\"/forhandsvisning/", html, StringComparison.Ordinal);
        }

        var draft = File.ReadAllText(Path.Combine(output, "moten", "2021-10-20", "index.html"));
        Assert.Contains("href=\"../../moten/2021-09-15/index.html#ovrigt\"", draft, StringComparison.Ordinal);
        Assert.Contains("href=\"../../index.html\"", draft, StringComparison.Ordinal);
        Assert.Matches("href=\"\\.\\./\\.\\./assets/site\\.[0-9a-f]{10}\\.css\"", draft);
    }

    [Theory]
    [InlineData("/", "index.html", "<a href=\"/moten/\">", "<a href=\"moten/index.html\">")]
    [InlineData("/", "moten/2021/index.html", "<a href=\"/sok/?q=a#b\">", "<a href=\"../../sok/index.html?q=a#b\">")]
    [InlineData("/pr-7/", "amnen/klotter/sida/2/index.html", "<link href=\"/pr-7/assets/site.css\">", "<link href=\"../../../../assets/site.css\">")]
    [InlineData("/pr-7/", "index.html", "<a href=\"https://example.org/pr-7/\"> <a href=\"#x\"> <a href=\"/other/\"> <p>href=\"/pr-7/\"</p>", "<a href=\"https://example.org/pr-7/\"> <a href=\"#x\"> <a href=\"/other/\"> <p>href=\"/pr-7/\"</p>")]
    public void Links_are_rewritten_relative_to_their_page(string basePath, string page, string html, string expected) =>
        Assert.Equal(expected, new RelativeLinks(basePath, page).Rewrite(html));
}
