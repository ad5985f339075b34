using System.Globalization;
using Trygghetsrad.Site.Output;

namespace Trygghetsrad.Site.Cli;

/// <summary>
/// The day a build is for, from SOURCE_DATE_EPOCH (the reproducible-builds convention: seconds since
/// 1970-01-01 UTC), as a date in Stockholm. The publish workflow sets it to the start of the day, so every build
/// of one day writes the same site; unset or empty, the build knows no day.
/// </summary>
public static class SourceDateEpoch
{
    /// <summary>The variable's name.</summary>
    public const string Variable = "SOURCE_DATE_EPOCH";

    /// <summary>The day <paramref name="environment"/>'s SOURCE_DATE_EPOCH falls on in Stockholm, null when unset; an error message when it is not a time.</summary>
    public static (DateOnly? Today, string? Error) Read(Func<string, string?> environment)
    {
        var value = environment(Variable);
        if (string.IsNullOrWhiteSpace(value))
        {
            return (null, null);
        }

        if (long.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            try
            {
                return (StockholmTime.DateAt(seconds), null);
            }
            catch (ArgumentOutOfRangeException)
            {
                // Beyond the years a calendar can name; reported below like any other bad value.
            }
        }

        return (null, $"{Variable} ska vara ett heltal, sekunder sedan 1970-01-01 UTC (till exempel 1767222000 för 1 januari 2026), inte '{value}'");
    }
}
