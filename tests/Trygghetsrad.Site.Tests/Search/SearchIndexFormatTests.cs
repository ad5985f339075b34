using System.Text.Json;
using Trygghetsrad.Site.Search;

namespace Trygghetsrad.Site.Tests.Search;

/// <summary>The files of the index on the fictional fixture: names, line format, manifest, and determinism.</summary>
public sealed class SearchIndexFormatTests : IClassFixture<SearchRankingTests.Site>
{
    private readonly string _index;

    public SearchIndexFormatTests(SearchRankingTests.Site site) => _index = Path.Combine(site.Search.SiteFolder, "sok", "index");

    [Fact]
    public void Manifest_gives_version_counts_years_buckets_topics_and_stop_keys()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(_index, "manifest.json")));
        var root = manifest.RootElement;
        Assert.Equal(SearchIndexWriter.FormatVersion, root.GetProperty("v").GetInt32());
        Assert.Equal(4, root.GetProperty("meetings").GetInt32());
        Assert.Equal(10, root.GetProperty("sections").GetInt32());
        Assert.Equal(1, root.GetProperty("buckets").GetInt32());
        Assert.Equal("[[2022,0,1],[2023,1,1],[2024,2,1],[2025,3,1]]", root.GetProperty("years").GetRawText());
        Assert.Equal(
            """[{"s":"klotter","n":"Klotter","m":["klotter"],"y":["graffiti","tagg"]},""" +
            """{"s":"motorburen-ungdom","n":"Motorburen ungdom","m":["motorburen ungdom"],"y":["A-traktor","EPA-traktor","epa","mopedbil"]},""" +
            """{"s":"samverkan","n":"Samverkan","m":["samverkan"],"y":[]}]""",
            root.GetProperty("topics").GetRawText());
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
        // klotter: 2 meetings, 2 sections: meeting 0 section 0 (heading 3 + text 1; the part in klotterpolicyn weighs 0), meeting 2 section 0.
        Assert.Contains("klott\t2\t2\t1*4,2", lines);
        // skola: meeting 0, section 0 (skolan in the heading 3 and the text 1; Nyborgsskolan only as a part, 0)
        // and section 2 (skolorna in the heading 3); meeting 3, section 0, only inside compounds (skolresultaten).
        Assert.Contains("skol\t2\t3\t1:0*4.2*3,3*0", File.ReadAllLines(Path.Combine(_index, "t", "sk.txt")));
        Assert.Equal(lines.Order(StringComparer.Ordinal), lines);
    }

    [Fact]
    public void Compound_parts_are_indexed_under_their_own_key_with_weight_zero() =>
        Assert.Contains("policy\t1\t1\t1*0", File.ReadAllLines(Path.Combine(_index, "t", "po.txt")));

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
        // Meeting 3 has klotter by its synonym graffiti.
        Assert.Equal("1,2,1", File.ReadAllText(Path.Combine(_index, "amne", "klotter.txt")));
        Assert.Equal("2", File.ReadAllText(Path.Combine(_index, "amne", "motorburen-ungdom.txt")));
    }

    [Fact]
    public void Forms_files_give_the_shortest_way_the_archive_writes_each_whole_word_term_in_lower_case()
    {
        // Klotter, klotter, Klotter: one form; klotterpolicy stands only as klotterpolicyn.
        Assert.Equal("klott\tklotter\nklotterpolicy\tklotterpolicyn\n", File.ReadAllText(Path.Combine(_index, "o", "kl.txt")));
        // policy stands only inside klotterpolicyn: no form to suggest.
        Assert.DoesNotContain("policy\t", File.ReadAllText(Path.Combine(_index, "o", "po.txt")), StringComparison.Ordinal);
        Assert.Contains("skol\tskolan\n", File.ReadAllText(Path.Combine(_index, "o", "sk.txt")), StringComparison.Ordinal);
    }

    [Fact]
    public void Topic_words_give_each_topics_keys_from_name_description_match_words_and_synonyms()
    {
        using var words = JsonDocument.Parse(File.ReadAllText(Path.Combine(_index, "amnen.json")));
        var klotter = words.RootElement.GetProperty("klotter").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(klotter.Order(StringComparer.Ordinal), klotter);
        Assert.Contains("skadegor", klotter);
        Assert.Contains("busshallplats", klotter);
        Assert.Contains("graffiti", klotter);
        Assert.DoesNotContain("och", klotter);
        var motorburen = words.RootElement.GetProperty("motorburen-ungdom").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("epa", motorburen);
        Assert.DoesNotContain("a", motorburen);
    }

    [Fact]
    public void Top_list_keeps_the_best_weighted_and_the_newest_entries_in_meeting_order()
    {
        var builder = new PostingsBuilder();
        for (var m = 0; m < 200; m++)
        {
            builder.Add(m, [0, 1], m % 3 == 0 && m < 150 ? [5, 4] : [1, 0]);
        }

        Assert.Equal(200, builder.MeetingCount);
        Assert.Equal(400, builder.SectionCount);
        var top = builder.Top().Split(',');
        Assert.Equal(PostingsBuilder.TopByWeight + PostingsBuilder.TopNewest, top.Length);
        Assert.Equal("1:0*5.1*4", top[0]);
        Assert.Equal("3:0*5.1*4", top[1]);
        Assert.Equal("x:0.1*0", top[50]);
        Assert.Equal("1:0.1*0", top[^1]);
        Assert.Equal("sok/index/p/kl-3.txt", IndexLayout.PostingsPath("kl", 3));
    }

    [Fact]
    public void Postings_must_be_added_in_meeting_order()
    {
        var builder = new PostingsBuilder();
        builder.Add(2, [0], [1]);
        Assert.Throws<InvalidOperationException>(() => builder.Add(1, [0], [1]));
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
