using System.Globalization;

namespace Trygghetsrad.Site.Text;

/// <summary>
/// How one language writes a date and a meeting's time on a page: Swedish as <see cref="SwedishFormat"/> writes it
/// (the site's own language, which feeds, calendar and command line share), another language with the words and
/// patterns of its string table's <c>dates</c> (see <see cref="Rendering.StringTable"/>): "keskiviikkona
/// 15. syyskuuta 2021", "klo 17.30–19.00". Immutable.
/// </summary>
public sealed class DateWriting
{
    private readonly Func<DateOnly, string> _date;
    private readonly Func<DateOnly, string> _dateWithWeekday;
    private readonly Func<TimeOnly?, TimeOnly?, string> _timeRange;

    private DateWriting(Func<DateOnly, string> date, Func<DateOnly, string> dateWithWeekday, Func<TimeOnly?, TimeOnly?, string> timeRange)
    {
        _date = date;
        _dateWithWeekday = dateWithWeekday;
        _timeRange = timeRange;
    }

    /// <summary>Swedish, as every page in the site's language writes it.</summary>
    public static DateWriting Swedish { get; } = new(SwedishFormat.Date, SwedishFormat.DateWithWeekday, SwedishFormat.TimeRange);

    /// <summary>"15 september 2021", "15. syyskuuta 2021".</summary>
    public string Date(DateOnly date) => _date(date);

    /// <summary>"onsdag 15 september 2021", "keskiviikkona 15. syyskuuta 2021".</summary>
    public string DateWithWeekday(DateOnly date) => _dateWithWeekday(date);

    /// <summary>"kl. 17.30–19.00", "klo 17.30"; empty when no start is known.</summary>
    public string TimeRange(TimeOnly? start, TimeOnly? end) => _timeRange(start, end);

    /// <summary>
    /// A language's writing from its words: <paramref name="months"/> January first, <paramref name="weekdays"/>
    /// Monday first, as they stand in a date, and patterns with the placeholders {day}, {month}, {year} and
    /// {weekday} (dates) or {start} and {end} (times, written 17.30).
    /// </summary>
    public static DateWriting FromWords(IReadOnlyList<string> months, IReadOnlyList<string> weekdays, string date, string dateWithWeekday, string time, string timeRange)
    {
        if (months.Count != 12 || weekdays.Count != 7)
        {
            throw new ArgumentException("twelve months and seven weekdays are needed");
        }

        string Fill(string pattern, DateOnly d) => pattern
            .Replace("{day}", d.Day.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{month}", months[d.Month - 1], StringComparison.Ordinal)
            .Replace("{year}", d.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{weekday}", weekdays[((int)d.DayOfWeek + 6) % 7], StringComparison.Ordinal);

        return new DateWriting(
            d => Fill(date, d),
            d => Fill(dateWithWeekday, d),
            (start, end) => (start, end) switch
            {
                ({ } s, { } e) => timeRange.Replace("{start}", SwedishFormat.Time(s), StringComparison.Ordinal).Replace("{end}", SwedishFormat.Time(e), StringComparison.Ordinal),
                ({ } s, null) => time.Replace("{start}", SwedishFormat.Time(s), StringComparison.Ordinal),
                _ => "",
            });
    }
}
