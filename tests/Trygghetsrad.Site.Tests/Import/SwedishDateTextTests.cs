using Trygghetsrad.Site.Import;

namespace Trygghetsrad.Site.Tests.Import;

public sealed class SwedishDateTextTests
{
    [Theory]
    [InlineData("2021-09-15 klockan 17.30-19.00", "2021-09-15", "17:30", "19:00")]
    [InlineData("15 september 2021 kl. 17.30–19.00", "2021-09-15", "17:30", "19:00")]
    [InlineData("onsdag 15 september 2021, kl 17:30 - 19:00", "2021-09-15", "17:30", "19:00")]
    [InlineData("Onsdagen den 15 sept. 2021 klockan 17.30 till 19.00", "2021-09-15", "17:30", "19:00")]
    [InlineData("15 sep 2021 kl. 9.00", "2021-09-15", "09:00", null)]
    public void DateAndTimes_AreRead(string text, string date, string start, string? end)
    {
        var found = SwedishDateText.FindDate(text);
        var times = SwedishDateText.FindTimes(text, found);

        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), found!.Date);
        Assert.Equal(TimeOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), times!.Start);
        Assert.Equal(end is null ? null : TimeOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), times.End);
        Assert.Equal("", SwedishDateText.Leftover(text, found, times));
    }

    [Theory]
    [InlineData("2021-09-15", "Onsdag 17 november, klockan 17.30-19.30, digitalt", "2021-11-17", "digitalt")]
    [InlineData("2021-11-17", "onsdag 19 januari kl. 18.00, Kommunhuset", "2022-01-19", "Kommunhuset")]
    [InlineData("2021-09-15", "15 september", "2022-09-15", "")]
    public void DateWithoutYear_IsTheFirstSuchDateAfterTheMeeting(string meeting, string text, string expected, string leftover)
    {
        var found = SwedishDateText.FindDate(text, DateOnly.Parse(meeting, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), found!.Date);
        Assert.False(found.YearGiven);
        Assert.Equal(leftover, SwedishDateText.Leftover(text, found, SwedishDateText.FindTimes(text, found)));
    }

    [Theory]
    [InlineData("17 november")]
    [InlineData("31 november 2021")]
    [InlineData("Meddelas senare")]
    [InlineData("2021-13-01")]
    public void Unreadable_GivesNoDate(string text) => Assert.Null(SwedishDateText.FindDate(text));
}
