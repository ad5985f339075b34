using Trygghetsrad.Site.Tests.Infrastructure;
using Trygghetsrad.Site.Text;

namespace Trygghetsrad.Site.Tests.Search;

/// <summary>
/// A meeting's Finnish summary is searched in Finnish: the index keeps its words under Snowball Finnish keys
/// (<see cref="FinnishAnalyzer"/>), and search.js stems a typed word with its own copy of that analyser, so a query
/// in another inflection than the summary's finds the meeting, at the summary's section. Run through the published
/// search.js on fictional meetings.
/// </summary>
public sealed class FinnishSearchTests(FinnishSearchTests.Site site) : IClassFixture<FinnishSearchTests.Site>
{
    private const string Summary = "/trygghetsrad/moten/2030-03-12/#sammanfattning-fi";

    [Theory]
    [InlineData("töhryt")]
    [InlineData("tohryt")]
    [InlineData("katuvalaistuksen")]
    [InlineData("kokouksen")]
    [InlineData("alikulkutunneli")]
    public void A_Finnish_query_in_another_inflection_finds_the_meeting_at_its_Finnish_summary(string query)
    {
        var found = site.Search.Search(query);

        Assert.Equal(Summary, Assert.Single(found.Results).Url);
        Assert.Equal("/trygghetsrad/moten/2030-03-12/", Assert.Single(found.Groups).Url);
    }

    [Fact]
    public void The_snippet_marks_the_summarys_own_words()
    {
        var found = site.Search.Search("töhryt alikulkutunneli");

        var result = Assert.Single(found.Results);
        Assert.Equal(Summary, result.Url);
        Assert.Equal(2, result.Units);
        Assert.Equal(["töhryistä", "alikulkutunnelissa"], result.Marks);
    }

    [Fact]
    public void A_Swedish_query_finds_the_minutes_and_not_the_summary()
    {
        var found = site.Search.Search("klottret");

        Assert.Equal(["/trygghetsrad/moten/2030-03-12/#klotter-i-tunneln"], found.Urls);
    }

    [Fact]
    public void The_summary_is_indexed_as_its_own_section_in_Finnish_and_the_easy_Swedish_one_is_not()
    {
        var data = File.ReadAllText(Path.Combine(site.Search.SiteFolder, "sok", "index", "d", "0", "0.json"));

        Assert.Contains("\"i\":\"sammanfattning-fi\",\"h\":\"Tiivistelmä suomeksi\",\"l\":\"fi\"", data, StringComparison.Ordinal);
        Assert.DoesNotContain("sammanfattning-lattlast", data, StringComparison.Ordinal);
    }

    [Fact]
    public void A_query_loads_a_Finnish_shard_only_where_the_index_has_Finnish_terms()
    {
        var manifest = File.ReadAllText(Path.Combine(site.Search.SiteFolder, "sok", "index", "manifest.json"));
        Assert.Contains("\"fi\":[", manifest, StringComparison.Ordinal);

        Assert.Contains("t/_t.txt", site.Search.Search("töhryt").Fetched);
        Assert.DoesNotContain("t/_x.txt", site.Search.Search("xylofon").Fetched);
    }

    /// <summary>A build of two fictional meetings, one with summaries in Finnish and easy Swedish.</summary>
    public sealed class Site : IDisposable
    {
        private readonly TempContent _content = new();

        public Site()
        {
            _content.WriteMeeting(
                "2030-03-12",
                """
                summaries:
                  fi: >-
                    Kokouksessa keskusteltiin töhryistä ja katuvalaistuksesta. Asukkaat kertoivat, että
                    alikulkutunnelissa on pimeää.
                  lattlast: Mötet handlade om klotter och lampor.

                """,
                "\n## Klotter i tunneln\n\nKlottret i tunneln ska tas bort. Lamporna är trasiga.\n");
            _content.WriteMeeting("2030-04-16", body: "\n## Övrigt\n\nInget särskilt.\n");
            Search = ScriptSearch.Build(_content.Content);
        }

        /// <summary>The search over the built site.</summary>
        public ScriptSearch Search { get; }

        /// <inheritdoc />
        public void Dispose()
        {
            Search.Dispose();
            _content.Dispose();
        }
    }
}
