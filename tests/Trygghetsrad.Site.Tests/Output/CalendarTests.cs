using AngleSharp.Html.Parser;
using Ical.Net.DataTypes;
using Trygghetsrad.Site.Content;
using Trygghetsrad.Site.Output.Calendar;
using Trygghetsrad.Site.Tests.Infrastructure;

namespace Trygghetsrad.Site.Tests.Output;

public sealed class CalendarTests(FollowSite site) : IClassFixture<FollowSite>
{
    private Ical.Net.Calendar Read()
    {
        var calendar = Ical.Net.Calendar.Load(File.ReadAllText(site.File("kalender.ics")));
        Assert.NotNull(calendar);
        return calendar!;
    }

    [Fact]
    public void Calendar_HoldsTheAnnouncedMeetingsAfterTheNewestMinutes_InStockholmTime()
    {
        var calendar = Read();

        Assert.Equal(["2022-04-20", "2022-06-01"], calendar.Events.Select(e => e.DtStart!.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        var next = calendar.Events.First();
        Assert.Equal("2022-04-20.trygghetsrad@www.hallstahammar.se", next.Uid);
        Assert.Equal("Europe/Stockholm", next.DtStart!.TzId);
        Assert.Equal(new TimeOnly(18, 0), next.DtStart.Time);
        Assert.Equal(new TimeOnly(20, 0), next.DtEnd!.Time);
        Assert.Equal("Kommunhuset, sal 2", next.Location);
        Assert.Equal(FollowSite.Root + "moten/2022-02-09/", next.Url!.AbsoluteUri);
        Assert.Equal("Trygghetsråd – Hallstahammars kommun", next.Summary);
    }

    [Fact]
    public void Calendar_HasAVTimeZoneWithStandardAndDaylightRules()
    {
        var zone = Assert.Single(Read().TimeZones);

        Assert.Equal("Europe/Stockholm", zone.TzId);
        Assert.Contains(zone.TimeZoneInfos, i => i.Name == "STANDARD");
        Assert.Contains(zone.TimeZoneInfos, i => i.Name == "DAYLIGHT");
    }

    [Fact]
    public void Calendar_NextMeetingYearsAhead_BuildsWithATimeZone()
    {
        // Ical.Net's time-zone builder reads zone rules up to today's date only, and used to throw when the
        // first event lay more than a year after today: a mistyped year must not stop publication.
        using var scratch = new ScratchSite().Meeting("2024-03-01", "next_meeting:\n  date: 2099-01-14\n  start: \"18:00\"\n");

        var result = scratch.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var calendar = Ical.Net.Calendar.Load(File.ReadAllText(Path.Combine(scratch.Output, "kalender.ics")))!;
        Assert.Equal(new DateOnly(2099, 1, 14), DateOnly.FromDateTime(Assert.Single(calendar.Events).DtStart!.Value));
        Assert.Equal("Europe/Stockholm", Assert.Single(calendar.TimeZones).TzId);
    }

    [Fact]
    public void Calendar_AnnouncementWithoutTime_IsAnAllDayEvent()
    {
        var later = Read().Events.Last();

        Assert.True(later.IsAllDay);
        Assert.Equal("Biblioteket", later.Location);
    }

    [Fact]
    public void Calendar_NeverShowsTheDraftsAnnouncement_NorAMeetingAlreadyHeld()
    {
        var starts = Read().Events.Select(e => DateOnly.FromDateTime(e.DtStart!.Value)).ToList();

        Assert.DoesNotContain(new DateOnly(2022, 5, 11), starts);
        Assert.DoesNotContain(new DateOnly(2021, 11, 17), starts);
        Assert.DoesNotContain("20220511", File.ReadAllText(site.File("kalender.ics")));
    }

    [Fact]
    public void Calendar_UsesCrLfLinesAndNoBuildTime()
    {
        var text = File.ReadAllText(site.File("kalender.ics"));

        Assert.DoesNotContain(text.Replace("\r\n", ""), c => c == '\n');
        Assert.Contains("DTSTAMP:20220209T000000Z", text);
    }

    [Theory]
    [InlineData("moten/2022-02-09/index.html", true)]
    [InlineData("moten/2021-11-17/index.html", true)]
    [InlineData("moten/2021-09-15/index.html", false)]
    [InlineData("index.html", true)]
    public void NextMeeting_LinksTheCalendarOnlyWhileItIsInIt(string page, bool linked)
    {
        using var document = new HtmlParser().ParseDocument(File.ReadAllText(site.File(page)));

        var links = document.QuerySelectorAll(".nasta-mote a[href='/trygghetsradet/kalender.ics']");
        Assert.Equal(linked ? 1 : 0, links.Length);
    }

    [Fact]
    public void Upcoming_SameDateAnnouncedTwice_TakesTheNewestAnnouncement()
    {
        var older = Meeting("2022-01-10", new NextMeeting(new DateOnly(2022, 5, 1), null, null, "Biblioteket"));
        var newer = Meeting("2022-02-10", new NextMeeting(new DateOnly(2022, 5, 1), new TimeOnly(17, 30), null, "Kommunhuset"));

        var upcoming = UpcomingMeetings.From([older, newer]);

        var only = Assert.Single(upcoming.Events);
        Assert.Equal("Kommunhuset", only.Next.Location);
        Assert.False(upcoming.Contains(older.NextMeeting));
        Assert.True(upcoming.Contains(newer.NextMeeting));
    }

    [Theory]
    [InlineData("2022-04-30", new[] { "2022-05-01", "2022-06-01" })]
    [InlineData("2022-05-01", new[] { "2022-05-01", "2022-06-01" })]
    [InlineData("2022-05-02", new[] { "2022-06-01" })]
    [InlineData("2022-06-02", new string[0])]
    public void Upcoming_OnAGivenDay_HoldsOnlyAnnouncementsFromThatDayOn(string today, string[] expected)
    {
        var older = Meeting("2022-01-10", new NextMeeting(new DateOnly(2022, 5, 1), null, null, null));
        var newer = Meeting("2022-02-10", new NextMeeting(new DateOnly(2022, 6, 1), null, null, null));

        var upcoming = UpcomingMeetings.From([older, newer], DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, upcoming.Events.Select(e => e.Next.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(expected.Contains("2022-05-01"), upcoming.Contains(older.NextMeeting));
    }

    [Fact]
    public void Upcoming_NoMeetings_IsEmpty() => Assert.Empty(UpcomingMeetings.From([]).Events);

    private static Meeting Meeting(string date, NextMeeting? next) =>
        new(date, date + ".md", "", 1) { Date = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), NextMeeting = next };
}
