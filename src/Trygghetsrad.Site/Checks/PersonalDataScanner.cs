using System.Text;
using System.Text.RegularExpressions;

namespace Trygghetsrad.Site.Checks;

/// <summary>
/// Finds personal data in a file's text, line by line: personnummer and samordningsnummer, Swedish phone
/// numbers and e-mail addresses outside the allowed domains. Scans every line — front matter, YAML comments
/// and Markdown alike — because the file itself is public in the repository, not only the page. Immutable; thread-safe.
/// </summary>
public sealed partial class PersonalDataScanner
{
    private readonly IReadOnlyList<string> _allowedDomains;
    private readonly IReadOnlySet<string> _allowedAddresses;

    /// <summary>Creates a scanner that lets through e-mail in <paramref name="allowedDomains"/> (and their subdomains) and the listed addresses.</summary>
    public PersonalDataScanner(IEnumerable<string> allowedDomains, IEnumerable<string> allowedAddresses)
    {
        _allowedDomains = allowedDomains.Select(d => d.ToLowerInvariant()).ToList();
        _allowedAddresses = allowedAddresses.Select(a => a.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Every finding in <paramref name="text"/>, in reading order.</summary>
    public IReadOnlyList<PersonalDataFinding> Scan(string text)
    {
        var findings = new List<PersonalDataFinding>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            ScanLine(lines[i], i + 1, findings);
        }

        return findings;
    }

    /// <summary>The form an exception or finding is compared in: lower case for e-mail, else its digits with +46/0046 as 0.</summary>
    public static string KeyOf(string written)
    {
        var trimmed = written.Trim();
        if (trimmed.Contains('@', StringComparison.Ordinal))
        {
            return trimmed.ToLowerInvariant();
        }

        var digits = new StringBuilder();
        foreach (var c in trimmed)
        {
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
        }

        var key = digits.ToString();
        if (trimmed.StartsWith('+') && key.StartsWith("46", StringComparison.Ordinal))
        {
            key = "0" + key[2..];
        }
        else if (key.StartsWith("0046", StringComparison.Ordinal))
        {
            key = "0" + key[4..];
        }

        // "+46 (0)70 …" writes the trunk zero too; drop the doubled zero.
        return key.StartsWith("00", StringComparison.Ordinal) && trimmed.Contains("(0)", StringComparison.Ordinal) ? key[1..] : key;
    }

    private void ScanLine(string line, int lineNumber, List<PersonalDataFinding> findings)
    {
        var taken = new List<(int Start, int End)>();
        bool Free(int start, int length) => !taken.Exists(t => start < t.End && start + length > t.Start);

        foreach (Match match in EmailPattern().Matches(line))
        {
            var address = match.Value.TrimEnd('.');
            var domain = match.Groups["domain"].Value.TrimEnd('.').ToLowerInvariant();
            taken.Add((match.Index, match.Index + match.Length));
            if (!_allowedAddresses.Contains(address.ToLowerInvariant())
                && !_allowedDomains.Any(d => domain == d || domain.EndsWith("." + d, StringComparison.Ordinal)))
            {
                findings.Add(new PersonalDataFinding(PersonalDataKind.Email, address, KeyOf(address), lineNumber, match.Index + 1));
            }
        }

        foreach (Match match in PersonnummerPattern().Matches(line))
        {
            var digits = match.Groups["century"].Value + match.Groups["date"].Value + match.Groups["serial"].Value;
            if (Free(match.Index, match.Length) && Personnummer.Classify(digits) is { } kind)
            {
                taken.Add((match.Index, match.Index + match.Length));
                findings.Add(new PersonalDataFinding(kind, match.Value, KeyOf(match.Value), lineNumber, match.Index + 1));
            }
        }

        foreach (Match match in PhoneCandidatePattern().Matches(line))
        {
            if (!Free(match.Index, match.Length))
            {
                continue;
            }

            var number = LongestPhoneNumber(match.Value);
            if (number is not null)
            {
                taken.Add((match.Index, match.Index + number.Length));
                findings.Add(new PersonalDataFinding(PersonalDataKind.PhoneNumber, number, KeyOf(number), lineNumber, match.Index + 1));
            }
        }

        findings.Sort((a, b) => a.Column.CompareTo(b.Column));
    }

    /// <summary>
    /// The longest run of the candidate's digit groups that reads as a Swedish number: 8–10 digits from the
    /// trunk zero, at most one '-' and only after the area code. Dates such as 01-02-2021 have two dashes and
    /// are left alone; a count following the number ("070-123 45 67 12 st") is trimmed off.
    /// </summary>
    private static string? LongestPhoneNumber(string candidate)
    {
        var groups = GroupPattern().Matches(candidate).Select(m => (m.Index, m.Length)).ToList();
        for (var count = groups.Count; count >= 1; count--)
        {
            var (index, length) = groups[count - 1];
            var text = candidate[..(index + length)];
            var digits = KeyOf(text).Length;
            var dashes = text.Count(c => c == '-');
            var dashAfterFirstGroup = dashes == 0 || (count > 1 && text[groups[1].Index] == '-' && dashes == 1);
            if (digits is >= 8 and <= 10 && dashAfterFirstGroup && KeyOf(text)[1] != '0')
            {
                return text;
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?<![\w.%+-])[\w.%+-]+@(?<domain>[\w-]+(\.[\w-]+)+)", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"(?<![\d\w])(?<century>\d{2})?(?<date>\d{6})[-+]?(?<serial>\d{4})(?![\d\w])", RegexOptions.CultureInvariant)]
    private static partial Regex PersonnummerPattern();

    [GeneratedRegex(@"(?<![\w+./:,-])(\+46|0046|0)( ?\(0\))?[ -]?\d+([ -]\d+)*(?![\w])", RegexOptions.CultureInvariant)]
    private static partial Regex PhoneCandidatePattern();

    // The prefix "+46 (0)" counts as one group so a dash between it and the area code is not the subscriber dash.
    [GeneratedRegex(@"(\+46|0046)?( ?\(0\))?[ -]?\d+", RegexOptions.CultureInvariant)]
    private static partial Regex GroupPattern();
}
