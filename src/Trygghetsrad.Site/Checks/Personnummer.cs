namespace Trygghetsrad.Site.Checks;

/// <summary>
/// Tells Swedish personnummer and samordningsnummer from other digits: the date must exist (a
/// samordningsnummer adds 60 to the day) and the last digit must be the Luhn check digit of the ten
/// digits YYMMDDNNN, so a random ten-digit number passes only by one chance in ten times the date odds.
/// </summary>
public static class Personnummer
{
    /// <summary>The kind of number <paramref name="digits"/> (10 or 12 digits, separators removed) is, or null when it is neither.</summary>
    public static PersonalDataKind? Classify(ReadOnlySpan<char> digits)
    {
        if (digits.Length is not (10 or 12))
        {
            return null;
        }

        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return null;
            }
        }

        int? century = digits.Length == 12 ? Number(digits[..2]) : null;
        if (century is not (null or 18 or 19 or 20))
        {
            return null;
        }

        var ten = digits[^10..];
        var year = Number(ten[..2]);
        var month = Number(ten[2..4]);
        var day = Number(ten[4..6]);
        var kind = PersonalDataKind.Personnummer;
        if (day > 60)
        {
            day -= 60;
            kind = PersonalDataKind.Samordningsnummer;
        }

        if (month is < 1 or > 12 || day < 1)
        {
            return null;
        }

        int[] centuries = century is { } c2 ? [c2] : [19, 20];
        var realDate = centuries.Any(c => day <= DateTime.DaysInMonth(c * 100 + year, month));
        return realDate && LuhnValid(ten) ? kind : null;
    }

    /// <summary>True when the last digit is the Luhn check digit of the others (weights 2, 1, 2, … from the left).</summary>
    public static bool LuhnValid(ReadOnlySpan<char> tenDigits)
    {
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            var product = (tenDigits[i] - '0') * (i % 2 == 0 ? 2 : 1);
            sum += product > 9 ? product - 9 : product;
        }

        return (10 - sum % 10) % 10 == tenDigits[9] - '0';
    }

    private static int Number(ReadOnlySpan<char> digits) => int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
}
