using Trygghetsrad.Site.Checks;

namespace Trygghetsrad.Site.Tests.Checks;

public sealed class PersonnummerTests
{
    [Theory]
    [InlineData("1212121212", PersonalDataKind.Personnummer)]
    [InlineData("191212121212", PersonalDataKind.Personnummer)]
    [InlineData("8507091232", PersonalDataKind.Personnummer)]
    [InlineData("7010632383", PersonalDataKind.Samordningsnummer)]
    [InlineData("197010632383", PersonalDataKind.Samordningsnummer)]
    public void Valid_numbers_are_recognised(string digits, PersonalDataKind kind) =>
        Assert.Equal(kind, Personnummer.Classify(digits));

    [Theory]
    [InlineData("1234567897")] // no such month (34)
    [InlineData("8502301230")] // 30 February
    [InlineData("8513011232")] // month 13
    [InlineData("8500011237")] // month 0
    [InlineData("8507001231")] // day 0
    [InlineData("8532071233")] // month 32
    [InlineData("198502301230")] // 30 February, with the century
    public void Dates_that_do_not_exist_are_not_numbers_even_with_a_valid_check_digit(string digits)
    {
        // The check digit is right, so only the date check can refuse these.
        Assert.True(Personnummer.LuhnValid(digits.AsSpan(digits.Length - 10)));
        Assert.Null(Personnummer.Classify(digits));
    }

    [Theory]
    [InlineData("8507091233")] // bad check digit
    [InlineData("210709123")] // nine digits
    [InlineData("218507091232")] // century 21
    [InlineData("0701234567")] // a phone number, not a valid check digit
    public void Other_numbers_are_not(string digits) =>
        Assert.Null(Personnummer.Classify(digits));

    [Fact]
    public void Leap_day_counts_in_either_century() =>
        Assert.Equal(PersonalDataKind.Personnummer, Personnummer.Classify("0002291235"));
}
