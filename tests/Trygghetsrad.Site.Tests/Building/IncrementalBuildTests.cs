using System.Text;
using Trygghetsrad.FictionalArchive;
using Trygghetsrad.Site.Building;
using Trygghetsrad.Site.Tests.Infrastructure;

namespace Trygghetsrad.Site.Tests.Building;

/// <summary>
/// A build that reuses the previous build's cache writes exactly what a clean build of the same content
/// writes — byte for byte, no file more or less — after every kind of change an editor or developer makes.
/// </summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private const int MeetingCount = 40;
    private readonly string _root = Path.Combine(Path.GetTempPath(), "trygghetsrad-inc-" + Guid.NewGuid().ToString("N"));

    public IncrementalBuildTests()
    {
        ArchiveGenerator.Write(Content, MeetingCount, seed: 11);
        CopyFolder(TempContent.Templates, Templates);
    }

    private string Content => Path.Combine(_root, "content");

    private string Templates => Path.Combine(_root, "templates");

    private string Site => Path.Combine(_root, "site");

    private string CacheFile => Path.Combine(_root, "cache", "site.bin");

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    public static TheoryData<string> Edits => [.. EditsByName.Keys];

    // Each edit changes the content or templates of a built site; the name says what it touches.
    private static readonly IReadOnlyDictionary<string, Action<IncrementalBuildTests>> EditsByName = new Dictionary<string, Action<IncrementalBuildTests>>
    {
        ["nothing"] = _ => { },
        ["body text"] = t => t.Edit(20, text => text.Replace("## Inledning\n\n", "## Inledning\n\nEtt nytt stycke om klotter vid skolan.\n\n", StringComparison.Ordinal)),
        ["heading"] = t => t.Edit(20, text => text.Replace("## Inledning", "## Öppning av mötet", StringComparison.Ordinal)),
        ["title"] = t => t.Edit(20, text => text.Replace("note_taker:", "title: Extra möte om klotter\nnote_taker:", StringComparison.Ordinal)),
        ["topic mentioned"] = t => t.Edit(5, text => text + "\nNågon nämnde kameraövervakning och nattvandrare.\n"),
        ["date moved to another year"] = t => t.Move(10, "1989-12-01"),
        ["meeting added in the middle"] = t => t.Add("1990-01-20-extra.md", "1990-01-20"),
        ["newest meeting added"] = t => t.Add("1991-06-01.md", "1991-06-01"),
        ["meeting deleted"] = t => File.Delete(t.MeetingFile(15)),
        ["newest meeting deleted"] = t => File.Delete(t.MeetingFile(MeetingCount - 1)),
        // A word in forty sections of one meeting has a long list, numbered before klotter's in the shard "kl":
        // the long lists after it are numbered anew.
        ["long list ahead of others in its shard"] = t => t.Edit(20, text => text + string.Concat(Enumerable.Range(1, 40).Select(n => $"\n## Punkt {n}\n\nKlabbarna diskuterades.\n"))),
        ["made a draft"] = t => t.Edit(25, text => text.Replace("note_taker:", "draft: true\nnote_taker:", StringComparison.Ordinal)),
        ["next meeting moved"] = t => t.Edit(MeetingCount - 1, text => text.Replace("next_meeting:\n  date: 1990-02-12", "next_meeting:\n  date: 1990-02-20", StringComparison.Ordinal)),
        ["topic description"] = t => File.AppendAllText(Path.Combine(t.Content, "topics.yml"), "- slug: ny-test\n  name: Nytt testämne\n  description: Ett fiktivt ämne.\n  match: [belysningen]\n"),
        ["site name"] = t => File.WriteAllText(Path.Combine(t.Content, "site.yml"), File.ReadAllText(Path.Combine(t.Content, "site.yml")).Replace("name:", "name: Nytt", StringComparison.Ordinal)),
        ["template"] = t => File.AppendAllText(Path.Combine(t.Templates, "topic.sbn"), "\n<p>Ändrad mall.</p>\n"),
        ["stylesheet"] = t => File.AppendAllText(Path.Combine(t.Templates, "assets", "site.css"), "\n.test { color: red; }\n"),
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public void A_build_from_the_cache_after_an_edit_equals_a_clean_build(string edit)
    {
        var first = Build(new BuildCacheStore(CacheFile));
        Assert.Equal(0, first.KeptPageCount);
        Assert.True(File.Exists(CacheFile));

        EditsByName[edit](this);

        // A new store reads the file, as the next run of `build` does.
        var second = Build(new BuildCacheStore(CacheFile));

        AssertSameAsClean(edit);
        if (edit == "nothing")
        {
            Assert.Equal(second.PageCount, second.KeptPageCount);
            Assert.Equal(0, second.WrittenFileCount);
        }
    }

    [Fact]
    public void One_edited_meeting_re_renders_only_the_pages_it_touches()
    {
        var first = Build(new BuildCacheStore(CacheFile));
        Edit(20, text => text.Replace("## Inledning\n\n", "## Inledning\n\nEtt nytt stycke om klotter vid skolan.\n\n", StringComparison.Ordinal));

        var second = Build(new BuildCacheStore(CacheFile));

        // Its own page, its year, its topic pages, the list of all meetings: a handful, not the site.
        var rendered = second.PageCount - second.KeptPageCount;
        Assert.InRange(rendered, 1, 12);
        Assert.Equal(first.PageCount, second.PageCount);
        AssertSameAsClean("body text");
    }

    [Fact]
    public void A_meeting_added_at_the_newest_end_patches_the_search_index_even_when_the_phrase_buckets_double()
    {
        Build(new BuildCacheStore(CacheFile));
        var before = Buckets();

        // A newest meeting with thousands of words never seen before: many new phrases, so more buckets.
        var words = Enumerable.Range(0, 4000).Select(n => "ord" + new string([.. n.ToString("D5", System.Globalization.CultureInfo.InvariantCulture).Select(c => (char)('a' + c - '0'))]));
        Add("1990-03-01.md", "1990-03-01");
        File.AppendAllText(Path.Combine(Content, "moten", "1990", "1990-03-01.md"), "\n## Ordlista\n\n" + string.Join(' ', words) + ".\n");

        var result = Build(new BuildCacheStore(CacheFile));

        Assert.True(result.KeptPageCount > 0);
        Assert.NotEqual(before, Buckets());
        AssertSameAsClean("many newest meetings added");
    }

    [Fact]
    public void A_store_in_memory_follows_a_series_of_edits_as_serve_does()
    {
        var store = new BuildCacheStore();
        Build(store);
        foreach (var edit in new[] { "body text", "title", "meeting added in the middle", "meeting deleted", "template", "nothing" })
        {
            EditsByName[edit](this);
            var result = Build(store);
            AssertSameAsClean(edit);
            Assert.True(edit == "template" || result.KeptPageCount > 0, $"after '{edit}' no page was kept");
        }

        Assert.False(File.Exists(CacheFile));
    }

    // Each cache is written from the one before it: kept meetings' passages are copied from its bytes unread.
    [Fact]
    public void A_cache_file_follows_a_series_of_edits_as_repeated_builds_do()
    {
        Build(new BuildCacheStore(CacheFile));
        foreach (var edit in new[] { "body text", "topic mentioned", "nothing", "heading", "meeting added in the middle", "body text" })
        {
            EditsByName[edit](this);
            var result = Build(new BuildCacheStore(CacheFile));
            AssertSameAsClean(edit);
            Assert.True(result.KeptPageCount > 0, $"after '{edit}' no page was kept");
        }
    }

    [Fact]
    public void A_file_saved_again_within_the_clock_resolution_is_read_again_even_with_the_same_size_and_time()
    {
        Build(new BuildCacheStore(CacheFile));
        var path = MeetingFile(20);
        var stamp = File.GetLastWriteTimeUtc(path);
        var text = File.ReadAllText(path);

        // The same length and the same time of last change: only the time since reading tells it may have changed.
        File.WriteAllText(path, text.Replace("Inledning", "Inledninx", StringComparison.Ordinal), new UTF8Encoding(false));
        File.SetLastWriteTimeUtc(path, stamp);

        Build(new BuildCacheStore(CacheFile));

        AssertSameAsClean("same size and time");
        Assert.Contains("Inledninx", File.ReadAllText(Path.Combine(Site, "moten", Path.GetFileNameWithoutExtension(path), "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_written_by_someone_else_is_written_again_once_the_store_is_told()
    {
        var store = new BuildCacheStore(CacheFile);
        Build(store);
        var page = "moten/" + Path.GetFileNameWithoutExtension(MeetingFile(20)) + "/index.html";
        File.WriteAllText(Path.Combine(Site, page), "<p>förhandsvisning</p>");

        store.Invalidate(page);
        Build(new BuildCacheStore(CacheFile));

        AssertSameAsClean("page overwritten by the quick preview");
    }

    [Fact]
    public void A_damaged_cache_is_ignored_and_the_build_starts_clean()
    {
        Build(new BuildCacheStore(CacheFile));
        var bytes = File.ReadAllBytes(CacheFile);
        File.WriteAllBytes(CacheFile, bytes[..(bytes.Length / 2)]);
        Edit(3, text => text + "\nEtt tillägg.\n");

        var result = Build(new BuildCacheStore(CacheFile));

        Assert.Equal(0, result.KeptPageCount);
        AssertSameAsClean("damaged cache");
    }

    [Fact]
    public void A_deleted_site_folder_is_built_again_in_full()
    {
        Build(new BuildCacheStore(CacheFile));
        Directory.Delete(Site, recursive: true);

        var result = Build(new BuildCacheStore(CacheFile));

        Assert.Equal(0, result.KeptPageCount);
        AssertSameAsClean("deleted site");
    }

    // A kept page's links are not read again while everything they could point at is still there; when a page
    // or an anchor goes away, the pages that link to it are kept all the same, and their links must be checked.
    [Theory]
    [InlineData("heading renamed")]
    [InlineData("meeting deleted")]
    public void A_link_on_a_kept_page_to_a_page_or_anchor_that_goes_away_fails_as_in_a_clean_build(string change)
    {
        var target = Path.GetFileNameWithoutExtension(MeetingFile(20));
        Edit(5, text => text + $"\nSe [inledningen förra gången](/moten/{target}/#inledning).\n");
        Build(new BuildCacheStore(CacheFile));

        if (change == "heading renamed")
        {
            Edit(20, text => text.Replace("## Inledning", "## Öppning av mötet", StringComparison.Ordinal));
        }
        else
        {
            File.Delete(MeetingFile(20));
        }

        var incremental = new SiteBuilder().Build(Options(new BuildCacheStore(CacheFile)));
        var clean = new SiteBuilder().Build(Options(null, Path.Combine(_root, "clean")));

        Assert.False(clean.Succeeded);
        var broken = Assert.Single(clean.Diagnostics);
        Assert.Contains($"trasig länk '/moten/{target}/#inledning'", broken.Message, StringComparison.Ordinal);
        Assert.Equal(clean.Diagnostics.Select(d => d.ToString()), incremental.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void A_failed_build_leaves_the_site_and_its_cache_as_they_were()
    {
        Build(new BuildCacheStore(CacheFile));
        var before = SiteBuild.Files(Site);
        var path = MeetingFile(20);
        var good = File.ReadAllText(path);
        File.WriteAllText(path, good.Replace("## Inledning", "# Inledning", StringComparison.Ordinal) + "\nNy text.\n");

        var failed = new SiteBuilder().Build(Options(new BuildCacheStore(CacheFile)));

        Assert.False(failed.Succeeded);
        var after = SiteBuild.Files(Site);
        Assert.Equal(before.Keys, after.Keys);
        Assert.All(before, file => Assert.True(file.Value.AsSpan().SequenceEqual(after[file.Key]), file.Key));
        Assert.True(File.Exists(CacheFile));

        File.WriteAllText(path, good + "\nNy text.\n");
        var fixedBuild = Build(new BuildCacheStore(CacheFile));
        Assert.True(fixedBuild.KeptPageCount > 0);
        AssertSameAsClean("fixed after a failed build");
    }

    private BuildOptions Options(BuildCacheStore? store, string? output = null) =>
        new(Content, Templates, output ?? Site, Cache: store);

    private BuildResult Build(BuildCacheStore? store, string? output = null)
    {
        var result = new SiteBuilder().Build(Options(store, output));
        Assert.True(result.Succeeded, "Build failed:\n" + string.Join('\n', result.Diagnostics));
        return result;
    }

    private void AssertSameAsClean(string edit)
    {
        var cleanFolder = Path.Combine(_root, "clean-" + Guid.NewGuid().ToString("N"));
        Build(null, cleanFolder);
        var clean = SiteBuild.Files(cleanFolder);
        var incremental = SiteBuild.Files(Site);
        Directory.Delete(cleanFolder, recursive: true);

        Assert.True(clean.Keys.SequenceEqual(incremental.Keys), $"after '{edit}': only in the clean build [{string.Join(", ", clean.Keys.Except(incremental.Keys))}], only in the incremental one [{string.Join(", ", incremental.Keys.Except(clean.Keys))}]");
        foreach (var (path, bytes) in clean)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(incremental[path]), $"after '{edit}': {path} differs from a clean build");
        }

        // No folder a clean build would not have (a deleted meeting's folder goes with it).
        var cleanFolders = clean.Keys.Select(k => Path.GetDirectoryName(k)!.Replace('\\', '/')).ToHashSet(StringComparer.Ordinal);
        foreach (var folder in Directory.EnumerateDirectories(Site, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Site, folder).Replace('\\', '/');
            Assert.True(cleanFolders.Any(f => f == relative || f.StartsWith(relative + "/", StringComparison.Ordinal)), $"after '{edit}': empty folder {relative} left behind");
        }
    }

    private int Buckets() =>
        System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(Site, "sok", "index", "manifest.json"))).RootElement.GetProperty("buckets").GetInt32();

    private string MeetingFile(int index) =>
        Directory.EnumerateFiles(Path.Combine(Content, "moten"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ElementAt(index);

    private void Edit(int index, Func<string, string> change)
    {
        var path = MeetingFile(index);
        var before = File.ReadAllText(path);
        var after = change(before);
        Assert.NotEqual(before, after);
        File.WriteAllText(path, after, new UTF8Encoding(false));
    }

    private void Move(int index, string date)
    {
        var path = MeetingFile(index);
        var text = File.ReadAllText(path);
        var old = Path.GetFileNameWithoutExtension(path);
        var target = Path.Combine(Content, "moten", date[..4], date + ".md");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllText(target, text.Replace("date: " + old, "date: " + date, StringComparison.Ordinal), new UTF8Encoding(false));
        File.Delete(path);
    }

    private void Add(string fileName, string date)
    {
        var text = ArchiveGenerator.Meeting(new Random(99), 99, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture).AddDays(30));
        var path = Path.Combine(Content, "moten", date[..4], fileName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
