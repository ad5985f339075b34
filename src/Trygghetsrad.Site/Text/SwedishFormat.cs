using System.Globalization;

namespace Trygghetsrad.Site.Text;

/// <summary>
/// Swedish dates and times as the kommun writes them: "onsdag 15 september 2021", "kl. 17.30–19.00".
/// The names are spelled out here rather than taken from ICU so output never depends on the machine's locale data.
/// </summary>
public static class SwedishFormat
{
    private static readonly string[] Months =
    [
        "januari", "februari", "mars", "april", "maj", "juni",
        "juli", "augusti", "september", "oktober", "november", "december",
    ];

    private static readonly string[] Weekdays =
    [
        "söndag", "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag",
    ];

    /// <summary>The month's name, lower case: 9 → "september".</summary>
    public static string MonthName(int month) => Months[month - 1];

    /// <summary>The weekday's name, lower case.</summary>
    public static string WeekdayName(DayOfWeek day) => Weekdays[(int)day];

    /// <summary>"15 september 2021".</summary>
    public static string Date(DateOnly date) =>
        $"{date.Day.ToString(CultureInfo.InvariantCulture)} {MonthName(date.Month)} {date.Year.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>"onsdag 15 september 2021".</summary>
    public static string DateWithWeekday(DateOnly date) => $"{WeekdayName(date.DayOfWeek)} {Date(date)}";

    /// <summary>"17.30".</summary>
    public static string Time(TimeOnly time) => time.ToString("HH'.'mm", CultureInfo.InvariantCulture);

    /// <summary>"kl. 17.30–19.00", "kl. 17.30", or empty when no start is known.</summary>
    public static string TimeRange(TimeOnly? start, TimeOnly? end) => (start, end) switch
    {
        ({ } s, { } e) => $"kl. {Time(s)}–{Time(e)}",
        ({ } s, null) => $"kl. {Time(s)}",
        (null, { } e) => $"till kl. {Time(e)}",
        _ => "",
    };

    /// <summary>ISO date for <c>&lt;time datetime&gt;</c>: "2021-09-15".</summary>
    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>ISO local date-time for <c>&lt;time datetime&gt;</c>: "2021-09-15T17:30".</summary>
    public static string IsoDateTime(DateOnly date, TimeOnly time) =>
        $"{IsoDate(date)}T{time.ToString("HH':'mm", CultureInfo.InvariantCulture)}";
}
