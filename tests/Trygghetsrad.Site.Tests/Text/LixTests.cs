using Trygghetsrad.Site.Checks;
using Trygghetsrad.Site.Tests.Cli;
using Trygghetsrad.Site.Tests.Infrastructure;
using Trygghetsrad.Site.Text;

namespace Trygghetsrad.Site.Tests.Text;

/// <summary>
/// LIX (läsbarhetsindex): words per sentence + 100 × long words (more than six letters) / words. Every figure below
/// is counted by hand in the comment beside it, and <c>check</c> prints the figure of every easy Swedish text and
/// warns above 30 at the text's line.
/// </summary>
public sealed class LixTests
{
    [Theory]
    // Jag|heter|Anna. Jag|bor|i|Hallstahammar. – 7 words, 2 sentences, 1 long (Hallstahammar, 13): 7/2 + 100/7 = 3.5 + 14.29 = 17.79
    [InlineData("Jag heter Anna. Jag bor i Hallstahammar.", 7, 2, 1, 17.79, 18)]
    // Förvaltningarna(15)|presenterade(12)|samverkansinsatserna(20). – 3 words, 1 sentence, 3 long: 3/1 + 100·3/3 = 103
    [InlineData("Förvaltningarna presenterade samverkansinsatserna.", 3, 1, 3, 103.0, 103)]
    // Mötet|börjar|kl. 17.30|i|dag. – Mötet, börjar, kl, 17, 30, i, dag: 7 words; "kl. " ends a sentence as LIX counts
    // periods, "17.30" does not, "dag." does: 2 sentences; no word over six letters (börjar has six): 7/2 = 3.5, rounded up
    [InlineData("Mötet börjar kl. 17.30 i dag.", 7, 2, 0, 3.5, 4)]
    // Vill|du|fråga|något? Skicka|ett|mejl! – 7 words, 2 sentences (? and !), none long: 3.5
    [InlineData("Vill du fråga något? Skicka ett mejl!", 7, 2, 0, 3.5, 4)]
    // Hon sa: ”Kom hit.” Sedan|gick|hon. – Hon, sa, Kom, hit, Sedan, gick, hon: 7 words; "sa: " and "hit.” " and "hon." end
    // sentences: 3; none long: 7/3 = 2.33
    [InlineData("Hon sa: ”Kom hit.” Sedan gick hon.", 7, 3, 0, 2.33, 2)]
    // A text without a full stop is one sentence: Trygghetsrådet(14)|är|ett|möte – 4 words, 1 sentence, 1 long: 4 + 25 = 29
    [InlineData("Trygghetsrådet är ett möte", 4, 1, 1, 29.0, 29)]
    public void Lix_of_a_text_counts_words_sentences_and_long_words(string text, int words, int sentences, int longWords, double value, int rounded)
    {
        var lix = Lix.Of(text);

        Assert.Equal((words, sentences, longWords), (lix.Words, lix.Sentences, lix.LongWords));
        Assert.Equal(value, lix.Value, 2);
        Assert.Equal(rounded, lix.Rounded);
        Assert.Equal($"LIX {rounded}", lix.ToString());
    }

    [Fact]
    public void Each_passage_ends_a_sentence_so_a_heading_without_a_full_stop_is_one()
    {
        // Vad|är|Trygghetsrådet? + Det|är|ett|möte (no stop): 7 words, 2 sentences, 1 long: 3.5 + 14.29 = 17.79
        var lix = Lix.Of(["Vad är Trygghetsrådet?", "Det är ett möte"]);

        Assert.Equal((7, 2, 1), (lix.Words, lix.Sentences, lix.LongWords));
        Assert.Equal(18, lix.Rounded);
    }

    [Fact]
    public void A_text_without_words_has_lix_0() =>
        Assert.Equal(0, Lix.Of(" – ").Value);

    [Fact]
    public void Check_prints_the_lix_of_every_easy_swedish_text_and_warns_above_30_at_its_line()
    {
        using var content = new TempContent();
        // Page: Mötet|är|i|kväll. Alla|får|komma. – 7 words, 2 sentences, none long: LIX 3.5 → 4
        content.Write("sidor/lattlast.md", "---\ntitle: Lättläst\nlattlast: true\n---\n\nMötet är i kväll. Alla får komma.\n");
        // Summary: Förvaltningarna(15)|presenterade(12)|samverkansinsatserna(20)|tillsammans(11). – 4 words, 1 sentence,
        // 4 long: 4 + 100 = 104
        content.WriteMeeting("2030-01-15", "summaries:\n  lattlast: Förvaltningarna presenterade samverkansinsatserna tillsammans.\n");

        var result = ContentCheck.Run(content.Content, TempContent.Templates);

        Assert.Equal(
            ["sidor/lattlast.md:6:1: LIX 4 – lättläst sida (ord: 7, meningar: 2, långa ord: 0)", "moten/2030/2030-01-15.md:5:13: LIX 104 – lättläst sammanfattning (lattlast) (ord: 4, meningar: 1, långa ord: 4)"],
            result.Readability.Select(r => r.ToString()[(r.ToString().IndexOf("content/", StringComparison.Ordinal) + "content/".Length)..]));
        var warning = Assert.Single(result.Diagnostics, d => d.Message.StartsWith("LIX", StringComparison.Ordinal));
        Assert.Equal((Diagnostics.Severity.Warning, 5, 13), (warning.Severity, warning.Location.Line, warning.Location.Column));
        Assert.StartsWith("LIX 104 är över 30", warning.Message, StringComparison.Ordinal);

        var run = CliRun.Invoke(null, "check", "--content", content.Content, "--templates", TempContent.Templates);
        Assert.Contains(": LIX 4 – lättläst sida (ord: 7, meningar: 2, långa ord: 0)\n", run.Stdout, StringComparison.Ordinal);
        Assert.Contains(": warning: LIX 104 är över 30", run.Stdout, StringComparison.Ordinal);
    }
}
