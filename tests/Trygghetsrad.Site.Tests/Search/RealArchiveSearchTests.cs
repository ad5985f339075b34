namespace Trygghetsrad.Site.Tests.Search;

/// <summary>The examples run through search.js on the real archive (content/).</summary>
public sealed class RealArchiveSearchTests(RealArchiveSearchTests.Site site) : IClassFixture<RealArchiveSearchTests.Site>
{
    private const string Meeting = "/trygghetsrad/moten/2021-09-15/";

    private readonly ScriptSearch _search = site.Search;

    [Fact]
    public void Klotter_skola_puts_the_klotter_section_first_not_the_paragraph_about_skolresultaten()
    {
        var outcome = _search.Search("klotter skola");
        Assert.Equal(Meeting + "#ovrigt", outcome.Urls[0]);
        Assert.Contains("klotter", outcome.Results[0].Marks);
        Assert.DoesNotContain("skolresultaten", outcome.Results[0].Marks);
        Assert.Equal(Meeting, Assert.Single(outcome.Groups).Url);
    }

    [Theory]
    [InlineData("graffiti", "klotter", "#ovrigt")]
    [InlineData("tagg", "klotter", "#ovrigt")]
    [InlineData("A-traktor", "motorburen ungdom", "#lagesbild")]
    [InlineData("epa", "motorburen ungdom", "#lagesbild")]
    public void Everyday_words_find_the_topics_sections(string query, string shown, string anchor)
    {
        var outcome = _search.Search(query);
        Assert.Equal(" – visar träffar för " + shown, outcome.Showing);
        Assert.Contains(Meeting + anchor, outcome.Urls);
    }

    [Fact]
    public void Skadegorelse_finds_nothing_and_offers_the_topic_whose_description_names_it()
    {
        var outcome = _search.Search("skadegörelse");
        Assert.Empty(outcome.Results);
        Assert.Equal([new ScriptSearch.TopicOffer("klotter", "Klotter", "skadegörelse")], outcome.Suggestions!.Topics);
    }

    [Fact]
    public void A_question_is_found_as_a_question_with_its_answer()
    {
        var asked = Assert.Single(_search.Search("yrkeskriminella").Results);
        Assert.Equal(Meeting + "#samverkan-mellan-tre-forvaltningar", asked.Url);
        Assert.Equal([Meeting + "#fraga-har-vi-yrkeskriminella-i-hallstahammars-kommun"], asked.Questions);

        // A word of the answer finds the question too; the section's other passage with it stays a passage.
        var answered = _search.Search("fritidsledarna").Results.Single(r => r.Url == Meeting + "#samverkan-mellan-tre-forvaltningar");
        Assert.Equal([Meeting + "#fraga-har-vi-yrkeskriminella-i-hallstahammars-kommun"], answered.Questions);
    }

    [Fact]
    public void A_question_mark_inside_a_paragraph_makes_no_question_result()
    {
        var outcome = _search.Search("kostnadseffektivt");
        Assert.Equal(Meeting + "#ovrigt", Assert.Single(outcome.Results).Url);
        Assert.Empty(outcome.Results[0].Questions);
    }

    /// <summary>The real content, built once for the class.</summary>
    public sealed class Site : IDisposable
    {
        /// <summary>The search over the built archive.</summary>
        public ScriptSearch Search { get; } = ScriptSearch.Build(Path.Combine(Repository.Root, "content"));

        /// <inheritdoc />
        public void Dispose() => Search.Dispose();
    }
}
