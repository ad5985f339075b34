using System.Text.Json;
using Trygghetsrad.Site.Building;
using Trygghetsrad.Site.Config;
using Trygghetsrad.Site.Content;
using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Rendering;
using Trygghetsrad.Site.Search;
using Trygghetsrad.Site.Topics;

namespace Trygghetsrad.Site.Tests.Building;

/// <summary>The build cache file gives back every value it was given (a value it dropped would make an incremental build differ).</summary>
public sealed class BuildCacheFileTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), "trygghetsrad-cache-" + Guid.NewGuid().ToString("N") + ".bin");

    public void Dispose()
    {
        File.Delete(_file);
        File.Delete(_file + ".2");
    }

    [Fact]
    public void Every_value_survives_a_round_trip_except_the_meeting_text_which_is_read_again()
    {
        var cache = Sample();
        BuildCacheFile.Save(cache, _file);
        var first = BuildCacheFile.Load(_file);
        Assert.NotNull(first);

        // Saved again as loaded: passages nobody read are copied from the first file's bytes.
        BuildCacheFile.Save(first, _file + ".2");
        var loaded = BuildCacheFile.Load(_file + ".2");

        Assert.NotNull(loaded);
        Assert.Equal(Json(Sorted(cache.Meetings)), Json(Sorted(first.Meetings)));
        Assert.Equal(cache.Settings, loaded.Settings);
        Assert.Equal(cache.Inputs, loaded.Inputs);
        Assert.Equal(cache.OutputDirectory, loaded.OutputDirectory);
        Assert.Equal(Json(cache.Sources.ToDictionary(s => s.Key, s => s.Value.WithoutBody())), Json(loaded.Sources));
        Assert.All(loaded.Sources.Values, s => Assert.True(s.BodyOmitted));
        Assert.Equal(Json(Sorted(cache.Meetings)), Json(Sorted(loaded.Meetings)));
        Assert.Equal(Json(Sorted(cache.Pages)), Json(Sorted(loaded.Pages)));
        Assert.Equal(Json(Sorted(cache.Files)), Json(Sorted(loaded.Files)));
        Assert.Equal(Json(Sorted(cache.FileInputs)), Json(Sorted(loaded.FileInputs)));
        Assert.Equal(cache.Terms.Terms, loaded.Terms.Terms);
        Assert.Equal(cache.Numbering, loaded.Numbering);
        Assert.Equal(Json(cache.Index with { PostingsFiles = Sorted(cache.Index.PostingsFiles) }), Json(loaded.Index with { PostingsFiles = Sorted(loaded.Index.PostingsFiles) }));
    }

    [Fact]
    public void A_meeting_read_from_a_cache_and_changed_is_written_as_changed_not_copied_from_the_file()
    {
        BuildCacheFile.Save(Sample(), _file);
        var first = BuildCacheFile.Load(_file)!;
        var path = first.Numbering[0];
        var changed = first.Meetings[path] with { Products = first.Meetings[path].Products! with { Summary = first.Meetings[path].Products!.Summary with { Title = "Ändrad titel" } } };
        var meetings = new Dictionary<string, CachedMeeting>(first.Meetings, StringComparer.Ordinal) { [path] = changed };

        BuildCacheFile.Save(first with { Meetings = meetings }, _file + ".2");

        var loaded = BuildCacheFile.Load(_file + ".2")!;
        Assert.Equal("Ändrad titel", loaded.Meetings[path].Products!.Summary.Title);
        Assert.Equal(Json(Sorted(first.Meetings)[path].Products!.Hits), Json(loaded.Meetings[path].Products!.Hits));
    }

    [Fact]
    public void A_cache_cut_off_anywhere_reads_as_no_cache()
    {
        BuildCacheFile.Save(Sample(), _file);
        var whole = File.ReadAllBytes(_file);
        for (var length = 0; length < whole.Length; length += Math.Max(1, length / 16))
        {
            File.WriteAllBytes(_file + ".2", whole[..length]);
            Assert.Null(BuildCacheFile.Load(_file + ".2"));
        }
    }

    [Fact]
    public void A_file_that_is_not_a_cache_of_this_format_reads_as_no_cache()
    {
        File.WriteAllText(_file, "inte en byggcache");
        Assert.Null(BuildCacheFile.Load(_file));
        Assert.Null(BuildCacheFile.Load(_file + ".saknas"));
    }

    private static BuildCache Sample()
    {
        var topic = new TopicDefinition("klotter", "Klotter", "Klotter och skadegörelse.", ["klotter", "graffiti"]);
        var meeting = new Meeting(
            "2021-09-15-extra", "content/moten/2021/2021-09-15-extra.md", new DateOnly(2021, 9, 15), new TimeOnly(17, 30), new TimeOnly(19, 0),
            "Digitalt via Teams", [new ParticipantGroup("Förtroendevalda", ["Anna (C)", "Bo (S)"]), new ParticipantGroup(null, ["Polisen"])],
            ["klotter"], new NextMeeting(new DateOnly(2021, 11, 17), new TimeOnly(17, 30), null, "Kommunhuset"), "Karin", "Extra möte", false,
            "## Inledning\n\nText.\n", 24);
        var warning = Diagnostic.Warning(new SourceLocation(meeting.SourcePath, 30, 2), "rubriken hoppar");
        var source = new MeetingSource(meeting.SourcePath, new FileStamp(1234, 5678), 91011, new Hash128(1, 2), meeting, [warning]);
        var terms = new TermTable(["klott", "skol"]);
        var summary = new MeetingSummary("/moten/2021-09-15-extra/", "Extra möte", "15 september 2021", "onsdag 15 september 2021", "2021-09-15", "kl. 17.30–19.00", null, "Anteckningar", [new TopicRef("/amnen/klotter/", "Klotter", "klotter")], ["Inledning"]);
        var hit = new TopicHit(topic, [new TopicMention("inledning", "Inledning", "Klotter vid skolan.", [new TextRange(0, 7)])], Listed: true);
        var products = new MeetingProducts(new Hash128(3, 4), summary, [hit], [new SectionLink("inledning", "Inledning", "/moten/2021-09-15-extra/#inledning")], new byte[] { 1, 2, 3 }, new Hash128(16, 17), new Hash128(20, 21));
        return new BuildCache
        {
            Settings = new Hash128(5, 6),
            Inputs = new Hash128(7, 8),
            OutputDirectory = "/tmp/site",
            Sources = new Dictionary<string, MeetingSource> { [source.Path] = source },
            Meetings = new Dictionary<string, CachedMeeting> { [source.Path] = new(source.Hash, [warning], products), ["content/moten/2021/utkast.md"] = new(new Hash128(9, 9), [], null) },
            Pages = new Dictionary<string, CachedPage> { ["index.html"] = new(new Hash128(10, 11), new HashSet<string> { "main", "sok" }) },
            Files = new Dictionary<string, Hash128> { ["index.html"] = new(12, 13), ["assets/site.css"] = new(14, 15) },
            FileInputs = new Dictionary<string, Hash128> { ["api/moten.json"] = new(18, 19) },
            Terms = terms,
            Numbering = [source.Path],
            Index = new IndexState(2, [100, 200], new Dictionary<string, int> { ["kl"] = 1, ["b-0"] = 0 }),
        };
    }

    private static SortedDictionary<string, T> Sorted<T>(IReadOnlyDictionary<string, T> map) => new(map.ToDictionary(e => e.Key, e => e.Value), StringComparer.Ordinal);

    private static string Json(object value) => JsonSerializer.Serialize(value, new JsonSerializerOptions { IncludeFields = true });
}
