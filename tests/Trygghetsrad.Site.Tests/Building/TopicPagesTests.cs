using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Trygghetsrad.Site.Pages;
using Trygghetsrad.Site.Tests.Infrastructure;

namespace Trygghetsrad.Site.Tests.Building;

/// <summary>
/// A topic's meetings are split over pages, newest first, each page listing its own share under a year index, with
/// pagination labelled by dates at the top and the bottom; each meeting shows its first passage and the rest behind a
/// disclosure. Long years are paginated the same way, and the page of all meetings lists the years.
/// </summary>
public sealed partial class TopicPagesTests
{
    [Fact]
    public void Each_topic_page_lists_its_own_meetings_newest_first_with_its_number_in_the_title()
    {
        using var site = new ScratchSite();
        var dates = Enumerable.Range(0, TopicPageKind.PageSize * 2 + 5).Select(d => new DateOnly(2022, 1, 1).AddDays(d * 3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList();
        foreach (var date in dates)
        {
            site.Meeting(date, body: "## Klotter\n\nVi pratade om klotter vid skolan.\n");
        }

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var newestFirst = dates.AsEnumerable().Reverse().ToList();
        for (var page = 1; page <= 3; page++)
        {
            var html = File.ReadAllText(Path.Combine(site.Output, TopicPage(page)));
            var listed = MeetingHeadingIds().Matches(html).Select(m => m.Groups["date"].Value).ToList();
            Assert.Equal(newestFirst.Skip((page - 1) * TopicPageKind.PageSize).Take(TopicPageKind.PageSize), listed);
            Assert.Contains(page == 1 ? "<title>Klotter –" : $"<title>Klotter, sida {page} av 3 –", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Pagination_at_the_top_and_bottom_names_the_dates_of_each_page()
    {
        using var site = new ScratchSite();
        for (var i = 0; i < TopicPageKind.PageSize + 1; i++)
        {
            site.Meeting(new DateOnly(2022, 1, 5).AddDays(i * 7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), body: "## Klotter\n\nKlotter vid skolan.\n");
        }

        Assert.True(site.Build().Succeeded);

        var page = site.Page(TopicPage(2));
        var navs = page.QuerySelectorAll("nav.sidnumrering");
        Assert.Equal(["Sidor om klotter", "Fler sidor om klotter"], navs.Select(n => n.GetAttribute("aria-label")));
        Assert.True(navs[0].CompareDocumentPosition(page.QuerySelector("article")!).HasFlag(DocumentPositions.Following), "the first pagination is above the meetings");
        foreach (var nav in navs)
        {
            Assert.Equal(["Nyare möten", "12 januari–16 mars 2022", "5 januari 2022"], nav.QuerySelectorAll("a").Select(a => a.TextContent));
            Assert.Equal("5 januari 2022", nav.QuerySelector("a[aria-current='page']")!.TextContent);
            Assert.Equal(["2022-01-12", "2022-03-16", "2022-01-05"], nav.QuerySelectorAll("time").Select(t => t.GetAttribute("datetime")));
        }

        Assert.DoesNotContain("Sida 2", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_year_index_links_each_year_to_its_newest_meeting_on_its_page()
    {
        using var site = new ScratchSite();
        var dates = new List<string>();
        for (var i = 0; i < TopicPageKind.PageSize + 3; i++)
        {
            var date = new DateOnly(2022, 12, 31).AddDays(i * 60).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            dates.Add(date);
            site.Meeting(date, body: "## Klotter\n\nKlotter vid skolan.\n");
        }

        Assert.True(site.Build().Succeeded);

        var years = site.Page(TopicPage(1)).QuerySelectorAll("nav.arsindex li").Select(li => li.TextContent).ToList();
        var newestFirst = dates.AsEnumerable().Reverse().ToList();
        var expected = newestFirst.GroupBy(d => d[..4]).Select(g => $"{g.Key} ({g.Count()} {(g.Count() == 1 ? "möte" : "möten")})").ToList();
        Assert.Equal(expected, years);
        foreach (var link in site.Page(TopicPage(1)).QuerySelectorAll("nav.arsindex a"))
        {
            var year = link.TextContent;
            var newestOfYear = newestFirst.First(d => d.StartsWith(year, StringComparison.Ordinal));
            var pageNumber = (newestFirst.IndexOf(newestOfYear) / TopicPageKind.PageSize) + 1;
            Assert.Equal($"/amnen/klotter/{(pageNumber == 1 ? "" : $"sida/{pageNumber}/")}#ar-{year}", link.GetAttribute("href"));
            var target = site.Page(TopicPage(pageNumber)).GetElementById("ar-" + year);
            Assert.NotNull(target);
            Assert.Contains($"mote-{newestOfYear}-", target!.GetAttribute("aria-labelledby"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Each_meeting_shows_its_first_passage_and_the_rest_behind_a_disclosure_counted_in_Swedish()
    {
        using var site = new ScratchSite()
            .Meeting("2022-01-05", body: "## Inledning\n\nFörsta om klotter.\n\nAndra om klotter.\n\n## Övrigt\n\nTredje om klotter.\n")
            .Meeting("2022-02-09", body: "## Inledning\n\nEtt om klotter.\n\nEtt till om klotter.\n")
            .Meeting("2022-03-09", body: "## Inledning\n\nBara ett om klotter.\n");

        Assert.True(site.Build().Succeeded);

        var articles = site.Page(TopicPage(1)).QuerySelectorAll("article.amnesmote").ToList();
        Assert.Equal(3, articles.Count);
        Assert.Empty(articles[0].QuerySelectorAll("details"));
        Assert.Equal(["Bara ett om klotter."], articles[0].QuerySelectorAll("blockquote").Select(b => b.TextContent));

        Assert.Equal("Ett om klotter.", articles[1].QuerySelector(":scope > blockquote")!.TextContent);
        Assert.Equal("1 stycke till från mötet 9 februari 2022", articles[1].QuerySelector("details > summary")!.TextContent);
        Assert.Equal(["Ett till om klotter."], articles[1].QuerySelectorAll("details blockquote").Select(b => b.TextContent));

        var third = articles[2];
        Assert.Equal(["Inledning"], third.QuerySelectorAll(":scope > h3").Select(h => h.TextContent));
        Assert.Equal("Första om klotter.", third.QuerySelector(":scope > blockquote")!.TextContent);
        Assert.Equal("2 stycken till", third.QuerySelector("details > summary")!.FirstChild!.TextContent);
        Assert.Equal(["Övrigt"], third.QuerySelectorAll("details h3").Select(h => h.TextContent));
        Assert.Equal(["Andra om klotter.", "Tredje om klotter."], third.QuerySelectorAll("details blockquote").Select(b => b.TextContent));
        Assert.Equal(["/moten/2022-01-05/#inledning", "/moten/2022-01-05/#ovrigt"], third.QuerySelectorAll("details blockquote").Select(b => b.GetAttribute("cite")));
    }

    [Fact]
    public void A_long_year_is_paginated_and_the_page_of_all_meetings_lists_the_years_with_their_counts()
    {
        using var site = new ScratchSite().Meeting("2021-09-15");
        for (var i = 0; i < YearPageKind.PageSize + 2; i++)
        {
            site.Meeting(new DateOnly(2022, 1, 3).AddDays(i * 7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        Assert.True(site.Build().Succeeded);

        var all = site.Page("moten/index.html");
        Assert.Equal(["2022 27 möten", "2021 1 möte"], all.QuerySelectorAll(".arslista li").Select(li => Regex.Replace(li.TextContent, @"\s+", " ").Trim()));
        Assert.Equal(["/moten/2022/", "/moten/2021/"], all.QuerySelectorAll(".arslista a").Select(a => a.GetAttribute("href")));
        Assert.Empty(all.QuerySelectorAll("a[href^='/moten/2022-']"));

        var second = site.Page("moten/2022/sida/2/index.html");
        Assert.Equal(["/moten/2022-01-10/", "/moten/2022-01-03/"], second.QuerySelectorAll(".motelista > li > a").Select(a => a.GetAttribute("href")));
        Assert.Equal("27 möten, det senaste först.", second.QuerySelector(".ingress")!.TextContent);
        Assert.Equal(2, second.QuerySelectorAll("nav.sidnumrering").Length);
        Assert.Equal(YearPageKind.PageSize, site.Page("moten/2022/index.html").QuerySelectorAll(".motelista > li").Length);
        Assert.Null(site.Page("moten/2021/index.html").QuerySelector("nav.sidnumrering"));
    }

    private static string TopicPage(int number) =>
        number == 1 ? Path.Combine("amnen", "klotter", "index.html") : Path.Combine("amnen", "klotter", "sida", number.ToString(CultureInfo.InvariantCulture), "index.html");

    [GeneratedRegex("<h2 id=\"mote-(?<date>\\d{4}-\\d{2}-\\d{2})-\\d+\"")]
    private static partial Regex MeetingHeadingIds();
}
