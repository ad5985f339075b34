using Trygghetsrad.Site.Content;
using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Rendering;

namespace Trygghetsrad.Site.Tests.Rendering;

/// <summary>Which links are the site's own (judged by site.yml alone) and where each points under a build's base path.</summary>
public sealed class InternalLinksTests
{
    private const string Origin = "https://www.hallstahammar.se";

    [Theory]
    // Written from the site's root, as editors do.
    [InlineData("/moten/2021-09-15/#ovrigt", "/pr/moten/2021-09-15/#ovrigt")]
    [InlineData("/", "/pr/")]
    [InlineData("/sok/?q=klotter", "/pr/sok/?q=klotter")]
    // With site.yml's base path, with or without the home page's final '/'.
    [InlineData("/trygghetsradet/moten/2021-09-15/", "/pr/moten/2021-09-15/")]
    [InlineData("/trygghetsradet/", "/pr/")]
    [InlineData("/trygghetsradet", "/pr/")]
    [InlineData("/trygghetsradet#ovrigt", "/pr/#ovrigt")]
    // The site's own address, however the scheme and host are cased, http or https.
    [InlineData("https://www.hallstahammar.se/trygghetsradet/moten/2021-09-15/#ovrigt", "/pr/moten/2021-09-15/#ovrigt")]
    [InlineData("http://WWW.Hallstahammar.se/trygghetsradet/amnen/", "/pr/amnen/")]
    [InlineData("HTTPS://www.hallstahammar.se/trygghetsradet", "/pr/")]
    // Not the site's own pages.
    [InlineData("https://www.hallstahammar.se/kontakt", null)]
    [InlineData("https://www.hallstahammar.se/trygghetsradetx/", null)]
    [InlineData("https://www.hallstahammar.se", null)]
    [InlineData("https://www.hallstahammar.se:8443/trygghetsradet/", null)]
    [InlineData("https://hallstahammar.se/trygghetsradet/", null)]
    [InlineData("//www.hallstahammar.se/trygghetsradet/", null)]
    [InlineData("mailto:kommun@hallstahammar.se", null)]
    [InlineData("tel:+4622024000", null)]
    [InlineData("#ovrigt", null)]
    [InlineData("moten/2021-09-15/", null)]
    public void Links_of_the_site_render_under_the_build_base_path_and_others_stay_as_written(string url, string? rendered)
    {
        var links = new InternalLinks(Origin, "/trygghetsradet/", "/pr/");

        Assert.Equal(rendered ?? url, links.Render(url));
        Assert.Equal(rendered is not null, links.SiteRelative(url) is not null);
    }

    [Theory]
    [InlineData("/trygghetsradet/moten/", "/trygghetsradet/moten/")]
    [InlineData("https://www.hallstahammar.se/kontakt", "/kontakt")]
    [InlineData("https://www.hallstahammar.se", "/")]
    [InlineData("https://annan.se/kontakt", "https://annan.se/kontakt")]
    public void A_site_at_the_root_of_its_address_owns_every_path_there(string url, string rendered) =>
        Assert.Equal(rendered, new InternalLinks(Origin, "/", "/").Render(url));

    [Fact]
    public void The_written_link_of_an_address_is_found_even_when_the_page_has_it_percent_encoded()
    {
        var links = new InternalLinks(Origin, "/trygghetsradet/", "/");
        WrittenLink[] written =
        [
            new("/moten/2021-09-15/", new SourceLocation("a.md", 7, 4)),
            new("/amnen/östra-delen/", new SourceLocation("a.md", 8, 4)),
            new("/trygghetsradet/moten/2021-09-15/", new SourceLocation("a.md", 9, 4)),
        ];

        Assert.Equal(7, links.Find(written, "/moten/2021-09-15/")?.At.Line);
        Assert.Equal(8, links.Find(written, "/amnen/%C3%B6stra-delen/")?.At.Line);
        Assert.Null(links.Find(written, "/sok/"));
    }
}
