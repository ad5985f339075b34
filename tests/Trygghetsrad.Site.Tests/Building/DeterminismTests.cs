using Trygghetsrad.FictionalArchive;
using Trygghetsrad.Site.Tests.Infrastructure;

namespace Trygghetsrad.Site.Tests.Building;

/// <summary>The same input builds to byte-identical output, in parallel or not.</summary>
public sealed class DeterminismTests : IDisposable
{
    private readonly TempContent _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Two_builds_of_the_same_content_are_byte_identical_and_parallel_equals_sequential()
    {
        var content = Path.Combine(_temp.Root, "fictional");
        ArchiveGenerator.Write(content, 60, seed: 7);

        var first = SiteBuild.Files(SiteBuild.Succeeding(content, Path.Combine(_temp.Root, "a")));
        var second = SiteBuild.Files(SiteBuild.Succeeding(content, Path.Combine(_temp.Root, "b")));
        var sequential = SiteBuild.Files(SiteBuild.Succeeding(content, Path.Combine(_temp.Root, "c"), parallelism: 1));

        Assert.True(first.Count > 60);
        Assert.Equal(first.Keys, second.Keys);
        Assert.Equal(first.Keys, sequential.Keys);
        foreach (var (path, bytes) in first)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(second[path]), $"{path} differs between two builds");
            Assert.True(bytes.AsSpan().SequenceEqual(sequential[path]), $"{path} differs between parallel and sequential builds");
        }
    }
}
