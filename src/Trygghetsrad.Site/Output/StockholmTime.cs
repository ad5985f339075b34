using NodaTime;

namespace Trygghetsrad.Site.Output;

/// <summary>
/// Meeting times are local to Hallstahammar. The offsets come from NodaTime's bundled time zone database
/// (not the machine's), so every build machine writes the same bytes.
/// </summary>
public static class StockholmTime
{
    /// <summary>The IANA id used in the calendar's VTIMEZONE.</summary>
    public const string ZoneId = "Europe/Stockholm";

    private static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb[ZoneId];

    /// <summary>The date at <paramref name="time"/> (midnight when null) in Stockholm, with its offset.</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly? time = null)
    {
        var t = time ?? TimeOnly.MinValue;
        var local = new LocalDateTime(date.Year, date.Month, date.Day, t.Hour, t.Minute);
        return Zone.AtLeniently(local).ToDateTimeOffset();
    }

    /// <summary>The date in Stockholm at <paramref name="secondsSinceEpoch"/> (seconds since 1970-01-01 UTC).</summary>
    public static DateOnly DateAt(long secondsSinceEpoch)
    {
        var local = Instant.FromUnixTimeSeconds(secondsSinceEpoch).InZone(Zone).Date;
        return new DateOnly(local.Year, local.Month, local.Day);
    }
}
