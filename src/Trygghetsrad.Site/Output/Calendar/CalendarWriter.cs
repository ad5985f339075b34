using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Trygghetsrad.Site.Config;
using Trygghetsrad.Site.Rendering;
using Trygghetsrad.Site.Text;

namespace Trygghetsrad.Site.Output.Calendar;

/// <summary>
/// Writes <c>/kalender.ics</c> (RFC 5545) with the upcoming meetings, in Europe/Stockholm time with its
/// VTIMEZONE. UIDs come from the meeting's date and the site's host, so a calendar that subscribes keeps one
/// event per meeting across rebuilds; DTSTAMP is the announcing meeting's date, never the build time.
/// </summary>
public sealed class CalendarWriter(SiteConfig site, SiteUrls urls, AbsoluteUrls absolute)
{
    // Sweden's summer-time rules have been the same since 1996.
    private static readonly DateOnly RulesFrom = new(2000, 1, 1);

    /// <summary>The calendar's product id.</summary>
    public const string ProductId = "-//Hallstahammars kommun//Trygghetsradets arkiv//SV";

    /// <summary>Writes the calendar.</summary>
    public void Write(UpcomingMeetings upcoming, SiteOutput output) =>
        output.WriteText(urls.OutputPathFor(urls.Calendar), Serialize(upcoming));

    /// <summary>The calendar as iCalendar text.</summary>
    public string Serialize(UpcomingMeetings upcoming)
    {
        var calendar = new Ical.Net.Calendar { ProductId = ProductId };
        calendar.AddProperty("X-WR-CALNAME", $"{site.MeetingTitle} – {site.Organisation}");
        calendar.AddProperty("X-WR-TIMEZONE", StockholmTime.ZoneId);
        if (upcoming.Events.Count > 0)
        {
            // Rules valid from the first event on, or from a fixed date in the past when that comes later:
            // Ical.Net reads the zone's rules from the given date up to today and throws when the date lies
            // in the future, and a fixed start keeps the file independent of the day it is built.
            var first = upcoming.Events[0].Next.Date;
            var earliest = (first < RulesFrom ? first : RulesFrom).ToDateTime(TimeOnly.MinValue);
            calendar.AddTimeZone(VTimeZone.FromDateTimeZone(StockholmTime.ZoneId, earliest, includeHistoricalData: false));
        }
        foreach (var (next, announcedIn) in upcoming.Events)
        {
            var page = absolute.For(urls.Meeting(announcedIn.Slug));
            var calendarEvent = new CalendarEvent
            {
                Uid = $"{SwedishFormat.IsoDate(next.Date)}.trygghetsrad@{absolute.Host}",
                DtStamp = new CalDateTime(announcedIn.Date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)),
                DtStart = next.Start is { } start
                    ? new CalDateTime(next.Date, start, StockholmTime.ZoneId)
                    : new CalDateTime(next.Date),
                Summary = $"{site.MeetingTitle} – {site.Organisation}",
                Location = next.Location,
                Url = new Uri(page),
                Description = $"Nästa möte enligt anteckningarna från {SwedishFormat.Date(announcedIn.Date)}: {page}",
            };
            if (next.Start is not null && next.End is { } end)
            {
                calendarEvent.DtEnd = new CalDateTime(next.Date, end, StockholmTime.ZoneId);
            }

            calendar.Events.Add(calendarEvent);
        }

        return new CalendarSerializer().SerializeToString(calendar)!;
    }
}
