using AngleSharp.Html.Parser;
using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Tests.Infrastructure;

namespace Trygghetsrad.Site.Tests.Output;

/// <summary>
/// Editors write links to the site's own pages from its root (<c>/moten/2024-02-01/#inledning</c>); a link that
/// carries site.yml's base path or the site's own address is the same link. The build renders each under the base
/// path it runs with — the real one, the root, or a pull request's preview — and checks page and anchor, reporting
/// a broken link where the editor wrote it, as the editor wrote it.
/// </summary>
public sealed class InternalLinkTests
{
    /// <summary>The base path in site.yml, as the real site has.</summary>
    private const string Configured = "/trygghetsradet/";

    /// <summary>The base paths a build runs with: the real site, the root (as on a custom domain), a pull request's preview.</summary>
    public static TheoryData<string> BasePaths => new() { "/", Configured, "/forhandsvisning/pr-7/" };

    /// <summary>Every base path with every way of writing a broken link, and the message each gets.</summary>
    public static TheoryData<string, string, string> BrokenLinks()
    {
        var cases = new (string Url, string Problem)[]
        {
            ("/moten/2099-01-01/", "sidan eller filen finns inte"),
            ("/moten/2024-02-01/#finns-inte", "ankaret '#finns-inte' finns inte på sidan"),
            ("/trygghetsradet/moten/2024-02-16/", "sidan eller filen finns inte"),
            ("https://www.hallstahammar.se/trygghetsradet/moten/2024-02-16/", "sidan eller filen finns inte"),
            ("https://www.hallstahammar.se/trygghetsradet/moten/2024-02-01/#finns-inte", "ankaret '#finns-inte' finns inte på sidan"),
        };
        var data = new TheoryData<string, string, string>();
        foreach (var basePath in BasePaths)
        {
            foreach (var (url, problem) in cases)
            {
                data.Add(basePath, url, $"trasig länk '{url}': {problem}");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BasePaths))]
    public void Links_to_the_site_render_under_the_base_path_of_the_build_however_they_were_written(string basePath)
    {
        using var site = Site(
            "## Punkt\n\n" +
            "Se [a](/moten/2024-02-01/#inledning), [b](/trygghetsradet/moten/2024-02-01/), " +
            "[c](https://www.hallstahammar.se/trygghetsradet/moten/2024-02-01/#inledning), [d](/amnen/klotter/), [e](/), " +
            "[f](/trygghetsradet), [g](/sok/?q=klotter) och <https://www.hallstahammar.se/trygghetsradet/moten/2024-02-01/>.\n\n" +
            "Annat: [h](https://www.hallstahammar.se/kontakt), [i](https://www.hallstahammar.se/trygghetsradetx/), [j](#punkt) och [k](mailto:kommun@hallstahammar.se).\n");

        var result = site.Build(basePath);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Equal(
            [
                basePath + "moten/2024-02-01/#inledning",
                basePath + "moten/2024-02-01/",
                basePath + "moten/2024-02-01/#inledning",
                basePath + "amnen/klotter/",
                basePath,
                basePath,
                basePath + "sok/?q=klotter",
                basePath + "moten/2024-02-01/",
                "https://www.hallstahammar.se/kontakt",
                "https://www.hallstahammar.se/trygghetsradetx/",
                "#punkt",
                "mailto:kommun@hallstahammar.se",
            ],
            BodyLinks(site, "moten/2024-03-01/index.html"));
    }

    [Theory]
    [MemberData(nameof(BrokenLinks))]
    public void A_broken_link_is_reported_as_written_at_its_line_and_column_under_every_base_path(string basePath, string url, string message)
    {
        // The address also stands earlier as code, where a search for it would land.
        using var site = Site($"## Punkt\n\nAdressen `{url}` står här som kod.\n\nSe [mötet]({url}).\n");

        var result = site.Build(basePath);

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(message, error.Message);
        Assert.EndsWith(Path.Combine("moten", "2024", "2024-03-01.md"), error.Location.Path, StringComparison.Ordinal);

        // The file is "---", a comment, the date, "---", then the body: "## Punkt", "", the text, "", "Se [mötet](url)."
        Assert.Equal((9, "Se [mötet](".Length + 1), (error.Location.Line, error.Location.Column));
        Assert.False(Directory.Exists(site.Output), "A build with a broken link must not be published.");
    }

    [Fact]
    public void A_broken_reference_link_is_reported_at_its_definition()
    {
        using var site = Site("## Punkt\n\nSe [mötet][m].\n\n[m]: /moten/2099-01-01/\n");

        var error = Assert.Single(site.Build(Configured).Diagnostics, d => d.Severity == Severity.Error);

        Assert.Equal("trasig länk '/moten/2099-01-01/': sidan eller filen finns inte", error.Message);
        Assert.Equal((9, "[m]: ".Length + 1), (error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void A_link_on_a_later_line_of_a_list_item_is_reported_at_its_own_line()
    {
        using var site = Site("## Punkt\n\n- Första raden\n  och [mötet](\n  /moten/2099-01-01/).\n");

        var error = Assert.Single(site.Build("/").Diagnostics, d => d.Severity == Severity.Error);

        Assert.Equal((9, 3), (error.Location.Line, error.Location.Column));
    }

    // A fictional archive whose site.yml has the real base path: the meeting linked to, and the meeting with the links.
    private static ScratchSite Site(string body)
    {
        var site = new ScratchSite();
        site.Write("site.yml", File.ReadAllText(Path.Combine(site.Content, "site.yml")).Replace("base_path: /", "base_path: " + Configured, StringComparison.Ordinal));
        return site.Meeting("2024-02-01").Meeting("2024-03-01", body: body);
    }

    private static List<string> BodyLinks(ScratchSite site, string page)
    {
        var document = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, page)));
        return document.QuerySelectorAll(".anteckningar p a[href]").Select(a => a.GetAttribute("href")!).ToList();
    }
}
