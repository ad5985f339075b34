using System.Security.Cryptography;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Trygghetsrad.Site.Building;
using Trygghetsrad.Site.Tests.Infrastructure;

namespace Trygghetsrad.Site.Tests.Output;

/// <summary>
/// What every built page must carry or avoid: the Content-Security-Policy (GitHub Pages sets no headers, so it is a
/// meta element), nothing inline the policy would block, hashed asset names, no web fonts or third-party URLs, and a
/// 404 page that works at any depth.
/// </summary>
public sealed partial class PageSafetyTests : IDisposable
{
    private const string BasePath = "/trygghetsrad/";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "trygghetsrad-safety-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(Fixtures.Both), MemberType = typeof(Fixtures))]
    public void Every_page_has_a_strict_content_security_policy_and_nothing_inline(string content)
    {
        var pages = Build(content);
        var parser = new HtmlParser();
        foreach (var page in pages)
        {
            using var document = parser.ParseDocument(File.ReadAllText(page));
            var metas = document.QuerySelectorAll("meta[http-equiv]").Where(m => string.Equals(m.GetAttribute("http-equiv"), "Content-Security-Policy", StringComparison.OrdinalIgnoreCase)).ToList();
            var meta = Assert.Single(metas);
            Assert.Equal(document.Head, meta.ParentElement);
            var policy = Directives(meta.GetAttribute("content")!);
            Assert.Equal(["'self'"], policy["default-src"]);
            var scripts = policy.GetValueOrDefault("script-src") ?? policy["default-src"];
            Assert.Equal(["'self'"], scripts);
            Assert.Equal(["'none'"], policy["object-src"]);
            Assert.Equal(["'none'"], policy["base-uri"]);
            Assert.DoesNotContain(policy.Values.SelectMany(v => v), v => v is "'unsafe-inline'" or "'unsafe-eval'" or "*" or "data:" or "http:" or "https:");

            // The policy forbids inline script and style, so the pages must not rely on any. A JSON data block
            // (the search page's index manifest) is never run, so it is the one script element without src.
            Assert.All(
                document.QuerySelectorAll("script"),
                s => Assert.True(!string.IsNullOrEmpty(s.GetAttribute("src")) || s.GetAttribute("type") == "application/json", $"{page}: inline script"));
            Assert.Empty(document.QuerySelectorAll("style, [style]"));
            SafeHtmlAssert.PageSafe(document, BasePath + "assets/", page);
        }
    }

    [Fact]
    public void Assets_carry_their_content_hash_and_load_no_fonts_or_third_party_files()
    {
        Build(Fixtures.RealContent);
        var assets = Directory.GetFiles(Path.Combine(_folder, "assets"));
        Assert.NotEmpty(assets);
        foreach (var asset in assets.Where(a => a.EndsWith(".css", StringComparison.Ordinal) || a.EndsWith(".js", StringComparison.Ordinal)))
        {
            var match = HashedName().Match(Path.GetFileName(asset));
            Assert.True(match.Success, $"{asset} has no content hash in its name");
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(asset)))[..10], match.Groups["hash"].Value);
            var text = File.ReadAllText(asset);
            Assert.DoesNotContain("@font-face", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("@import", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotMatch(ExternalUrl(), text);
        }

        Assert.DoesNotContain(assets, a => Path.GetExtension(a) is ".woff" or ".woff2" or ".ttf" or ".otf" or ".eot");
    }

    [Fact]
    public void Pages_load_nothing_from_other_hosts()
    {
        var parser = new HtmlParser();
        foreach (var page in Build(Fixtures.RichArchive))
        {
            using var document = parser.ParseDocument(File.ReadAllText(page));

            // Links (a href, and a translation's address in link hreflang, which search engines read) may point
            // anywhere; anything the browser fetches by itself must be ours.
            foreach (var element in document.QuerySelectorAll("link[href]:not([hreflang]), script[src], img, iframe, source, video, audio"))
            {
                var url = element.GetAttribute("href") ?? element.GetAttribute("src") ?? "";
                Assert.True(url.StartsWith(BasePath, StringComparison.Ordinal), $"{page}: <{element.LocalName}> loads {url}");
            }
        }
    }

    [Fact]
    public void Not_found_page_works_at_any_depth()
    {
        Build(Fixtures.RealContent);
        using var document = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_folder, "404.html")));

        // GitHub Pages serves 404.html for /trygghetsrad/a/b/c/, so every URL on it must be absolute.
        var urls = document.QuerySelectorAll("[href], [src], [action]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src") ?? e.GetAttribute("action")!).ToList();
        Assert.NotEmpty(urls);
        Assert.All(urls, url => Assert.Matches(@"^(/trygghetsrad/|#|https://|mailto:|tel:)", url));
        Assert.Equal("Sidan finns inte", document.QuerySelector("h1")!.TextContent);
        Assert.Equal("sv", document.DocumentElement.GetAttribute("lang"));
        Assert.Contains(document.QuerySelectorAll("main a"), a => a.GetAttribute("href") == BasePath && a.TextContent == "Till startsidan");
    }

    private List<string> Build(string content)
    {
        var result = new SiteBuilder().Build(new BuildOptions(content, Path.Combine(RepositoryRoot.Path, "templates"), _folder, BasePath));
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var pages = Directory.EnumerateFiles(_folder, "*.html", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(pages);
        return pages;
    }

    private static Dictionary<string, string[]> Directives(string policy) =>
        policy.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(d => d[0].ToLowerInvariant(), d => d[1..]);

    [GeneratedRegex(@"^[a-z0-9-]+\.(?<hash>[0-9a-f]{10})\.(css|js)$")]
    private static partial Regex HashedName();

    [GeneratedRegex(@"url\(\s*['""]?(https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalUrl();
}
