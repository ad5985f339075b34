using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Trygghetsrad.Site.Tests.Infrastructure;

namespace Trygghetsrad.Site.Tests.Rendering;

/// <summary>
/// The real first meeting is a public record: its page must carry the seed text verbatim — every sentence,
/// typos included, nothing dropped, nothing added — and its header facts.
/// </summary>
public sealed partial class SeedPageTests(RealSiteFixture site) : IClassFixture<RealSiteFixture>
{
    private static readonly string Seed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "seed", "000_d267f25fa7c420b6.txt"));

    private readonly AngleSharp.Dom.IDocument _page = new HtmlParser().ParseDocument(site.Read("moten/2021-09-15/index.html"));

    [Fact]
    public void Minutes_are_the_seed_text_word_for_word()
    {
        // The minutes run from the glued heading "Inledning Anna Gunstad…" to the "Nästa möte" header.
        var lines = Seed.Split('\n');
        var first = Array.FindIndex(lines, l => l.StartsWith("Inledning ", StringComparison.Ordinal));
        var last = Array.FindIndex(lines, l => l.Trim() == "Nästa möte");
        var expected = Normalize(string.Join('\n', lines[first..last]));

        // The links to each section and the ties under a section's heading are the site's, not the minutes'.
        var minutes = (AngleSharp.Dom.IElement)_page.QuerySelector(".anteckningar")!.Clone();
        foreach (var added in minutes.QuerySelectorAll(".avsnittslank, .kopplingar"))
        {
            added.Remove();
        }

        var actual = Normalize(minutes.TextContent);

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Every_sentence_of_the_minutes_is_on_the_page()
    {
        // The ties under a heading stand between it and its first sentence, as the site's, not the minutes'.
        var body = (AngleSharp.Dom.IElement)_page.Body!.Clone();
        foreach (var added in body.QuerySelectorAll(".kopplingar"))
        {
            added.Remove();
        }

        var text = Normalize(body.TextContent);
        var lines = Seed.Split('\n');
        var first = Array.FindIndex(lines, l => l.StartsWith("Inledning ", StringComparison.Ordinal));
        var last = Array.FindIndex(lines, l => l.Trim() == "Nästa möte");
        var sentences = SentenceEnd().Split(Normalize(string.Join(' ', lines[first..last]))).Where(s => s.Length > 0).ToList();
        Assert.True(sentences.Count > 40);
        Assert.All(sentences, s => Assert.Contains(s, text, StringComparison.Ordinal));
        Assert.Contains("Personal inom Socialtjänster tipsar också familjer om fonder och stiftelser där man söka bidrag för olika aktiviteter.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Header_of_the_seed_becomes_the_meeting_facts()
    {
        Assert.Equal("Trygghetsråd 15 september 2021", Normalize(_page.QuerySelector("h1")!.TextContent));
        var facts = _page.QuerySelectorAll("dl.fakta dt").Select(dt => $"{dt.TextContent}: {Normalize(dt.NextElementSibling!.TextContent)}");
        Assert.Equal(
            ["Datum: onsdag 15 september 2021", "Tid: kl. 17.30–19.00", "Plats: Digitalt via Teams", "Vid tangenterna: Anne Alamaa, Samordnare", "Källa: Mötesanteckningarna (PDF), överförda ordagrant"],
            facts);
        Assert.Equal("2021-09-15T17:30", _page.QuerySelector("dl.fakta time[datetime^='2021-09-15T17']")!.GetAttribute("datetime"));

        // The minutes list two officials and the residents' representatives without a group name: they are shown
        // together after the named groups, under a neutral label, never under "Förtroendevalda".
        string[] members =
        [
            "Anna Gunstad Bäckman (C)", "Hans Strandlund (M)",
            "Anna Landehag, förvaltningschef på Barn- och utbildningsförvaltningen", "Anna Sundin förvaltningschef på Socialförvaltningen",
            "Sven-Olof Juvas, Kultur- och fritidsförvaltningen",
            "Joar Larsson, säkerhetssamordnare", "Anne Alamaa, samordnare", "Två stycken invånarrepresentanter.",
        ];
        Assert.All(members, m => Assert.Contains(m, Seed, StringComparison.Ordinal));
        Assert.Equal(members, _page.QuerySelectorAll(".deltagargrupper ul li").Select(li => li.TextContent));
        Assert.Equal(["Förtroendevalda", "Gäster", "Övriga deltagare"], _page.QuerySelectorAll(".gruppnamn").Select(e => e.TextContent));
        Assert.Equal(["Joar Larsson, säkerhetssamordnare", "Anne Alamaa, samordnare", "Två stycken invånarrepresentanter."], _page.QuerySelectorAll(".deltagargrupper > li.ovriga li").Select(li => li.TextContent));

        var next = Normalize(_page.QuerySelector(".nasta-mote .nasta-mote-datum")!.TextContent);
        Assert.Equal("onsdag 17 november 2021 kl. 17.30–19.30, digitalt", next);
    }

    [Fact]
    public void Every_section_heading_has_a_stable_anchor()
    {
        var ids = _page.QuerySelectorAll(".anteckningar h2").Select(h => (h.Id, h.TextContent)).ToList();
        Assert.Equal(
        [
            ("inledning", "Inledning"),
            ("samverkan-mellan-tre-forvaltningar", "Samverkan mellan tre förvaltningar"),
            ("lagesbild", "Lägesbild"),
            ("laget-runt-hur-har-vi-upplevt-sommaren", "Laget runt – hur har vi upplevt sommaren?"),
            ("ovrigt", "Övrigt"),
        ], ids);
    }

    [Theory]
    [InlineData("klotter", "ovrigt")]
    [InlineData("motorburen-ungdom", "lagesbild")]
    [InlineData("motorburen-ungdom", "laget-runt-hur-har-vi-upplevt-sommaren")]
    [InlineData("samverkan", "samverkan-mellan-tre-forvaltningar")]
    [InlineData("samverkan", "ovrigt")]
    public void Topic_pages_link_their_passages_to_the_section_anchors(string topic, string anchor)
    {
        var page = new HtmlParser().ParseDocument(site.Read($"amnen/{topic}/index.html"));
        var links = page.QuerySelectorAll("article h3 a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/trygghetsradet/moten/2021-09-15/#{anchor}", links);
        Assert.NotEmpty(page.QuerySelectorAll("blockquote mark"));
    }

    [Fact]
    public void Klotter_page_quotes_the_passage_under_ovrigt_with_the_word_marked()
    {
        var page = new HtmlParser().ParseDocument(site.Read("amnen/klotter/index.html"));
        var quote = Assert.Single(page.QuerySelectorAll("blockquote"));
        Assert.Equal("/trygghetsradet/moten/2021-09-15/#ovrigt", quote.GetAttribute("cite"));
        Assert.StartsWith("Vi pratade lite om klotter och att det är viktigt", quote.TextContent, StringComparison.Ordinal);
        Assert.Equal(["klotter", "klotter"], quote.QuerySelectorAll("mark").Select(m => m.TextContent));
    }

    private static string Normalize(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"(?<=[.?!:])\s+")]
    private static partial Regex SentenceEnd();
}
