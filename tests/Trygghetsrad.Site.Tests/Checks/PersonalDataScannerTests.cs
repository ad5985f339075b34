using Trygghetsrad.Site.Checks;

namespace Trygghetsrad.Site.Tests.Checks;

public sealed class PersonalDataScannerTests
{
    private readonly PersonalDataScanner _scanner = new(["hallstahammar.se"], ["kommun@example.org"]);

    [Theory]
    [InlineData("Hennes nummer är 121212-1212 enligt listan.", "121212-1212", 18)]
    [InlineData("Pnr 19121212-1212.", "19121212-1212", 5)]
    [InlineData("Pnr 191212121212", "191212121212", 5)]
    [InlineData("8507091232", "8507091232", 1)]
    [InlineData("Äldre: 850709+1232", "850709+1232", 8)]
    public void Finds_personnummer(string line, string text, int column)
    {
        var finding = Assert.Single(_scanner.Scan(line));
        Assert.Equal(PersonalDataKind.Personnummer, finding.Kind);
        Assert.Equal(text, finding.Text);
        Assert.Equal((1, column), (finding.Line, finding.Column));
    }

    [Fact]
    public void Finds_samordningsnummer()
    {
        var finding = Assert.Single(_scanner.Scan("Samordningsnummer 701063-2383"));
        Assert.Equal(PersonalDataKind.Samordningsnummer, finding.Kind);
        Assert.Equal(19, finding.Column);
    }

    [Theory]
    [InlineData("Ring 070-123 45 67 efter mötet.", "070-123 45 67")]
    [InlineData("Ring 0701234567", "0701234567")]
    [InlineData("Ring +46 70 123 45 67", "+46 70 123 45 67")]
    [InlineData("Ring +46 (0)70-123 45 67", "+46 (0)70-123 45 67")]
    [InlineData("Växeln 0220-240 00.", "0220-240 00")]
    [InlineData("Tel 08-123 456 78", "08-123 456 78")]
    [InlineData("Ring 070-123 45 67 12 gånger", "070-123 45 67")]
    public void Finds_phone_numbers(string line, string text)
    {
        var finding = Assert.Single(_scanner.Scan(line));
        Assert.Equal(PersonalDataKind.PhoneNumber, finding.Kind);
        Assert.Equal(text, finding.Text);
        Assert.Equal(line.IndexOf(text, StringComparison.Ordinal) + 1, finding.Column);
    }

    [Theory]
    [InlineData("Skriv till anna.svensson@gmail.com om du vill.", "anna.svensson@gmail.com")]
    [InlineData("Kontakt: ANNA@Example.COM.", "ANNA@Example.COM")]
    public void Finds_email_outside_allowed_domains(string line, string text)
    {
        var finding = Assert.Single(_scanner.Scan(line));
        Assert.Equal(PersonalDataKind.Email, finding.Kind);
        Assert.Equal(text, finding.Text);
    }

    [Theory]
    [InlineData("Mötet hölls 2021-09-15 kl. 17.30–19.00.")]
    [InlineData("Datum 01-02-2021 och 15-09-2021")]
    [InlineData("Målgruppen 10–12 åringar, 100 000 kr, 8507091233 (fel kontrollsiffra).")]
    [InlineData("Slumpat tal 4812930571 och ordernummer 2120002023.")]
    [InlineData("Skriv till kommun@hallstahammar.se eller bygg@ks.hallstahammar.se.")]
    [InlineData("Eller kommun@example.org.")]
    [InlineData("Diarienummer KS 2021/123, postnummer 734 80, version 0.5")]
    [InlineData("date: 2021-09-15\nstart: \"17:30\"")]
    public void Leaves_ordinary_text_alone(string text) =>
        Assert.Empty(_scanner.Scan(text));

    [Fact]
    public void Reports_each_line_and_column()
    {
        var findings = _scanner.Scan("rad ett\nAnna 070-123 45 67 och a@b.se\n");
        Assert.Equal([(2, 6, PersonalDataKind.PhoneNumber), (2, 24, PersonalDataKind.Email)], findings.Select(f => (f.Line, f.Column, f.Kind)));
    }

    [Theory]
    [InlineData("070-123 45 67", "0701234567")]
    [InlineData("+46 70 123 45 67", "0701234567")]
    [InlineData("+46 (0)70-123 45 67", "0701234567")]
    [InlineData("0046 70 123 45 67", "0701234567")]
    [InlineData("Anna@Gmail.com", "anna@gmail.com")]
    public void Keys_compare_numbers_by_digits_and_email_without_case(string written, string key) =>
        Assert.Equal(key, PersonalDataScanner.KeyOf(written));
}
