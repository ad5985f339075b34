using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Trygghetsrad.Site.Rendering;
using Trygghetsrad.Site.Tests.Infrastructure;
using Trygghetsrad.Site.Tests.Rendering;

namespace Trygghetsrad.Site.Tests.Pages;

/// <summary>
/// The real site in Swedish, Finnish and easy Swedish: /om/, /suomeksi/ and /lattlast/ are there, every header links
/// the last two with their language, a Finnish page is Finnish from its html element to its dates and chrome, text
/// in Swedish on it is marked so, and pages that translate each other name each other with hreflang, in the page
/// and in sitemap.xml.
/// </summary>
public sealed class LanguagePagesTests(RealSiteFixture site) : IClassFixture<RealSiteFixture>
{
    private const string Base = "/trygghetsradet/";
    private const string Origin = "https://www.hallstahammar.se";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    private IDocument Page(string relative) => new HtmlParser().ParseDocument(site.Read(relative));

    private IEnumerable<string> Pages() =>
        Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(site.Output, p).Replace('\\', '/'));

    [Theory]
    [InlineData("om/index.html", "Om Trygghetsrådet")]
    [InlineData("suomeksi/index.html", "Trygghetsrådet suomeksi")]
    [InlineData("lattlast/index.html", "Lättläst om Trygghetsrådet")]
    [InlineData("lukuohje/index.html", "Näin luet arkistoa")]
    public void The_real_site_has_the_pages_editors_write(string page, string heading) =>
        Assert.Equal(heading, Page(page).QuerySelector("h1")!.TextContent);

    [Fact]
    public void Every_header_links_the_finnish_and_the_easy_swedish_page_marked_with_their_language()
    {
        foreach (var page in Pages())
        {
            var header = Page(page).QuerySelector("header")!;
            var finnish = header.QuerySelector($"a[href='{Base}suomeksi/']");
            var easy = header.QuerySelector($"a[href='{Base}lattlast/']");
            Assert.True(finnish is not null && easy is not null, $"{page}: the header lacks Suomeksi or Lättläst");
            Assert.Equal(("Suomeksi", "fi", "fi"), (finnish.TextContent, finnish.GetAttribute("lang"), finnish.GetAttribute("hreflang")));
            Assert.Equal(("Lättläst", "sv", "sv"), (easy.TextContent, easy.GetAttribute("lang"), easy.GetAttribute("hreflang")));
        }
    }

    [Fact]
    public void Finnish_pages_are_finnish_from_the_html_element_and_every_other_page_is_swedish()
    {
        foreach (var page in Pages())
        {
            var expected = page is "suomeksi/index.html" or "lukuohje/index.html" ? "fi" : "sv";
            Assert.True(Page(page).DocumentElement.GetAttribute("lang") == expected, $"{page}: html lang is not {expected}");
        }
    }

    [Fact]
    public void Every_language_attribute_is_swedish_or_finnish_and_swedish_text_on_a_finnish_page_is_marked()
    {
        foreach (var page in Pages())
        {
            Assert.All(Page(page).QuerySelectorAll("[lang]"), e => Assert.Contains(e.GetAttribute("lang"), new[] { "sv", "fi" }));
        }

        var finnish = Page("suomeksi/index.html");
        Assert.Equal("sv", finnish.QuerySelector(".webbplatsnamn")!.GetAttribute("lang"));
        Assert.Equal("sv", finnish.QuerySelector("footer strong")!.GetAttribute("lang"));
        Assert.Equal(["digitalt", "Trygghetsråd", "Hallstahammars kommun", "Hallstahammars kommun, Kommunledningsförvaltningen"], finnish.QuerySelectorAll("span[lang='sv']").Select(s => s.TextContent).Distinct());
        Assert.Equal("sv", finnish.QuerySelector("a[href='/trygghetsradet/']")!.GetAttribute("lang"));

        var meeting = Page("moten/2021-09-15/index.html");
        Assert.Equal("fi", meeting.QuerySelector("#sammanfattning-fi")!.ParentElement!.GetAttribute("lang"));
        Assert.Equal("Tiivistelmä suomeksi", meeting.QuerySelector("#sammanfattning-fi")!.TextContent);
        Assert.Null(meeting.QuerySelector("#sammanfattning-lattlast")!.ParentElement!.GetAttribute("lang"));
    }

    [Fact]
    public void The_chrome_of_a_finnish_page_comes_from_the_finnish_table_and_none_from_the_swedish()
    {
        var text = Page("suomeksi/index.html").DocumentElement.OuterHtml;

        foreach (var finnish in new[] { "Siirry sisältöön", "Päävalikko", "Kokoukset", "Hae muistiinpanoista", "Yhteystiedot:", "Seuraava kokous", "Uusimmat kokoukset", "Linkki tähän kohtaan", "– julkaisija:" })
        {
            Assert.Contains(finnish, text, StringComparison.Ordinal);
        }

        foreach (var swedish in new[] { "Hoppa till innehållet", "Huvudmeny", "Sök i anteckningarna", "Kontakt:", "Nästa möte", "Senaste mötena", "Länk till avsnittet", "ges ut av" })
        {
            Assert.DoesNotContain(swedish, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_finnish_page_writes_dates_and_times_in_finnish()
    {
        var page = Page("suomeksi/index.html");

        Assert.Equal("keskiviikkona 17. marraskuuta 2021", page.QuerySelector(".nasta-mote-datum time")!.TextContent);
        Assert.Contains("klo 17.30–19.30", page.QuerySelector(".nasta-mote-datum")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("keskiviikkona 15. syyskuuta 2021", page.QuerySelector("#sida-senaste + ul time")!.TextContent);
        Assert.Equal("Kokouksen 15. syyskuuta 2021 muistiinpanojen mukaan.", page.QuerySelector(".nasta-mote .liten")!.TextContent);
    }

    [Theory]
    [InlineData("om/index.html")]
    [InlineData("suomeksi/index.html")]
    public void Translations_name_each_other_with_hreflang_in_the_head(string page)
    {
        var alternates = Page(page).QuerySelectorAll("head link[rel='alternate'][hreflang]").Select(l => (l.GetAttribute("hreflang"), l.GetAttribute("href"))).ToList();

        Assert.Equal([("fi", Origin + Base + "suomeksi/"), ("sv", Origin + Base + "om/")], alternates);
    }

    [Fact]
    public void Pages_without_a_translation_and_the_easy_swedish_version_have_no_hreflang_alternates_but_link_their_versions()
    {
        Assert.Empty(Page("index.html").QuerySelectorAll("link[hreflang]"));
        Assert.Empty(Page("lukuohje/index.html").QuerySelectorAll("link[hreflang]"));
        var easy = Page("lattlast/index.html");
        Assert.Empty(easy.QuerySelectorAll("link[hreflang]"));

        var versions = easy.QuerySelectorAll(".versioner a").Select(a => (a.TextContent, a.GetAttribute("href"), a.GetAttribute("lang"))).ToList();
        Assert.Equal([("På vanlig svenska", Base + "om/", "sv"), ("Suomeksi", Base + "suomeksi/", "fi")], versions);
    }

    [Fact]
    public void The_sitemap_names_each_translation_with_xhtml_links_on_both_pages()
    {
        var sitemap = XDocument.Load(Path.Combine(site.Output, "sitemap.xml"));
        IEnumerable<(string?, string?)> LinksOf(string url) => sitemap.Descendants(Sitemap + "url")
            .Single(u => u.Element(Sitemap + "loc")!.Value == url)
            .Elements(Xhtml + "link").Select(l => ((string?)l.Attribute("hreflang"), (string?)l.Attribute("href")));

        (string?, string?)[] pair = [("fi", Origin + Base + "suomeksi/"), ("sv", Origin + Base + "om/")];
        Assert.Equal(pair, LinksOf(Origin + Base + "om/"));
        Assert.Equal(pair, LinksOf(Origin + Base + "suomeksi/"));
        Assert.Empty(LinksOf(Origin + Base + "lattlast/"));
        Assert.Empty(LinksOf(Origin + Base));
        Assert.All(sitemap.Descendants(Xhtml + "link"), l => Assert.Equal("alternate", (string?)l.Attribute("rel")));
    }

    [Fact]
    public void The_accessibility_statement_names_the_finnish_and_the_easy_swedish_page()
    {
        var links = Page("tillganglighet/index.html").QuerySelectorAll("main a").Select(a => (a.GetAttribute("href"), a.GetAttribute("lang"))).ToList();

        Assert.Contains((Base + "suomeksi/", "fi"), links);
        Assert.Contains((Base + "lattlast/", "sv"), links);
    }

    [Fact]
    public void No_page_an_editor_writes_can_take_an_address_of_the_archive_and_the_list_of_those_is_complete()
    {
        var pages = Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "content", "sidor"), "*.md").Select(Path.GetFileNameWithoutExtension);
        var folders = Directory.EnumerateDirectories(site.Output).Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(folders, SiteUrls.ReservedSlugs.Concat(pages).Order(StringComparer.Ordinal));
    }
}
