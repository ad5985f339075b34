using System.Text.Json;
using Trygghetsrad.Site.Search;

namespace Trygghetsrad.Site.Tests.Search;

/// <summary>The files of the index on the fictional fixture: names, line format, manifest, and determinism.</summary>
public sealed class SearchIndexFormatTests : IClassFixture<SearchRankingTests.Site>
{
    private readonly string _index;

    public SearchIndexFormatTests(SearchRankingTests.Site site) => _index = Path.Combine(site.Search.SiteFolder, "sok", "index");

    [Fact]
    public void Manifest_gives_version_counts_years_buckets_and_stop_keys()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(_index, "manifest.json")));
        var root = manifest.RootElement;
        Assert.Equal(SearchIndexWriter.FormatVersion, root.GetProperty("v").GetInt32());
        Assert.Equal(3, root.GetProperty("meetings").GetInt32());
        Assert.Equal(7, root.GetProperty("sections").GetInt32());
        Assert.Equal(1, root.GetProperty("buckets").GetInt32());
        Assert.Equal("[[2022,0,1],[2023,1,1],[2024,2,1]]", root.GetProperty("years").GetRawText());
        var stop = root.GetProperty("stop").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("och", stop);
        Assert.Contains("att", stop);
        Assert.Equal(stop.Order(StringComparer.Ordinal), stop);
    }

    [Fact]
    public void Search_page_carries_the_manifest_in_a_json_data_block()
    {
        var html = File.ReadAllText(Path.Combine(_index, "..", "index.html"));
        var block = System.Text.RegularExpressions.Regex.Match(html, "<script type=\"application/json\" id=\"sok-manifest\">(.*?)</script>");
        Assert.True(block.Success, "söksidan saknar manifestet");
        Assert.Equal(File.ReadAllText(Path.Combine(_index, "manifest.json")), block.Groups[1].Value);
    }

    [Fact]
    public void Shard_lines_hold_term_meeting_count_and_postings()
    {
        var lines = File.ReadAllLines(Path.Combine(_index, "t", "kl.txt"));
        // klotter: 2 meetings, 2 sections: meeting 0 section 0 (heading 3 + text 1 + the part in klotterpolicyn 1), meeting 2 section 0.
        Assert.Contains("klott\t2\t2\t1*5,2", lines);
        Assert.Equal(lines.Order(StringComparer.Ordinal), lines);
    }

    [Fact]
    public void Compound_parts_are_indexed_under_their_own_key() =>
        Assert.Contains("policy\t1\t1\t1", File.ReadAllLines(Path.Combine(_index, "t", "po.txt")));

    [Fact]
    public void Phrase_buckets_hold_neighbouring_keys_without_small_words()
    {
        var lines = File.ReadAllLines(Path.Combine(_index, "b", "0.txt"));
        Assert.Contains("motorbur ungdom\t1\t1\t2*4", lines);
        Assert.Contains(lines, l => l.StartsWith("kamer skol\t", StringComparison.Ordinal));
    }

    [Fact]
    public void Meeting_data_holds_link_date_and_every_sections_anchor_heading_and_passages()
    {
        var json = File.ReadAllText(Path.Combine(_index, "d", "0", "1.json"));
        Assert.Equal(
            """{"u":"/trygghetsrad/moten/2023-03-15/","d":"2023-03-15","w":"onsdag 15 mars 2023","t":"Trygghetsråd","s":[""" +
            """{"i":"motorburna-ungdomar","h":"Motorburna ungdomar","p":["Motorburna ungdomar har samlats på torget på fredagskvällarna. Polisen gör kontroller mot fortkörningar på Västra vägen."]},""" +
            """{"i":"samverka-med-foreningarna","h":"Samverka med föreningarna","p":["Kommunen vill samverka med föreningarna om nattvandrarverksamhet under sommaren."]}]}""",
            json);
    }

    [Fact]
    public void Topic_files_list_the_meetings_touching_the_topic()
    {
        Assert.Equal("1,2", File.ReadAllText(Path.Combine(_index, "amne", "klotter.txt")));
        Assert.Equal("2", File.ReadAllText(Path.Combine(_index, "amne", "motorburen-ungdom.txt")));
    }

    [Fact]
    public void Top_list_keeps_the_best_weighted_and_the_newest_entries_in_meeting_order()
    {
        var builder = new PostingsBuilder();
        for (var m = 0; m < 200; m++)
        {
            builder.Add(m, [0, 1], m % 3 == 0 && m < 150 ? 9 : 1);
        }

        Assert.Equal(200, builder.MeetingCount);
        Assert.Equal(400, builder.SectionCount);
        var top = builder.Top().Split(',');
        Assert.Equal(PostingsBuilder.TopByWeight + PostingsBuilder.TopNewest, top.Length);
        Assert.Equal("1:0.1*9", top[0]);
        Assert.Equal("3:0.1*9", top[1]);
        Assert.Equal("x:0.1", top[50]);
        Assert.Equal("1:0.1", top[^1]);
        Assert.Equal("sok/index/p/kl-3.txt", IndexLayout.PostingsPath("kl", 3));
    }

    [Fact]
    public void Postings_must_be_added_in_meeting_order()
    {
        var builder = new PostingsBuilder();
        builder.Add(2, [0], 1);
        Assert.Throws<InvalidOperationException>(() => builder.Add(1, [0], 1));
    }

    [Fact]
    public void Index_is_byte_identical_across_builds_and_parallelism()
    {
        using var sequential = ScriptSearch.Build(Repository.SearchFixture, maxParallelism: 1);
        using var parallel = ScriptSearch.Build(Repository.SearchFixture, maxParallelism: 4);
        var a = Files(Path.Combine(sequential.SiteFolder, "sok", "index"));
        var b = Files(Path.Combine(parallel.SiteFolder, "sok", "index"));
        Assert.Equal(a.Keys, b.Keys);
        Assert.Equal(Files(_index).Keys, a.Keys);
        foreach (var (path, bytes) in a)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(b[path]), $"{path} differs between builds");
        }
    }

    private static SortedDictionary<string, byte[]> Files(string folder) => new(
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes),
        StringComparer.Ordinal);
}
