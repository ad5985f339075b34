using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Tests.Infrastructure;

namespace Trygghetsrad.Site.Tests.Config;

/// <summary>Errors in site.yml and topics.yml: message and location.</summary>
public sealed class ConfigErrorTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    private Diagnostic Error() => Diagnose.SingleError(Diagnose.Content(_content.Content));

    [Theory]
    [InlineData("site.yml", "name: Arkivet\nbase_path: [/arkiv/\nlanguage: sv\n", 3)]
    [InlineData("topics.yml", "- slug: klotter\n  name: Klotter\n  match: [klotter\n  description: A\n", 4)]
    [InlineData("topics.yml", "- {slug: klotter, name: Klotter\n- slug: annat\n", 2)]
    public void Unclosed_list_or_mapping_is_reported_where_the_scanner_stopped(string file, string text, int lastLine)
    {
        _content.Write(file, text);
        var error = Diagnose.Content(_content.Content).First(d => d.Severity == Severity.Error);
        Assert.EndsWith(file, error.Location.Path, StringComparison.Ordinal);
        Assert.StartsWith("ogiltig YAML: ", error.Message, StringComparison.Ordinal);
        Assert.InRange(error.Location.Line, 1, lastLine + 1);
    }

    [Fact]
    public void Duplicate_topic_slug_is_reported_at_the_second()
    {
        _content.Write("topics.yml", "- slug: klotter\n  name: Klotter\n  description: A\n  match: [klotter]\n- slug: klotter\n  name: Klotter igen\n  description: B\n  match: [klotter]\n");
        var error = Error();
        Assert.EndsWith("topics.yml", error.Location.Path, StringComparison.Ordinal);
        Assert.Equal((5, 9), (error.Location.Line, error.Location.Column));
        Assert.Equal("ämnet 'klotter' finns redan (rad 1)", error.Message);
    }

    [Fact]
    public void Topic_slug_with_capitals_or_diacritics_is_reported_with_a_suggestion()
    {
        _content.Write("topics.yml", "- slug: Nattvandring Ö\n  name: Nattvandring\n  description: A\n  match: [nattvandring]\n");
        var error = Error();
        Assert.Equal((1, 9), (error.Location.Line, error.Location.Column));
        Assert.Equal("sluggen 'Nattvandring Ö' får bara ha a–z, 0–9 och bindestreck (förslag: 'nattvandring-o')", error.Message);
    }

    [Fact]
    public void Topic_without_match_words_is_reported()
    {
        _content.Write("topics.yml", "- slug: klotter\n  name: Klotter\n  description: A\n");
        var error = Error();
        Assert.Equal((1, 3), (error.Location.Line, error.Location.Column));
        Assert.Equal("'match' saknas – ange minst ett ord som hittar ämnet i anteckningarna", error.Message);
    }

    [Fact]
    public void Site_base_url_must_be_absolute()
    {
        var site = File.ReadAllText(Path.Combine(_content.Content, "site.yml")).Replace("base_url: https://www.hallstahammar.se", "base_url: www.hallstahammar.se", StringComparison.Ordinal);
        _content.Write("site.yml", site);
        var error = Error();
        Assert.EndsWith("site.yml", error.Location.Path, StringComparison.Ordinal);
        Assert.Equal("'base_url' ska vara en absolut adress som börjar med https://, men är 'www.hallstahammar.se'", error.Message);
        Assert.Equal(7, error.Location.Line);
    }

    // Found by RobustnessTests: the footer's links were refused on every built page instead of at their line, a broken
    // url first, then (seed 5bHIokura7H1) an email that a mutation left as "kommun@hallstahamm- [Annangarna …".
    [Theory]
    [InlineData("url", "http[2024-01-17s://www.hallstahammar.se/kontakt", 13, 8, "en absolut adress som börjar med https://")]
    [InlineData("url", "www.hallstahammar.se/kontakt", 13, 8, "en absolut adress som börjar med https://")]
    [InlineData("url", "javascript:alert(1)", 13, 8, "en absolut adress som börjar med https://")]
    [InlineData("email", "kommun@hallstahamm- [Annangarna (kommunens egna). Andra", 12, 10, "en e-postadress som kommun@hallstahammar.se")]
    [InlineData("email", "kommun.hallstahammar.se", 12, 10, "en e-postadress som kommun@hallstahammar.se")]
    [InlineData("email", "kommun@", 12, 10, "en e-postadress som kommun@hallstahammar.se")]
    [InlineData("email", "kommun@hallstahammar", 12, 10, "en e-postadress som kommun@hallstahammar.se")]
    public void A_contact_address_that_breaks_its_link_is_reported_in_site_yml_not_on_every_page(string key, string value, int line, int column, string what)
    {
        var site = File.ReadAllText(Path.Combine(_content.Content, "site.yml"));
        var original = site.Split('\n').Single(l => l.StartsWith($"  {key}: ", StringComparison.Ordinal));
        _content.Write("site.yml", site.Replace(original, $"  {key}: {value}", StringComparison.Ordinal));

        var error = Error();

        Assert.EndsWith("site.yml", error.Location.Path, StringComparison.Ordinal);
        Assert.Equal((line, column), (error.Location.Line, error.Location.Column));
        Assert.Equal($"'{key}' i contact ska vara {what}, men är '{value}'", error.Message);
    }

    [Fact]
    public void Unknown_key_in_site_yml_is_reported()
    {
        _content.Write("site.yml", File.ReadAllText(Path.Combine(_content.Content, "site.yml")) + "colour: blue\n");
        var error = Error();
        Assert.StartsWith("okänd nyckel 'colour' i site.yml", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, error.Location.Column);
    }
}
