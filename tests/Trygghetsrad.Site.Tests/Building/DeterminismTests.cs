using Trygghetsrad.FictionalArchive;
using Trygghetsrad.Site.Tests.Infrastructure;

namespace Trygghetsrad.Site.Tests.Building;

/// <summary>The same input builds to byte-identical output, in parallel or not: pages, search index, feeds, calendar, open data and sitemap.</summary>
public sealed class DeterminismTests : IDisposable
{
    private readonly TempContent _temp = new();

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string> Archives => new() { "fictional", "follow" };

    [Theory]
    [MemberData(nameof(Archives))]
    public void Two_builds_of_the_same_content_are_byte_identical_and_parallel_equals_sequential(string archive)
    {
        var content = archive == "follow" ? FollowSite.ContentDirectory : Path.Combine(_temp.Root, "fictional");
        if (archive == "fictional")
        {
            ArchiveGenerator.Write(content, 60, seed: 7);
        }

        var first = SiteBuild.Files(SiteBuild.Succeeding(content, Path.Combine(_temp.Root, "a")));
        var second = SiteBuild.Files(SiteBuild.Succeeding(content, Path.Combine(_temp.Root, "b"), parallelism: 4));
        var sequential = SiteBuild.Files(SiteBuild.Succeeding(content, Path.Combine(_temp.Root, "c"), parallelism: 1));

        Assert.Equal(first.Keys, second.Keys);
        Assert.Equal(first.Keys, sequential.Keys);
        foreach (var file in new[] { "feed.xml", "kalender.ics", "api/moten.json", "sitemap.xml", "sok/index/manifest.json" })
        {
            Assert.Contains(file, first.Keys);
        }

        foreach (var (path, bytes) in first)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(second[path]), $"{path} differs between two builds");
            Assert.True(bytes.AsSpan().SequenceEqual(sequential[path]), $"{path} differs between parallel and sequential builds");
        }
    }
}
