namespace Trygghetsrad.Site.Tests.Search;

/// <summary>The matching and ranking rules of the search issue, run through search.js on the fictional fixture.</summary>
public sealed class SearchRankingTests : IClassFixture<SearchRankingTests.Site>
{
    private const string Klotter = "/trygghetsrad/moten/2022-02-16/#klotter-vid-skolan";
    private const string Kameror = "/trygghetsrad/moten/2022-02-16/#kameraovervakning-i-centrum";
    private const string Elevrad = "/trygghetsrad/moten/2022-02-16/#trygghetsrad-i-skolorna";
    private const string Motorburna = "/trygghetsrad/moten/2023-03-15/#motorburna-ungdomar";
    private const string Samverka = "/trygghetsrad/moten/2023-03-15/#samverka-med-foreningarna";
    private const string Undersokning = "/trygghetsrad/moten/2024-05-22/#trygghetsundersokningen";
    private const string Fortkorning = "/trygghetsrad/moten/2024-05-22/#fortkorning-och-mopeder";
    private const string Skolresultaten = "/trygghetsrad/moten/2025-01-22/#skolresultaten-och-skolenkaten";

    private readonly ScriptSearch _search;

    public SearchRankingTests(Site site) => _search = site.Search;

    [Theory]
    [InlineData("TRYGGHETSRAD", Elevrad)]
    [InlineData("trygghetsrad", Elevrad)]
    [InlineData("trygghetsundersokning", Undersokning)]
    [InlineData("klottret", Klotter)]
    [InlineData("klottret", Undersokning)]
    [InlineData("motorburen ungdom", Motorburna)]
    [InlineData("samverkan", Samverka)]
    [InlineData("kameror", Klotter)]
    [InlineData("fortkörningar", Fortkorning)]
    [InlineData("fortkörning", Motorburna)]
    [InlineData("policy", Klotter)]
    [InlineData("undersökning", Undersokning)]
    [InlineData("nattvandrare", Samverka)]
    [InlineData("kameror", Kameror)]
    [InlineData("motorb", Motorburna)]
    [InlineData("kloter", Klotter)]
    [InlineData("klotteer", Klotter)]
    public void Query_finds_section(string query, string url) =>
        Assert.Contains(url, _search.Search(query).Urls);

    [Fact]
    public void Words_not_in_the_archive_find_nothing() => Assert.Empty(_search.Search("brandstation").Results);

    [Fact]
    public void Typos_are_forgiven_only_in_words_of_five_letters_or_more()
    {
        Assert.Contains(Klotter, _search.Search("kloter").Urls);
        Assert.DoesNotContain(Motorburna, _search.Search("targ").Urls);
        Assert.Contains(Motorburna, _search.Search("torget").Urls);
    }

    [Fact]
    public void Prefix_applies_only_to_the_word_being_typed()
    {
        Assert.Contains(Motorburna, _search.Search("motorb").Urls);
        Assert.Empty(_search.Search("motorb ").Results);
    }

    [Fact]
    public void Quoted_phrase_matches_only_the_phrase()
    {
        Assert.Equal([Motorburna, Fortkorning], _search.Search("motorburen ungdom").Urls);
        Assert.Equal([Motorburna], _search.Search("\"motorburen ungdom\"").Urls);
        Assert.Equal([Klotter], _search.Search("”kamerorna vid skolan”").Urls);
    }

    [Fact]
    public void Sections_with_all_words_rank_first()
    {
        var outcome = _search.Search("klotter kameror");
        Assert.Equal(Klotter, outcome.Urls[0]);
        Assert.Equal(2, outcome.Results[0].Units);
        Assert.All(outcome.Results.Skip(1), r => Assert.Equal(1, r.Units));
    }

    [Fact]
    public void Newest_first_orders_by_date_within_all_words_first()
    {
        Assert.Equal([Undersokning, Klotter], _search.Search("klotter", order: "nyast").Urls);
        Assert.Equal([Klotter, Undersokning], _search.Search("klotter").Urls);
    }

    [Fact]
    public void A_whole_word_or_inflection_ranks_above_a_match_only_inside_compounds()
    {
        // The newest meeting says skolresultaten and skolenkäten eleven times, five of them in its heading;
        // the older sections say skolan and skolorna.
        var outcome = _search.Search("skola");
        Assert.Equal([Klotter, Elevrad, Skolresultaten], outcome.Urls);
        Assert.Equal([1, 1, 0], outcome.Results.Select(r => r.Whole));
    }

    [Fact]
    public void A_rarer_word_weighs_more_than_a_common_one_among_sections_with_one_word_each()
    {
        // klotter stands in three sections, polisen in five: with one of them each, klotter's come first.
        var outcome = _search.Search("klotter polisen");
        var klotter = outcome.Urls.IndexOf(Undersokning);
        Assert.All(outcome.Results.Where(r => r.Units == 1 && !r.Marks.Any(m => m.StartsWith("Klott", StringComparison.OrdinalIgnoreCase))), r => Assert.True(outcome.Urls.IndexOf(r.Url) > klotter, r.Url));
    }

    [Fact]
    public void Heading_matches_outrank_passing_mentions() =>
        Assert.Equal(Fortkorning, _search.Search("fortkörning").Urls[0]);

    [Fact]
    public void Year_and_topic_filters_narrow_the_results()
    {
        Assert.Equal([Undersokning], _search.Search("klotter", year: "2024").Urls);
        Assert.Equal([Motorburna], _search.Search("fortkörning", topic: "motorburen-ungdom").Urls);
        Assert.Empty(_search.Search("klotter", year: "2023").Results);
    }

    [Fact]
    public void Snippets_mark_the_matched_words()
    {
        Assert.Equal(["klotterpolicyn"], _search.Search("policy").Results[0].Marks);
        Assert.Contains("Kamerorna", _search.Search("kameror").Results.SelectMany(r => r.Marks));
        Assert.Contains("nattvandrarverksamhet", _search.Search("nattvandrare").Results[0].Marks);
    }

    [Fact]
    public void Small_words_alone_are_not_a_query() => Assert.Equal(0, _search.Search("och att det").Units);

    [Fact]
    public void Drafts_are_never_indexed()
    {
        Assert.Empty(_search.Search("skyddsvaktmästare").Results);
        Assert.Empty(_search.Search("hemligordet").Results);
        var index = Path.Combine(_search.SiteFolder, "sok", "index");
        Assert.DoesNotContain(Directory.EnumerateFiles(index, "*", SearchOption.AllDirectories), f => File.ReadAllText(f).Contains("skyddsvakt", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_query_fetches_only_its_shard_postings_and_the_shown_meetings_data()
    {
        var outcome = _search.Search("policy");
        Assert.Equal(["manifest.json", "t/po.txt", "d/0/0.json"], outcome.Fetched);
    }

    /// <summary>The fixture built once for the class.</summary>
    public sealed class Site : IDisposable
    {
        /// <summary>The search over the built fixture.</summary>
        public ScriptSearch Search { get; } = ScriptSearch.Build(Repository.SearchFixture);

        /// <inheritdoc />
        public void Dispose() => Search.Dispose();
    }
}
