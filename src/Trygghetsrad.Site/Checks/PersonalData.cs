namespace Trygghetsrad.Site.Checks;

/// <summary>The kinds of personal data <c>check</c> stops before publication.</summary>
public enum PersonalDataKind
{
    /// <summary>A Swedish personnummer (real date, valid check digit).</summary>
    Personnummer,

    /// <summary>A samordningsnummer: a personnummer whose day has 60 added.</summary>
    Samordningsnummer,

    /// <summary>A Swedish phone number.</summary>
    PhoneNumber,

    /// <summary>An e-mail address outside the allowed domains.</summary>
    Email,
}

/// <summary>One piece of personal data found in a file.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Text">The text as written, e.g. "070-123 45 67".</param>
/// <param name="Key">The form exceptions are compared in: digits only (+46 as 0) for numbers, lower case for e-mail.</param>
/// <param name="Line">1-based file line.</param>
/// <param name="Column">1-based column.</param>
public sealed record PersonalDataFinding(PersonalDataKind Kind, string Text, string Key, int Line, int Column);
