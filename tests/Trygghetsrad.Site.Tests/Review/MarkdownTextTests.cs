using CsCheck;
using Trygghetsrad.Site.Review;
using Trygghetsrad.Site.Topics;

namespace Trygghetsrad.Site.Tests.Review;

/// <summary>Editors' text in the pull request's summary shows as written, never as Markdown or HTML.</summary>
public sealed class MarkdownTextTests
{
    /// <summary>Text an editor could write in a name, a place, a heading or the minutes.</summary>
    public static TheoryData<string> Hostile => new()
    {
        "Sal | 3 || tom cell |",
        "[klicka här](https://exempel.invalid) och ![bild](x.png) och <https://exempel.invalid>",
        "`kod` och ``dubbel ` kod`` och ```",
        "<img src=x onerror=alert(1)> <script>alert(1)</script> <!-- kommentar -->",
        "**fet** __fet__ *kursiv* _kursiv_ ~~struken~~ ==markerad==",
        "# rubrik",
        "- lista\n1. numrerad\n> citat\n---",
        "&amp; &lt;b&gt; &#60;",
        "sista tecknet \\",
        "rad ett  \nrad två\r\n\ttabb",
        "www.exempel.invalid och https://exempel.invalid och @någon och #12 och :smile:",
        "{.klass} $x$ ^upp^ ~ned~ ++in++ [^1] [ ] :::",
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Escaped_text_is_one_paragraph_of_exactly_that_text(string text)
    {
        var paragraph = Assert.Single(RenderedMarkdown.Parse(MarkdownText.Escape(text)).Body!.Children);

        Assert.Equal("P", paragraph.TagName);
        Assert.Empty(paragraph.Children);
        Assert.Equal(RenderedMarkdown.Words(text), paragraph.TextContent);
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Escaped_text_stays_in_its_table_cell(string text)
    {
        var escaped = MarkdownText.Escape(text);
        var document = RenderedMarkdown.Parse($"| Rad | Meddelande |\n|---:|---|\n| 3 | {escaped} |\n| 4 | {escaped} |\n");

        var rows = document.QuerySelectorAll("tbody tr");
        Assert.Equal(2, rows.Length);
        Assert.All(rows, row =>
        {
            Assert.Equal(2, row.Children.Length);
            Assert.Empty(row.Children[1].Children);
            Assert.Equal(RenderedMarkdown.Words(text), row.Children[1].TextContent);
        });
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Code_is_one_code_span_of_exactly_that_text(string text)
    {
        var paragraph = Assert.Single(RenderedMarkdown.Parse("Filen " + MarkdownText.Code(text) + " blir sidan.").Body!.Children);

        var code = Assert.Single(paragraph.Children);
        Assert.Equal("CODE", code.TagName);
        Assert.Equal(RenderedMarkdown.Words(text), code.TextContent);
        Assert.Equal($"Filen {code.TextContent} blir sidan.", paragraph.TextContent);
    }

    [Fact]
    public void Any_text_escapes_to_itself()
    {
        var texts = Gen.String[Gen.Char["|[]()`*_<>#!\\&;~:-+.=^{}$@\"' \n\taåZ19"], 1, 30];
        texts.Sample(text =>
        {
            var words = RenderedMarkdown.Words(text);
            var body = RenderedMarkdown.Parse(MarkdownText.Escape(text)).Body!;
            return words.Length == 0
                ? body.Children.Length == 0
                : body.Children.Length == 1 && body.Children[0].Children.Length == 0 && body.Children[0].TextContent == words;
        });
    }

    [Fact]
    public void Any_text_is_its_own_code_span()
    {
        var texts = Gen.String[Gen.Char["`|\\ *_<a1"], 1, 20];
        texts.Sample(text =>
        {
            var words = RenderedMarkdown.Words(text);
            var code = RenderedMarkdown.Parse("x " + MarkdownText.Code(text)).QuerySelector("code");
            return words.Length == 0 ? code is null : code?.TextContent == words;
        });
    }

    [Fact]
    public void Marked_runs_are_bold_and_the_rest_is_escaped()
    {
        const string Passage = "Klottret på `väggen` [sanerades](x) | och *motorburen ungdom* syntes.";
        var marks = new[] { new TextRange(0, 8), new TextRange(Passage.IndexOf("motorburen", StringComparison.Ordinal), "motorburen ungdom".Length) };

        var paragraph = Assert.Single(RenderedMarkdown.Parse(MarkdownText.Marked(Passage, marks)).Body!.Children);

        Assert.Equal(Passage, paragraph.TextContent);
        Assert.Equal(["Klottret", "motorburen ungdom"], paragraph.Children.Select(c => c.TagName == "STRONG" ? c.TextContent : "?"));
    }
}
