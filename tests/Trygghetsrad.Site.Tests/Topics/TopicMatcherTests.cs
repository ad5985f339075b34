using Trygghetsrad.Site.Config;
using Trygghetsrad.Site.Content;
using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Tests.Infrastructure;
using Trygghetsrad.Site.Text;
using Trygghetsrad.Site.Topics;

namespace Trygghetsrad.Site.Tests.Topics;

/// <summary>Topics are found in the minutes by their words, inflections and compounds.</summary>
public sealed class TopicMatcherTests : IDisposable
{
    private readonly IReadOnlyList<TopicDefinition> _topics =
        TopicsLoader.Load(Path.Combine(RepositoryRoot.Path, "content", "topics.yml"), new DiagnosticBag());

    private readonly SwedishAnalyzer _analyzer;
    private readonly TopicMatcher _matcher;

    public TopicMatcherTests()
    {
        _analyzer = new SwedishAnalyzer(_topics.SelectMany(t => t.Phrases));
        _matcher = new TopicMatcher(_topics, _analyzer);
    }

    public void Dispose() => _analyzer.Dispose();

    private TopicDefinition Topic(string slug) => _topics.Single(t => t.Slug == slug);

    [Theory]
    [InlineData("klotter", "Vi pratade om klotter.")]
    [InlineData("klotter", "Klottret på skolan är borta.")]
    [InlineData("klotter", "Klottrets omfattning har minskat.")]
    [InlineData("klotter", "Kommunen har en klotterpolicy.")]
    [InlineData("klotter", "Klotterpolicyn följs upp.")]
    [InlineData("klotter", "Klottersaneringen går snabbare.")]
    [InlineData("klotter", "KLOTTER vid busshållplatsen.")]
    [InlineData("motorburen-ungdom", "Insatser kring motorburen ungdom.")]
    [InlineData("motorburen-ungdom", "Störningar från motorburna ungdomar.")]
    [InlineData("motorburen-ungdom", "Den motorburna ungdomen samlas vid macken.")]
    [InlineData("samverkan", "Samverkan är en nyckel.")]
    [InlineData("samverkan", "Vi vill samverka med näringslivet.")]
    [InlineData("samverkan", "Polisen och andra samverkansaktörer.")]
    [InlineData("samverkan", "Samverkansavtalet är klart.")]
    [InlineData("klotter", "Graffiti på busskuren har anmälts.")]
    [InlineData("klotter", "Taggar på fasaden vid torget.")]
    [InlineData("klotter", "Graffitimålningen tas bort i veckan.")]
    [InlineData("motorburen-ungdom", "A-traktorer körde runt torget.")]
    [InlineData("motorburen-ungdom", "EPA-traktorn stod parkerad vid macken.")]
    [InlineData("motorburen-ungdom", "En epa körde för fort.")]
    [InlineData("motorburen-ungdom", "Mopedbilarna samlas på fredagar.")]
    [InlineData("samverkan", "I samarbete med kyrkan.")]
    public void Topic_words_and_synonyms_match_their_inflections_and_compounds(string slug, string text) =>
        Assert.True(_matcher.Mentions(Topic(slug), text), $"'{slug}' should be found in: {text}");

    [Theory]
    [InlineData("klotter", "Kloster och klocka.")]
    [InlineData("klotter", "Det var en lugn sommar.")]
    [InlineData("motorburen-ungdom", "Ungdomar på fritidsgården.")]
    [InlineData("motorburen-ungdom", "En motorcykel stod parkerad.")]
    [InlineData("samverkan", "Samordning mellan förvaltningarna.")]
    [InlineData("motorburen-ungdom", "En traktor på åkern.")]
    public void Other_words_do_not_match(string slug, string text) =>
        Assert.False(_matcher.Mentions(Topic(slug), text), $"'{slug}' should not be found in: {text}");

    [Fact]
    public void The_real_first_meeting_touches_all_three_topics_in_the_right_sections()
    {
        var path = Path.Combine(RepositoryRoot.Path, "content", "moten", "2021", "2021-09-15.md");
        var bag = new DiagnosticBag();
        var meeting = new MeetingParser(_topics.Select(t => t.Slug).ToHashSet())
            .Parse("2021-09-15.md", "2021", File.ReadAllText(path), "2021-09-15.md", bag)!;
        var hits = _matcher.Match(meeting, MeetingBodyParser.Parse(meeting, bag));

        Assert.Equal(["klotter", "motorburen-ungdom", "samverkan"], hits.Select(h => h.Topic.Slug));
        var klotter = hits[0].Mentions;
        Assert.Equal(["ovrigt"], klotter.Select(m => m.SectionId).Distinct());
        Assert.StartsWith("Vi pratade lite om klotter", klotter[0].Text, StringComparison.Ordinal);
        Assert.Equal(["klotter", "klotter"], klotter[0].Marks.Select(r => klotter[0].Text.Substring(r.Start, r.Length)));

        Assert.Equal(["lagesbild", "laget-runt-hur-har-vi-upplevt-sommaren"], hits[1].Mentions.Select(m => m.SectionId).Distinct());
        Assert.All(hits[1].Mentions, m => Assert.Contains("motorburen ungdom", m.Text, StringComparison.Ordinal));

        var samverkan = hits[2].Mentions;
        Assert.Equal(["samverkan-mellan-tre-forvaltningar", "ovrigt"], samverkan.Select(m => m.SectionId).Distinct());
        Assert.Contains(samverkan, m => m.Marks.Any(r => m.Text.Substring(r.Start, r.Length) == "samverkansaktörer"));
        Assert.Contains(samverkan, m => m.Marks.Any(r => m.Text.Substring(r.Start, r.Length) == "samverka"));
        Assert.True(bag.Sorted().Count == 0, string.Join('\n', bag.Sorted()));
    }
}
