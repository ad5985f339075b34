using Trygghetsrad.Site.Pages;
using System.Text.RegularExpressions;
using Trygghetsrad.Site.Building;
using Trygghetsrad.Site.Tests.Infrastructure;

namespace Trygghetsrad.Site.Tests.Building;

/// <summary>A topic's meetings are split over pages, newest first, each page listing its own share.</summary>
public sealed partial class TopicPagesTests
{
    [Fact]
    public void Each_topic_page_lists_its_own_meetings_newest_first_with_its_number_in_the_title()
    {
        using var site = new ScratchSite();
        var dates = Enumerable.Range(0, TopicPageKind.PageSize * 2 + 5).Select(d => new DateOnly(2022, 1, 1).AddDays(d * 3).ToString("yyyy-MM-dd")).ToList();
        foreach (var date in dates)
        {
            site.Meeting(date, body: "## Klotter\n\nVi pratade om klotter vid skolan.\n");
        }

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var newestFirst = dates.AsEnumerable().Reverse().ToList();
        for (var page = 1; page <= 3; page++)
        {
            var file = page == 1
                ? Path.Combine(site.Output, "amnen", "klotter", "index.html")
                : Path.Combine(site.Output, "amnen", "klotter", "sida", page.ToString(System.Globalization.CultureInfo.InvariantCulture), "index.html");
            var html = File.ReadAllText(file);
            var listed = MeetingHeadingIds().Matches(html).Select(m => m.Groups["date"].Value).ToList();
            Assert.Equal(newestFirst.Skip((page - 1) * TopicPageKind.PageSize).Take(TopicPageKind.PageSize), listed);
            Assert.Contains(page == 1 ? "<title>Klotter –" : $"<title>Klotter, sida {page} av 3 –", html, StringComparison.Ordinal);
        }
    }

    [GeneratedRegex("<h2 id=\"mote-(?<date>\\d{4}-\\d{2}-\\d{2})-\\d+\"")]
    private static partial Regex MeetingHeadingIds();
}
