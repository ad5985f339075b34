using System.Globalization;
using System.Text.RegularExpressions;
using Trygghetsrad.Site.Rendering;
using Trygghetsrad.Site.Tests.Infrastructure;

namespace Trygghetsrad.Site.Tests.Rendering;

/// <summary>
/// How often a topic came up: meetings per year as inline SVG bars, with the same figures as text beside them, on
/// <c>/amnen/</c> and each topic page. No script and no inline style, so the pages' CSP allows it.
/// </summary>
public sealed partial class YearChartTests(RichSite rich) : IClassFixture<RichSite>
{
    [Fact]
    public void Every_year_between_the_first_and_the_last_has_a_bar_in_proportion_and_a_year_with_any_shows()
    {
        var chart = YearChart.Of(new Dictionary<int, int> { [2021] = 40, [2023] = 1 }, 2021, 2024, "meeting")!;

        Assert.Equal([2021, 2022, 2023, 2024], chart.Bars.Select(b => b.Year));
        Assert.Equal(["40 möten", "0 möten", "1 möte", "0 möten"], chart.Bars.Select(b => b.CountText));
        Assert.Equal([YearChart.ChartHeight - 1, 0, 2, 0], chart.Bars.Select(b => b.Height));
        Assert.All(chart.Bars, b => Assert.Equal(YearChart.ChartHeight - 1, b.Y + b.Height));
        Assert.Equal((4 * YearChart.BarWidth) + (3 * YearChart.Gap), chart.Width);
        Assert.Null(YearChart.Of(new Dictionary<int, int>(), 1, 0, "meeting"));
    }

    [Theory]
    [InlineData("amnen/index.html")]
    [InlineData("amnen/klotter/index.html")]
    public void The_chart_is_inline_svg_hidden_from_screen_readers_beside_the_same_figures_in_text(string path)
    {
        var html = rich.Read(path);
        var page = rich.Page(path);
        var figures = page.QuerySelectorAll("figure.arsdiagram");

        Assert.NotEmpty(figures);
        foreach (var figure in figures)
        {
            var svg = figure.QuerySelector("svg.staplar")!;
            Assert.Equal("true", svg.GetAttribute("aria-hidden"));
            Assert.Null(svg.GetAttribute("style"));
            Assert.Empty(svg.QuerySelectorAll("[style], script, a, foreignObject"));

            // The caption's figures, and the bars: one bar for each year with any, as tall as its count's share.
            var years = YearFigure().Matches(figure.QuerySelector("figcaption")!.TextContent).Select(m => (Year: int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture), Count: int.Parse(m.Groups["count"].Value, CultureInfo.InvariantCulture))).ToList();
            var bars = svg.QuerySelectorAll("rect.stapel").Select(r => (X: int.Parse(r.GetAttribute("x")!, CultureInfo.InvariantCulture), Height: int.Parse(r.GetAttribute("height")!, CultureInfo.InvariantCulture))).ToList();
            Assert.Equal(years.Select((y, i) => (y, i)).Where(p => p.y.Count > 0).Select(p => p.i * (YearChart.BarWidth + YearChart.Gap)), bars.Select(b => b.X));
            var tallest = years.Max(y => y.Count);
            Assert.Equal(years.Where(y => y.Count > 0).Select(y => Math.Max(2, (int)Math.Round(y.Count * (YearChart.ChartHeight - 1.0) / tallest))), bars.Select(b => b.Height));
        }

        Assert.Contains("<svg class=\"staplar\"", html, StringComparison.Ordinal);
        Assert.Contains("style-src 'self'", page.QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_topic_pages_chart_counts_its_meetings_per_year()
    {
        var page = rich.Page("amnen/belysning/index.html");

        Assert.Equal("Möten per år där belysning togs upp: 2023: 0 möten, 2024: 2 möten, 2025: 1 möte", page.QuerySelector("figure.arsdiagram figcaption")!.TextContent);
        Assert.Null(rich.Page("amnen/tomt-amne/index.html").QuerySelector("figure.arsdiagram"));
        Assert.Equal(["Belysning", "Klotter"], rich.Page("amnen/index.html").QuerySelectorAll(".amneslista > li").Where(li => li.QuerySelector("figure.arsdiagram") is not null).Select(li => li.QuerySelector("h2")!.TextContent));
    }

    [GeneratedRegex(@"(?<year>\d{4}): (?<count>\d+) möte")]
    private static partial Regex YearFigure();
}
