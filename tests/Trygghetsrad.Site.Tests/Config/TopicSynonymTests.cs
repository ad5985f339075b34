using Trygghetsrad.Site.Config;
using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Tests.Infrastructure;

namespace Trygghetsrad.Site.Tests.Config;

/// <summary>The optional <c>synonyms</c> of topics.yml: loading, and each way a synonym can be wrong.</summary>
public sealed class TopicSynonymTests : IDisposable
{
    private const string Klotter = "- slug: klotter\n  name: Klotter\n  description: A\n  match: [klotter]\n";
    private const string Samverkan = "- slug: samverkan\n  name: Samverkan\n  description: B\n  match: [samverkan]\n";

    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    private (IReadOnlyList<TopicDefinition> Topics, IReadOnlyList<Diagnostic> Diagnostics) Load(string yaml)
    {
        var path = _content.Write("topics.yml", yaml);
        var bag = new DiagnosticBag();
        var topics = TopicsLoader.Load(path, bag);
        return (topics, bag.Sorted());
    }

    private Diagnostic Error(string yaml) => Diagnose.SingleError(Load(yaml).Diagnostics);

    [Fact]
    public void Real_topics_have_the_issues_synonyms()
    {
        var bag = new DiagnosticBag();
        var topics = TopicsLoader.Load(Path.Combine(RepositoryRoot.Path, "content", "topics.yml"), bag);
        Assert.Empty(bag.Sorted());
        Assert.Equal(["graffiti", "tagg"], topics.Single(t => t.Slug == "klotter").Synonyms);
        Assert.Equal(["A-traktor", "EPA-traktor", "epa", "mopedbil"], topics.Single(t => t.Slug == "motorburen-ungdom").Synonyms);
    }

    [Fact]
    public void Synonyms_are_optional_and_load_in_file_order()
    {
        var (topics, diagnostics) = Load(Klotter + "  synonyms:\n    - graffiti\n    - tagg\n" + Samverkan);
        Assert.Empty(diagnostics);
        Assert.Equal(["graffiti", "tagg"], topics[0].Synonyms);
        Assert.Empty(topics[1].Synonyms);
        Assert.Equal(["klotter", "graffiti", "tagg"], topics[0].Phrases);
    }

    [Fact]
    public void Synonyms_that_are_not_a_list_are_reported()
    {
        var error = Error(Klotter + "  synonyms: graffiti\n");
        Assert.Equal((5, 13), (error.Location.Line, error.Location.Column));
        Assert.Equal("'synonyms' ska vara en lista (rader som börjar med '- '), men är texten 'graffiti'", error.Message);
    }

    [Fact]
    public void A_synonym_that_is_not_text_is_reported()
    {
        var error = Error(Klotter + "  synonyms:\n    - graffiti\n    - [tagg, taggar]\n");
        Assert.Equal((7, 7), (error.Location.Line, error.Location.Column));
        Assert.Equal("varje rad i 'synonyms' ska vara text, men en är en lista", error.Message);
    }

    [Fact]
    public void A_synonym_without_words_is_reported()
    {
        var error = Error(Klotter + "  synonyms:\n    - \"–\"\n");
        Assert.Equal((6, 7), (error.Location.Line, error.Location.Column));
        Assert.Equal("synonymen '–' har inga ord – skriv ett ord som invånarna använder", error.Message);
    }

    [Fact]
    public void A_synonym_given_twice_in_one_topic_is_reported_even_inflected()
    {
        var (topics, diagnostics) = Load(Klotter + "  synonyms:\n    - tagg\n    - graffiti\n    - Taggar\n");
        var error = Diagnose.SingleError(diagnostics);
        Assert.Equal((8, 7), (error.Location.Line, error.Location.Column));
        Assert.Equal("synonymen 'Taggar' står redan i ämnet (som 'tagg', rad 6)", error.Message);
        Assert.Equal(["tagg", "graffiti"], topics[0].Synonyms);
    }

    [Fact]
    public void A_synonym_of_two_topics_is_reported_at_the_second()
    {
        var error = Error(Klotter + "  synonyms: [graffiti]\n" + Samverkan + "  synonyms: [Graffiti]\n");
        Assert.Equal((10, 14), (error.Location.Line, error.Location.Column));
        Assert.Equal("synonymen 'Graffiti' hör redan till ämnet 'klotter' (rad 5) – en synonym får bara leda till ett ämne", error.Message);
    }

    [Fact]
    public void A_synonym_that_is_another_topics_name_is_reported()
    {
        var error = Error(Klotter + "  synonyms: [graffiti, samverkan]\n" + Samverkan.Replace("match: [samverkan]", "match: [samverka med]", StringComparison.Ordinal));
        Assert.Equal((5, 24), (error.Location.Line, error.Location.Column));
        Assert.Equal("synonymen 'samverkan' är namnet på ämnet 'samverkan' – en synonym får bara leda till ett ämne", error.Message);
    }

    [Fact]
    public void A_synonym_that_is_another_topics_match_word_is_reported()
    {
        var error = Error(Samverkan + Klotter + "  synonyms: [samverka]\n");
        Assert.Equal((9, 14), (error.Location.Line, error.Location.Column));
        Assert.Equal("synonymen 'samverka' är ett match-ord i ämnet 'samverkan' – en synonym får bara leda till ett ämne", error.Message);
    }

    [Fact]
    public void A_synonym_that_repeats_the_topics_own_match_word_is_reported()
    {
        var error = Error(Klotter + "  synonyms: [klottret]\n");
        Assert.Equal((5, 14), (error.Location.Line, error.Location.Column));
        Assert.Equal("'klottret' står redan under match – en synonym är ett annat ord för ämnet än match-orden", error.Message);
    }

    [Fact]
    public void The_topics_own_name_may_be_a_synonym_when_match_says_something_else()
    {
        var (topics, diagnostics) = Load("- slug: nattvandring\n  name: Nattvandring\n  description: C\n  match: [nattvandrare]\n  synonyms: [nattvandring]\n");
        Assert.Empty(diagnostics);
        Assert.Equal(["nattvandring"], topics[0].Synonyms);
    }
}
