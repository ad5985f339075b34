using AngleSharp.Html.Dom;
using Trygghetsrad.Site.Tests.Cli;
using Trygghetsrad.Site.Tests.Infrastructure;

namespace Trygghetsrad.Site.Tests.Pages;

/// <summary>
/// A meeting whose date has passed is never announced as coming: not on the home page, not on a meeting page, not in
/// the calendar. The build knows the day from SOURCE_DATE_EPOCH; without it, the newest minutes stand for today.
/// </summary>
public sealed class NextMeetingTests : IDisposable
{
    private static readonly DateOnly AfterTheMeeting = new(2026, 12, 2);

    private readonly ScratchSite _site = new ScratchSite()
        .Meeting("2021-09-15", "next_meeting:\n  date: 2021-11-17\n  start: \"17:30\"\n  end: \"19:30\"\n  location: digitalt\n");

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Without_a_day_the_newest_minutes_announcement_is_coming_with_its_calendar_link_and_source()
    {
        Build(null);

        var home = _site.Page("index.html");
        var box = Box(home);
        Assert.Single(home.QuerySelectorAll("head script[src*='nasta-mote'][defer]"));
        Assert.Empty(_site.Page("amnen/index.html").QuerySelectorAll("script[src*='nasta-mote']"));
        Assert.Equal("2021-11-17", box.GetAttribute("data-nasta-mote"));
        Assert.Equal("onsdag 17 november 2021 kl. 17.30–19.30, digitalt", Text(box.QuerySelector("[data-kommande] .nasta-mote-datum")));
        Assert.NotNull(box.QuerySelector("[data-kommande] a[href='/kalender.ics']"));
        Assert.True(box.QuerySelector("[data-passerat]")!.HasAttribute("hidden"));
        Assert.Equal("Enligt anteckningarna från 15 september 2021.", Text(box.QuerySelector(".liten")));
        Assert.Equal("/moten/2021-09-15/", box.QuerySelector(".liten a")!.GetAttribute("href"));
        Assert.Single(Calendar());
    }

    [Fact]
    public void After_its_date_the_home_page_says_no_meeting_is_published_and_links_no_calendar()
    {
        Build(AfterTheMeeting);

        var home = _site.Page("index.html");
        var box = Box(home);
        Assert.Null(box.QuerySelector("[data-kommande]"));
        Assert.False(box.HasAttribute("data-nasta-mote"));
        Assert.False(box.QuerySelector("[data-passerat]")!.HasAttribute("hidden"));
        Assert.Equal("Inget kommande möte är publicerat ännu. Det senast annonserade mötet var planerat till onsdag 17 november 2021.", Text(box.QuerySelector("[data-passerat]")));
        Assert.Equal("Enligt anteckningarna från 15 september 2021.", Text(box.QuerySelector(".liten")));
        Assert.Empty(home.QuerySelectorAll("main a[href$='kalender.ics'], script[src*='nasta-mote']"));
        Assert.Empty(Calendar());
    }

    [Fact]
    public void After_its_date_the_meeting_page_says_the_meeting_was_planned_not_that_it_is_coming()
    {
        Build(AfterTheMeeting);

        var box = Box(_site.Page("moten/2021-09-15/index.html"));
        Assert.Null(box.QuerySelector("[data-kommande]"));
        Assert.Null(box.QuerySelector("a"));
        Assert.Equal("Nästa möte var planerat till onsdag 17 november 2021 kl. 17.30–19.30, digitalt.", Text(box.QuerySelector("[data-passerat]")));
    }

    [Fact]
    public void On_its_own_day_the_meeting_is_still_coming()
    {
        Build(new DateOnly(2021, 11, 17));

        Assert.NotNull(Box(_site.Page("index.html")).QuerySelector("[data-kommande] a[href='/kalender.ics']"));
        Assert.Single(Calendar());
    }

    [Fact]
    public void When_the_newest_announcement_has_passed_an_older_one_still_coming_is_announced_with_its_source()
    {
        _site.Meeting("2021-10-20", "next_meeting:\n  date: 2021-12-08\n");
        Build(new DateOnly(2021, 12, 1));

        var box = Box(_site.Page("index.html"));
        Assert.Equal("2021-12-08", box.GetAttribute("data-nasta-mote"));
        Assert.Equal("onsdag 8 december 2021", Text(box.QuerySelector(".nasta-mote-datum")));
        Assert.Equal("Enligt anteckningarna från 20 oktober 2021.", Text(box.QuerySelector(".liten")));
    }

    [Fact]
    public void Once_newer_minutes_are_published_an_older_page_no_longer_announces_its_next_meeting()
    {
        _site.Meeting("2021-11-17");
        Build(null);

        var box = Box(_site.Page("moten/2021-09-15/index.html"));
        Assert.Null(box.QuerySelector("[data-kommande]"));
        Assert.StartsWith("Nästa möte var planerat till onsdag 17 november 2021", Text(box.QuerySelector("[data-passerat]")), StringComparison.Ordinal);
    }

    [Fact]
    public void Meeting_pages_browse_to_older_and_newer_minutes_not_to_a_next_meeting()
    {
        _site.Meeting("2021-11-17").Meeting("2022-02-09");
        Build(null);

        var page = _site.Page("moten/2021-11-17/index.html");
        var browse = page.QuerySelector("nav.bladdra")!;
        Assert.Equal("Äldre och nyare anteckningar", browse.GetAttribute("aria-label"));
        Assert.Equal(["Äldre anteckningar Trygghetsråd 15 september 2021", "Nyare anteckningar Trygghetsråd 9 februari 2022"], browse.QuerySelectorAll("a").Select(Text));
        Assert.DoesNotContain("Nästa möte", browse.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1637105400", true)] // 2021-11-16 23:30 UTC: already the 17th in Stockholm, the meeting's day
    [InlineData("1637191800", false)] // 2021-11-17 23:30 UTC: the 18th in Stockholm, the day after
    public void The_command_line_reads_the_day_in_Stockholm_from_SOURCE_DATE_EPOCH(string epoch, bool coming)
    {
        var run = CliRun.Invoke(new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = epoch }, "build", "--content", _site.Content, "--templates", TempContent.Templates, "--output", _site.Output);

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal(coming, Box(_site.Page("index.html")).QuerySelector("[data-kommande]") is not null);
    }

    [Fact]
    public void Two_builds_on_the_same_day_write_the_same_bytes()
    {
        var morning = Path.Combine(_site.Output, "morgon");
        var evening = Path.Combine(_site.Output, "kvall");
        foreach (var (output, epoch) in new[] { (morning, "1796166000"), (evening, "1796252399") })
        {
            var run = CliRun.Invoke(new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = epoch }, "build", "--content", _site.Content, "--templates", TempContent.Templates, "--output", output);
            Assert.True(run.ExitCode == 0, run.Stderr);
        }

        var files = Directory.GetFiles(morning, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(morning, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files, Directory.GetFiles(evening, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(evening, f)).Order(StringComparer.Ordinal));
        Assert.All(files, f => Assert.Equal(File.ReadAllBytes(Path.Combine(morning, f)), File.ReadAllBytes(Path.Combine(evening, f))));
        Assert.Contains("Inget kommande möte", File.ReadAllText(Path.Combine(morning, "index.html")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("igår")]
    [InlineData("-")]
    [InlineData("99999999999999999")]
    public void A_SOURCE_DATE_EPOCH_that_is_not_a_time_stops_the_build_with_a_message(string epoch)
    {
        var run = CliRun.Invoke(new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = epoch }, "build", "--content", _site.Content, "--templates", TempContent.Templates, "--output", _site.Output);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("SOURCE_DATE_EPOCH ska vara ett heltal", run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_site.Output));
    }

    private void Build(DateOnly? today)
    {
        var result = _site.Build(today: today);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
    }

    private List<Ical.Net.CalendarComponents.CalendarEvent> Calendar() =>
        [.. Ical.Net.Calendar.Load(File.ReadAllText(Path.Combine(_site.Output, "kalender.ics")))!.Events];

    private static AngleSharp.Dom.IElement Box(IHtmlDocument page) => page.QuerySelector("section.nasta-mote") ?? throw new Xunit.Sdk.XunitException("no next-meeting box on the page");

    private static string Text(AngleSharp.Dom.IElement? element) =>
        System.Text.RegularExpressions.Regex.Replace(element?.TextContent ?? "", @"\s+", " ").Trim();
}
