namespace Trygghetsrad.Site.Tests.Search;

/// <summary>
/// Search that never dead-ends, run through search.js on the fictional fixture: synonyms widen a word to
/// its topic and say so, a typo says which word it was read as, and a query that finds nothing offers
/// close words, topics and filters to drop.
/// </summary>
public sealed class SearchSuggestionTests(SearchRankingTests.Site site) : IClassFixture<SearchRankingTests.Site>
{
    private const string Klotter = "/trygghetsrad/moten/2022-02-16/#klotter-vid-skolan";
    private const string Undersokning = "/trygghetsrad/moten/2024-05-22/#trygghetsundersokningen";
    private const string Graffiti = "/trygghetsrad/moten/2025-01-22/#graffiti-pa-idrottsplatsen";
    private const string Motorburna = "/trygghetsrad/moten/2023-03-15/#motorburna-ungdomar";

    private readonly ScriptSearch _search = site.Search;

    [Fact]
    public void A_synonym_finds_its_own_word_and_the_topics_match_words_and_says_so()
    {
        var outcome = _search.Search("graffiti");
        Assert.Equal(new[] { Graffiti, Klotter, Undersokning }.Order(StringComparer.Ordinal), outcome.Urls.Order(StringComparer.Ordinal));
        Assert.Equal(" – visar träffar för klotter", outcome.Showing);
        Assert.Contains("graffiti", outcome.Results.SelectMany(r => r.Marks));
        Assert.Contains("Klotter", outcome.Results.SelectMany(r => r.Marks));
    }

    [Theory]
    [InlineData("tagg", "klotter")]
    [InlineData("Graffiti", "klotter")]
    [InlineData("epa", "motorburen ungdom")]
    [InlineData("A-traktor", "motorburen ungdom")]
    [InlineData("a-traktorer", "motorburen ungdom")]
    [InlineData("\"EPA-traktor\"", "motorburen ungdom")]
    [InlineData("mopedbilar", "motorburen ungdom")]
    public void Synonyms_not_in_the_minutes_show_the_topics_hits(string query, string shown)
    {
        var outcome = _search.Search(query);
        Assert.Equal(" – visar träffar för " + shown, outcome.Showing);
        Assert.NotEmpty(outcome.Results);
        Assert.Null(outcome.Suggestions);
    }

    [Fact]
    public void A_synonym_beside_other_words_is_one_unit_of_the_query()
    {
        var outcome = _search.Search("epa torget");
        Assert.Equal(2, outcome.Units);
        Assert.Equal(Motorburna, outcome.Urls[0]);
        Assert.Equal(2, outcome.Results[0].Units);
    }

    [Fact]
    public void A_word_found_only_by_a_typo_says_which_word_it_was_read_as()
    {
        var outcome = _search.Search("kloter");
        Assert.Contains(Klotter, outcome.Urls);
        Assert.Equal(" – visar träffar för klotter", outcome.Showing);
        Assert.Equal(string.Empty, _search.Search("klotter").Showing);
    }

    [Fact]
    public void A_query_that_finds_nothing_offers_close_words_from_the_archive()
    {
        var outcome = _search.Search("kltter");
        Assert.Empty(outcome.Results);
        Assert.Equal([new ScriptSearch.WordOffer("klotter", "klotter")], outcome.Suggestions!.Words);
    }

    [Fact]
    public void A_close_word_replaces_only_the_word_that_found_nothing()
    {
        var outcome = _search.Search("kltter \"busstation xyz\"");
        Assert.Contains(new ScriptSearch.WordOffer("klotter", "klotter \"busstation xyz\""), outcome.Suggestions!.Words);
        Assert.Equal("kltter busstation xyz", outcome.Suggestions.Unquoted);
    }

    [Fact]
    public void A_query_that_finds_nothing_offers_topics_whose_description_has_the_word()
    {
        var outcome = _search.Search("busshållplats");
        Assert.Empty(outcome.Results);
        Assert.Equal([new ScriptSearch.TopicOffer("klotter", "Klotter", "busshållplats")], outcome.Suggestions!.Topics);
    }

    [Fact]
    public void A_misspelt_topic_word_still_finds_the_topic()
    {
        var outcome = _search.Search("grafitti");
        Assert.Empty(outcome.Results);
        Assert.Contains(outcome.Suggestions!.Topics, t => t.Slug == "klotter");
        Assert.Contains(new ScriptSearch.WordOffer("graffiti", "graffiti"), outcome.Suggestions.Words);
    }

    [Fact]
    public void A_filter_that_leaves_nothing_is_offered_for_removal_with_the_hits_it_hides()
    {
        var outcome = _search.Search("klotter", year: "2023");
        Assert.Empty(outcome.Results);
        Assert.Equal("year", Assert.Single(outcome.Suggestions!.Filters).Drop.Single());
        Assert.Equal(2, outcome.Suggestions.Filters[0].Count);

        // fortkörning stands in 2023 (not a klotter meeting) and in 2024 (one).
        var both = _search.Search("fortkörning", topic: "klotter", year: "2023");
        Assert.Equal(
            ["year:1", "topic:1", "year+topic:2"],
            both.Suggestions!.Filters.Select(f => string.Join('+', f.Drop) + ":" + f.Count));
    }

    [Fact]
    public void Words_without_a_close_word_or_topic_still_get_an_empty_offer_not_an_error()
    {
        var outcome = _search.Search("brandstation");
        Assert.Empty(outcome.Results);
        Assert.Empty(outcome.Suggestions!.Words);
        Assert.Empty(outcome.Suggestions.Topics);
        Assert.Empty(outcome.Suggestions.Filters);
        Assert.Null(outcome.Suggestions.Unquoted);
    }

    [Fact]
    public void Results_are_grouped_per_meeting_in_the_order_of_each_meetings_best_section()
    {
        var outcome = _search.Search("kameror");
        var group = Assert.Single(outcome.Groups);
        Assert.Equal("/trygghetsrad/moten/2022-02-16/", group.Url);
        Assert.Equal(outcome.Urls, group.Sections);
        Assert.Equal(2, group.Sections.Count);

        // polisen: in three meetings, two sections in the newest; its sections come together under it, in rank order.
        var polis = _search.Search("polisen");
        Assert.Equal(polis.Urls.Order(StringComparer.Ordinal), polis.Groups.SelectMany(g => g.Sections).Order(StringComparer.Ordinal));
        Assert.Equal(polis.Groups.Count, polis.Groups.Select(g => g.Url).Distinct().Count());
        var firsts = polis.Groups.Select(g => polis.Urls.IndexOf(g.Sections[0])).ToList();
        Assert.Equal(firsts.Order(), firsts);
        Assert.All(polis.Groups, g => Assert.Equal(g.Sections.OrderBy(polis.Urls.IndexOf), g.Sections));
        var newest = polis.Groups.Single(g => g.Url == "/trygghetsrad/moten/2025-01-22/");
        Assert.Equal(2, newest.Sections.Count);
        Assert.Equal(0, polis.Groups.IndexOf(newest));
    }

    [Fact]
    public void A_query_that_finds_nothing_fetches_the_written_words_and_topic_words_only_then()
    {
        Assert.DoesNotContain(_search.Search("klotter").Fetched, p => p.StartsWith("o/", StringComparison.Ordinal) || p == "amnen.json");
        Assert.Equal(["manifest.json", "t/br.txt", "o/br.txt", "amnen.json"], _search.Search("brandstation").Fetched);
    }
}
