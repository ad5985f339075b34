using System.Globalization;
using Trygghetsrad.Site.Pages;
using Trygghetsrad.Site.Tests.Infrastructure;

namespace Trygghetsrad.Site.Tests.Pages;

/// <summary>
/// <c>/fragor/</c>: every question, newest meeting first, with its answer, meeting, section and topics; static lists per
/// topic and per year that need no script; pages labelled with their dates as the topic pages are. Topic pages show
/// their newest questions, and the home page how many there are.
/// </summary>
public sealed class QuestionsPageTests(RichSite rich) : IClassFixture<RichSite>
{
    [Fact]
    public void The_list_holds_every_question_newest_first_with_its_answer_meeting_section_and_topics()
    {
        var page = rich.Page("fragor/index.html");

        Assert.Equal("3 frågor, varav 1 fråga utan antecknat svar.", page.QuerySelector(".ingress + p")!.TextContent);
        Assert.Equal(["Anteckningar 6 november 2024", "Anteckningar 2 oktober 2024"], page.QuerySelectorAll(".fragemote h2").Select(h => h.TextContent));
        var posts = page.QuerySelectorAll(".fragepost");
        Assert.Equal(
            [
                "Vad kostar de nya lyktstolparna?|Svar: Kostnaden ryms i årets budget för belysning.|Under Belysning i parken · Ämnen: Belysning",
                "Hur lång tid tar det innan klotter på privata fastigheter tas bort?|Svar från polisen: Fastighetsägaren ansvarar för det, men polisen vill att klottret anmäls innan det tas bort.|Under Frågor från invånarna · Ämnen: Klotter",
                "Kan skolgården vara öppen på helgerna?|Inget svar antecknat|Under Frågor från invånarna · Ämnen: Klotter",
            ],
            posts.Select(p => string.Join('|', p.QuerySelectorAll("dt, dd, p.meta").Select(e => e.TextContent))));
        Assert.Equal(
            ["/moten/2024-11-06/#fraga-vad-kostar-de-nya-lyktstolparna", "/moten/2024-11-06/#belysning-i-parken", "/amnen/belysning/"],
            posts[0].QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Each_topic_and_year_with_questions_has_a_static_list_of_its_own()
    {
        var klotter = rich.Page("fragor/amnen/klotter/index.html");
        Assert.Equal("Frågor om klotter", klotter.QuerySelector("h1")!.TextContent);
        Assert.Equal(["Hur lång tid tar det innan klotter på privata fastigheter tas bort?", "Kan skolgården vara öppen på helgerna?"], klotter.QuerySelectorAll(".fraga dt").Select(d => d.TextContent));
        Assert.Equal(["/fragor/amnen/belysning/", "/fragor/amnen/klotter/", "/fragor/2024/"], klotter.QuerySelectorAll(".filter .etiketter a").Select(a => a.GetAttribute("href")));
        Assert.Equal("/fragor/amnen/klotter/", klotter.QuerySelector(".filter a[aria-current='page']")!.GetAttribute("href"));
        Assert.Equal("/fragor/", klotter.QuerySelector(".filter-alla a")!.GetAttribute("href"));

        var year = rich.Page("fragor/2024/index.html");
        Assert.Equal("Frågor 2024", year.QuerySelector("h1")!.TextContent);
        Assert.Equal(3, year.QuerySelectorAll(".fraga").Length);

        Assert.False(File.Exists(Path.Combine(rich.Output, "fragor", "amnen", "tomt-amne", "index.html")), "a topic without questions has no list");
        Assert.Empty(rich.Page("fragor/index.html").QuerySelectorAll("script:not([type])"));
    }

    [Fact]
    public void A_topic_page_shows_its_newest_questions_and_links_them_all()
    {
        var part = rich.Page("amnen/klotter/index.html").QuerySelector("section.amnesfragor")!;

        Assert.Equal("Frågor om klotter", part.QuerySelector("h2")!.TextContent);
        Assert.Equal(["Hur lång tid tar det innan klotter på privata fastigheter tas bort?", "Kan skolgården vara öppen på helgerna?"], part.QuerySelectorAll(".fraga dt").Select(d => d.TextContent));
        Assert.Equal("Inget svar antecknat", part.QuerySelectorAll(".fraga")[1].QuerySelector("dd")!.TextContent);
        var all = part.Children.Last().QuerySelector("a")!;
        Assert.Equal(("Alla frågor om klotter", "/fragor/amnen/klotter/"), (all.TextContent, all.GetAttribute("href")));
        Assert.Null(rich.Page("amnen/tomt-amne/index.html").QuerySelector("section.amnesfragor"));
        Assert.Null(rich.Page("amnen/klotter/sida/2/index.html").QuerySelector("section.amnesfragor"));
    }

    [Fact]
    public void The_home_page_and_the_topic_list_count_the_questions()
    {
        Assert.Contains(rich.Page("index.html").QuerySelectorAll("a"), a => a.GetAttribute("href") == "/fragor/" && a.ParentElement!.TextContent.Contains("3 frågor i anteckningarna", StringComparison.Ordinal));
        Assert.Equal(["3 möten · 1 fråga", "22 möten · 2 frågor", "0 möten"], rich.Page("amnen/index.html").QuerySelectorAll(".amneslista p.meta").Select(p => p.TextContent));
    }

    [Fact]
    public void A_long_list_is_paginated_newest_first_with_pages_labelled_by_their_dates()
    {
        using var site = new ScratchSite();
        var count = QuestionsPageKind.PageSize + 5;
        for (var i = 0; i < count; i++)
        {
            var date = new DateOnly(2022, 1, 5).AddDays(i * 7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            site.Meeting(date, body: $"## Frågor\n\nVad hände med klottret vid skola {i + 1}?\n\nSvar: Det är borttaget.\n");
        }

        Assert.True(site.Build().Succeeded);

        var first = site.Page("fragor/index.html");
        Assert.Equal(QuestionsPageKind.PageSize, first.QuerySelectorAll(".fraga").Length);
        Assert.Equal("Vad hände med klottret vid skola 25?", first.QuerySelector(".fraga dt")!.TextContent);
        var second = site.Page("fragor/sida/2/index.html");
        Assert.Equal(["Vad hände med klottret vid skola 5?", "Vad hände med klottret vid skola 4?", "Vad hände med klottret vid skola 3?", "Vad hände med klottret vid skola 2?", "Vad hände med klottret vid skola 1?"], second.QuerySelectorAll(".fraga dt").Select(d => d.TextContent));
        Assert.StartsWith("Frågor, sida 2 av 2 –", second.Title, StringComparison.Ordinal);
        var navs = second.QuerySelectorAll("nav.sidnumrering");
        Assert.Equal(["Sidor med frågor", "Fler sidor med frågor"], navs.Select(n => n.GetAttribute("aria-label")));
        Assert.All(navs, nav => Assert.Equal(["Nyare frågor", "9 februari–22 juni 2022", "5 januari–2 februari 2022"], nav.QuerySelectorAll("a").Select(a => a.TextContent)));
        Assert.True(File.Exists(Path.Combine(site.Output, "fragor", "amnen", "klotter", "sida", "2", "index.html")));
    }
}
