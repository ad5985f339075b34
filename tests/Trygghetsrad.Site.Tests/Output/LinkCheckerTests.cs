using Trygghetsrad.Site.Building;
using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Output;
using Trygghetsrad.Site.Tests.Infrastructure;

namespace Trygghetsrad.Site.Tests.Output;

/// <summary>The link check after each build: a broken internal link or anchor fails the build, naming page and link.</summary>
public sealed class LinkCheckerTests
{
    [Theory]
    [InlineData("/", "[mötet](/moten/2099-01-01/)", "trasig länk '/moten/2099-01-01/': sidan eller filen finns inte")]
    [InlineData("/", "[punkten](/moten/2024-03-01/#finns-inte)", "trasig länk '/moten/2024-03-01/#finns-inte': ankaret '#finns-inte' finns inte på sidan")]
    [InlineData("/", "[punkten](#finns-inte)", "trasig länk '#finns-inte': ankaret '#finns-inte' finns inte på sidan")]
    [InlineData("/", "[mötet](/moten/2024-03-01)", "trasig länk '/moten/2024-03-01': adressen saknar avslutande '/'")]
    [InlineData("/", "[mötet](moten/2024-03-01/)", "trasig länk 'moten/2024-03-01/': relativ adress; en länk inom webbplatsen börjar med '/', till exempel /moten/2021-09-15/")]
    [InlineData("/trygghetsrad/", "[mötet](moten/2024-03-01/)", "trasig länk 'moten/2024-03-01/': relativ adress; en länk inom webbplatsen börjar med '/', till exempel /moten/2021-09-15/")]
    [InlineData("/trygghetsrad/", "[mötet](/moten/2099-01-01/)", "trasig länk '/moten/2099-01-01/': sidan eller filen finns inte")]
    public void Broken_internal_link_in_content_fails_the_build_at_the_line_of_the_link(string basePath, string markdown, string message)
    {
        using var site = new ScratchSite().Meeting("2024-03-01", body: $"## Punkt\n\nSe {markdown}.\n");

        var result = site.Build(basePath);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(message, error.Message);

        // The file is "---", a comment, the date, "---", then the body: "## Punkt", "", "Se [text](url)."
        Assert.EndsWith(Path.Combine("moten", "2024", "2024-03-01.md"), error.Location.Path, StringComparison.Ordinal);
        Assert.Equal((7, "Se ".Length + markdown.IndexOf("](", StringComparison.Ordinal) + "](".Length + 1), (error.Location.Line, error.Location.Column));
        Assert.False(Directory.Exists(site.Output), "A build with a broken link must not be published.");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/trygghetsrad/")]
    public void Working_internal_links_and_anchors_pass(string basePath)
    {
        using var site = new ScratchSite()
            .Meeting("2024-02-01")
            .Meeting("2024-03-01", body: "## Punkt\n\nSe [förra mötet](/moten/2024-02-01/#inledning), [punkten](#punkt) och [ämnet](/amnen/klotter/).\n");

        var result = site.Build(basePath);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
    }

    [Fact]
    public void Script_url_from_settings_is_refused_at_its_line_and_nothing_is_published()
    {
        using var site = new ScratchSite().Meeting("2024-03-01");
        site.Write("site.yml", File.ReadAllText(Path.Combine(site.Content, "site.yml")).Replace("url: https://www.hallstahammar.se/kontakt", "url: javascript:alert(1)"));

        var result = site.Build();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics);
        Assert.EndsWith("site.yml", error.Location.Path, StringComparison.Ordinal);
        Assert.Contains("'javascript:alert(1)'", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Theory]
    [MemberData(nameof(Fixtures.Both), MemberType = typeof(Fixtures))]
    public void Every_link_of_a_site_built_under_a_base_path_resolves(string content)
    {
        var folder = Path.Combine(Path.GetTempPath(), "trygghetsrad-links-" + Guid.NewGuid().ToString("N"));
        try
        {
            var result = new SiteBuilder().Build(new BuildOptions(content, Path.Combine(RepositoryRoot.Path, "templates"), folder, "/trygghetsrad/"));

            Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
            Assert.Empty(LinkChecker.Check(folder, "/trygghetsrad/"));
            var internalLinks = Directory.EnumerateFiles(folder, "*.html", SearchOption.AllDirectories)
                .Sum(f => Fixtures.Occurrences(File.ReadAllText(f), "href=\"/trygghetsrad/"));
            Assert.True(internalLinks > 50, $"Only {internalLinks} internal links were found; the check would prove little.");
            var wrongBase = LinkChecker.Check(folder, "/annan-bas/");
            Assert.NotEmpty(wrongBase);
            Assert.All(wrongBase, d => Assert.Contains("ligger utanför webbplatsens bas /annan-bas/", d.Message, StringComparison.Ordinal));
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
