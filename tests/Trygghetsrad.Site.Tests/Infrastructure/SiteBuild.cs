using Trygghetsrad.Site.Building;

namespace Trygghetsrad.Site.Tests.Infrastructure;

/// <summary>Builds a content folder with the repository's templates into a folder of its own.</summary>
public static class SiteBuild
{
    /// <summary>Builds and asserts success; returns the output folder.</summary>
    public static string Succeeding(string contentDirectory, string outputDirectory, string? basePath = null, int parallelism = -1)
    {
        var result = new SiteBuilder().Build(new BuildOptions(contentDirectory, TempContent.Templates, outputDirectory, basePath, parallelism));
        Assert.True(result.Succeeded, "Build failed:\n" + string.Join('\n', result.Diagnostics));
        return outputDirectory;
    }

    /// <summary>Every file of a built site, relative path → bytes.</summary>
    public static SortedDictionary<string, byte[]> Files(string directory) => new(
        Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(directory, f).Replace('\\', '/'), File.ReadAllBytes),
        StringComparer.Ordinal);
}
