using System.Globalization;
using System.Text.RegularExpressions;
using Trygghetsrad.Site.Text;

namespace Trygghetsrad.Site.Import;

/// <summary>
/// Reads dates and times the way old minutes wrote them: "2021-09-15 klockan 17.30-19.00",
/// "onsdag 15 september 2021 kl. 17.30–19.00", "Onsdag 17 november, klockan 17.30-19.30".
/// </summary>
public static partial class SwedishDateText
{
    /// <summary>A date found in a text, and the part of the text it was read from.</summary>
    /// <param name="Date">The date.</param>
    /// <param name="Index">Where the date's text starts.</param>
    /// <param name="Length">The date text's length.</param>
    /// <param name="YearGiven">False when the year was inferred.</param>
    /// <param name="Weekday">The weekday named in the text, if any.</param>
    public sealed record DateMatch(DateOnly Date, int Index, int Length, bool YearGiven, DayOfWeek? Weekday);

    /// <summary>Times found in a text and the part of the text they were read from.</summary>
    public sealed record TimeMatch(TimeOnly Start, TimeOnly? End, int Index, int Length);

    /// <summary>
    /// Finds the first date in <paramref name="text"/>. A date without year gets the first year that puts it
    /// after <paramref name="after"/> (a next meeting lies after the meeting announcing it); without
    /// <paramref name="after"/> such a date is not read.
    /// </summary>
    public static DateMatch? FindDate(string text, DateOnly? after = null)
    {
        var iso = IsoDate().Match(text);
        if (iso.Success && TryDate(Int(iso, "y"), Int(iso, "m"), Int(iso, "d"), out var isoDate))
        {
            return new DateMatch(isoDate, iso.Index, iso.Length, true, null);
        }

        foreach (Match m in WrittenDate().Matches(text))
        {
            var month = Month(m.Groups["month"].Value);
            if (month is null)
            {
                continue;
            }

            var day = Int(m, "d");
            DayOfWeek? weekday = m.Groups["weekday"].Success ? Weekday(m.Groups["weekday"].Value) : null;
            if (m.Groups["y"].Success)
            {
                if (TryDate(Int(m, "y"), month.Value, day, out var written))
                {
                    return new DateMatch(written, m.Index, m.Length, true, weekday);
                }

                continue;
            }

            if (after is { } reference)
            {
                for (var year = reference.Year; year <= reference.Year + 1; year++)
                {
                    if (TryDate(year, month.Value, day, out var inferred) && inferred > reference)
                    {
                        return new DateMatch(inferred, m.Index, m.Length, false, weekday);
                    }
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Finds a time or a time range: "klockan 17.30-19.00", "kl. 17:30–19:30", "17.30 till 19.00", outside the
    /// date already found (so "2021-09-15" is never read as a time).
    /// </summary>
    public static TimeMatch? FindTimes(string text, DateMatch? date = null)
    {
        var m = TimeRange().Match(Blank(text, date is null ? [] : [(date.Index, date.Length)]));
        if (!m.Success || !TryTime(m.Groups["h1"].Value, m.Groups["m1"].Value, out var start))
        {
            return null;
        }

        TimeOnly? end = null;
        if (m.Groups["h2"].Success)
        {
            if (!TryTime(m.Groups["h2"].Value, m.Groups["m2"].Value, out var e))
            {
                return null;
            }

            end = e;
        }

        return new TimeMatch(start, end, m.Index, m.Length);
    }

    /// <summary>What is left of the text once the date and times are taken out: split at commas, trimmed, filler words dropped.</summary>
    public static string Leftover(string text, DateMatch? date, TimeMatch? times)
    {
        var ranges = new List<(int, int)>();
        if (date is not null)
        {
            ranges.Add((date.Index, date.Length));
        }

        if (times is not null)
        {
            ranges.Add((times.Index, times.Length));
        }

        var parts = Blank(text, ranges).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Trim(' ', '.', ';', '–', '-'))
            .Where(p => p.Length > 0 && !FillerWord().IsMatch(p));
        return string.Join(", ", parts);
    }

    // Commas in place of the ranges: they then separate what was around them, like the commas of the text.
    private static string Blank(string text, IEnumerable<(int Index, int Length)> ranges)
    {
        var chars = text.ToCharArray();
        foreach (var (index, length) in ranges)
        {
            chars.AsSpan(index, length).Fill(',');
        }

        return new string(chars);
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    private static bool TryDate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool TryTime(string hours, string minutes, out TimeOnly time)
    {
        time = default;
        var h = int.Parse(hours, CultureInfo.InvariantCulture);
        var m = minutes.Length == 0 ? 0 : int.Parse(minutes, CultureInfo.InvariantCulture);
        if (h > 23 || m > 59)
        {
            return false;
        }

        time = new TimeOnly(h, m);
        return true;
    }

    private static int? Month(string name)
    {
        // Full names and abbreviations of at least three letters: "september", "sept.", "nov".
        var folded = TextFolding.Fold(name.TrimEnd('.'));
        for (var month = 1; month <= 12; month++)
        {
            if (folded.Length >= 3 && TextFolding.Fold(SwedishFormat.MonthName(month)).StartsWith(folded, StringComparison.Ordinal))
            {
                return month;
            }
        }

        return null;
    }

    private static DayOfWeek? Weekday(string name)
    {
        var folded = TextFolding.Fold(name);
        foreach (var day in Enum.GetValues<DayOfWeek>())
        {
            if (TextFolding.Fold(SwedishFormat.WeekdayName(day)) == folded)
            {
                return day;
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?<!\d)(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})(?!\d)")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"(?:(?<weekday>måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?\s*,?\s+(?:den\s+)?)?(?<!\d)(?<d>\d{1,2})(?::[ae])?\s+(?<month>[a-zåäö]{3,9}\.?)(?:\s+(?<y>\d{4}))?(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WrittenDate();

    [GeneratedRegex(@"(?:\b(?:klockan|kl)\.?\s*)?(?<!\d)(?<h1>\d{1,2})[.:](?<m1>\d{2})(?:\s*(?:-|–|—|till)\s*(?:kl\.?\s*)?(?<h2>\d{1,2})[.:](?<m2>\d{2}))?(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimeRange();

    [GeneratedRegex(@"^(?:klockan|kl|den|och|i)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FillerWord();
}
