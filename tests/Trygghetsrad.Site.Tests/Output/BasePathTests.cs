using AngleSharp.Html.Parser;
using Trygghetsrad.Site.Output;
using Trygghetsrad.Site.Tests.Infrastructure;

namespace Trygghetsrad.Site.Tests.Output;

/// <summary>Built under a sub path (as GitHub project pages serve /REPO/), every internal link stays under it and resolves.</summary>
public sealed class BasePathTests : IDisposable
{
    private readonly TempContent _temp = new(withRealMeeting: true);

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("/trygghetsrad/")]
    [InlineData("trygghetsrad")]
    [InlineData("/")]
    public void Every_link_asset_and_form_action_stays_under_the_base_path_and_resolves(string basePath)
    {
        var normalized = "/" + basePath.Trim('/') + (basePath.Trim('/').Length > 0 ? "/" : "");
        var site = SiteBuild.Succeeding(_temp.Content, Path.Combine(_temp.Root, "site"), basePath);

        var checkedLinks = 0;
        foreach (var file in Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories))
        {
            var document = new HtmlParser().ParseDocument(File.ReadAllText(file));
            foreach (var element in document.QuerySelectorAll("[href], [src], form[action]"))
            {
                var url = element.GetAttribute("href") ?? element.GetAttribute("src") ?? element.GetAttribute("action")!;
                if (url.StartsWith('#') || url.StartsWith("mailto:", StringComparison.Ordinal) || url.StartsWith("tel:", StringComparison.Ordinal) || url.StartsWith("https://", StringComparison.Ordinal))
                {
                    continue;
                }

                Assert.True(url.StartsWith(normalized, StringComparison.Ordinal), $"{Path.GetRelativePath(site, file)}: '{url}' is not under {normalized}");
                checkedLinks++;
            }
        }

        Assert.True(checkedLinks > 50, $"only {checkedLinks} links checked");
        Assert.Empty(LinkChecker.Check(site, normalized));
    }

    [Fact]
    public void Link_checker_names_the_page_and_the_broken_link()
    {
        var site = SiteBuild.Succeeding(_temp.Content, Path.Combine(_temp.Root, "site"), "/trygghetsrad/");
        var page = Path.Combine(site, "moten", "2021", "index.html");
        File.WriteAllText(page, File.ReadAllText(page)
            .Replace("</main>", "<a href=\"/trygghetsrad/moten/2021-09-16/\">x</a><a href=\"/trygghetsrad/moten/2021-09-15/#finns-inte\">y</a><a href=\"/moten/\">z</a></main>", StringComparison.Ordinal));

        var problems = LinkChecker.Check(site, "/trygghetsrad/").Select(d => d.ToString()).ToList();

        Assert.Equal(3, problems.Count);
        Assert.All(problems, p => Assert.Contains("moten/2021/index.html:1:1: error: trasig länk", p, StringComparison.Ordinal));
        Assert.Contains(problems, p => p.EndsWith("'/trygghetsrad/moten/2021-09-16/': sidan eller filen finns inte", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.EndsWith("'/trygghetsrad/moten/2021-09-15/#finns-inte': ankaret '#finns-inte' finns inte på sidan", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.EndsWith("'/moten/': ligger utanför webbplatsens bas /trygghetsrad/", StringComparison.Ordinal));
    }
}
