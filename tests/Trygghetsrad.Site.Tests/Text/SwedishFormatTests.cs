using Trygghetsrad.Site.Text;

namespace Trygghetsrad.Site.Tests.Text;

public sealed class SwedishFormatTests
{
    [Theory]
    [InlineData(2021, 9, 15, "onsdag 15 september 2021")]
    [InlineData(2021, 11, 17, "onsdag 17 november 2021")]
    [InlineData(2024, 2, 29, "torsdag 29 februari 2024")]
    [InlineData(2022, 1, 2, "söndag 2 januari 2022")]
    [InlineData(2023, 5, 6, "lördag 6 maj 2023")]
    [InlineData(2025, 12, 1, "måndag 1 december 2025")]
    public void Dates_have_swedish_weekday_and_month_in_lower_case(int year, int month, int day, string expected) =>
        Assert.Equal(expected, SwedishFormat.DateWithWeekday(new DateOnly(year, month, day)));

    [Fact]
    public void Times_use_a_dot_and_ranges_an_en_dash()
    {
        Assert.Equal("kl. 17.30–19.00", SwedishFormat.TimeRange(new TimeOnly(17, 30), new TimeOnly(19, 0)));
        Assert.Equal("kl. 09.05", SwedishFormat.TimeRange(new TimeOnly(9, 5), null));
        Assert.Equal("", SwedishFormat.TimeRange(null, null));
    }

    [Fact]
    public void Machine_readable_forms_are_iso()
    {
        Assert.Equal("2021-09-15", SwedishFormat.IsoDate(new DateOnly(2021, 9, 15)));
        Assert.Equal("2021-09-15T17:30", SwedishFormat.IsoDateTime(new DateOnly(2021, 9, 15), new TimeOnly(17, 30)));
    }

    [Fact]
    public void Names_sort_the_swedish_way()
    {
        string[] names = ["Övrigt", "Ärende", "Zon", "Åtgärd", "Anmälan"];
        Assert.Equal(["Anmälan", "Zon", "Åtgärd", "Ärende", "Övrigt"], names.Order(SwedishCollation.Comparer));
    }
}
