using Trygghetsrad.Site.Tests.Infrastructure;

namespace Trygghetsrad.Site.Tests.Output;

public sealed class DeterminismTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "trygghetsrad-determinism-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void TwoBuilds_SequentialAndParallel_WriteTheSameBytes()
    {
        var first = Path.Combine(_folder, "a");
        var second = Path.Combine(_folder, "b");
        FollowSite.BuildInto(first, maxParallelism: 1);
        FollowSite.BuildInto(second, maxParallelism: 4);

        var files = Files(first);
        Assert.Equal(files, Files(second));
        Assert.Contains("feed.xml", files);
        Assert.Contains("kalender.ics", files);
        Assert.Contains("api/moten.json", files);
        Assert.Contains("sitemap.xml", files);
        foreach (var file in files)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(first, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second, file))), file);
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static List<string> Files(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
}
