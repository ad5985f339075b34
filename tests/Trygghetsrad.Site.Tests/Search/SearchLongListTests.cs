using System.Globalization;
using Trygghetsrad.Site.Search;
using Trygghetsrad.Site.Tests.Infrastructure;

namespace Trygghetsrad.Site.Tests.Search;

/// <summary>
/// A word in more meetings than a top list holds: the first query reads only the top list, shows the best
/// and newest entries and reports lower-bound counts; filters and paging read the whole list.
/// </summary>
public sealed class SearchLongListTests : IClassFixture<SearchLongListTests.Archive>
{
    private const int Meetings = 90;
    private const int Strongest = 17;
    private readonly ScriptSearch _search;

    public SearchLongListTests(Archive archive) => _search = archive.Search;

    [Fact]
    public void First_query_reads_only_the_dictionary_line_with_its_top_list()
    {
        var outcome = _search.Search("klotter");
        Assert.False(outcome.Exact);
        Assert.Equal(new ScriptSearch.Counts(Meetings, Meetings), outcome.AtLeast);
        // Equal weights keep the newest among the best, so the two parts of the top list overlap here.
        Assert.InRange(outcome.Results.Count, PostingsBuilder.TopByWeight, PostingsBuilder.TopByWeight + PostingsBuilder.TopNewest);
        Assert.True(outcome.Results.Count < Meetings);
        Assert.Contains("t/kl.txt", outcome.Fetched);
        Assert.DoesNotContain(outcome.Fetched, f => f.StartsWith("p/", StringComparison.Ordinal));
        Assert.Equal(Url(Strongest), outcome.Urls[0]);
    }

    [Fact]
    public void Newest_first_is_served_by_the_top_list()
    {
        var outcome = _search.Search("klotter", order: "nyast");
        Assert.Equal(Enumerable.Range(0, 10).Select(i => Url(Meetings - 1 - i)), outcome.Urls.Take(10));
    }

    [Fact]
    public void Paging_past_the_top_list_reads_the_whole_list()
    {
        var outcome = _search.Search("klotter", full: true);
        Assert.True(outcome.Exact);
        Assert.Equal(Meetings, outcome.Results.Count);
        Assert.Contains("p/kl-0.txt", outcome.Fetched);
        Assert.Equal(Url(Strongest), outcome.Urls[0]);
    }

    [Fact]
    public void Year_filter_reads_the_whole_list()
    {
        var outcome = _search.Search("klotter", year: "2021");
        Assert.True(outcome.Exact);
        Assert.Equal(12, outcome.Results.Count);
        Assert.All(outcome.Urls, u => Assert.Contains("/moten/2021-", u, StringComparison.Ordinal));
    }

    private static string Url(int meeting) => $"/trygghetsrad/moten/{Date(meeting)}/#klotter";

    private static string Date(int meeting) => new DateOnly(2020, 1, 15).AddMonths(meeting).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Ninety fictional meetings that all mention klotter; one mentions it far more.</summary>
    public sealed class Archive : IDisposable
    {
        private readonly TempContent _content = new();

        /// <summary>Writes and builds the archive.</summary>
        public Archive()
        {
            for (var i = 0; i < Meetings; i++)
            {
                var text = i == Strongest ? "Klotter, klotter och åter klotter: klottret på skolan." : "Klotter på skolan.";
                _content.WriteMeeting(Date(i), body: $"\n## Klotter\n\n{text}\n");
            }

            Search = ScriptSearch.Build(_content.Content);
        }

        /// <summary>The search over the built archive.</summary>
        public ScriptSearch Search { get; }

        /// <inheritdoc />
        public void Dispose()
        {
            Search.Dispose();
            _content.Dispose();
        }
    }
}
