namespace Trygghetsrad.Site.Tests.Infrastructure;

/// <summary>
/// A site built once from <c>Fixtures/follow-content</c> (the real first meeting, two fictional ones and a
/// fictional draft) for the feed, calendar, sitemap and open-data tests; shared as an xunit class fixture.
/// </summary>
public sealed class FollowSite : IDisposable
{
    /// <summary>Builds the fixture site sequentially.</summary>
    public FollowSite()
    {
        Folder = Path.Combine(Path.GetTempPath(), "trygghetsrad-follow-" + Guid.NewGuid().ToString("N"));
        BuildInto(Path.Combine(Folder, "site"));
    }

    /// <summary>The fixture content folder.</summary>
    public static string ContentDirectory => Path.Combine(AppContext.BaseDirectory, "Fixtures", "follow-content");

    /// <summary>The base URL and path from the fixture's site.yml.</summary>
    public const string Root = "https://www.hallstahammar.se/trygghetsradet/";

    /// <summary>The temporary folder holding the build.</summary>
    public string Folder { get; }

    /// <summary>The built site.</summary>
    public string Output => Path.Combine(Folder, "site");

    /// <summary>Builds the fixture content into <paramref name="output"/>, failing the test on any error.</summary>
    public static void BuildInto(string output, int maxParallelism = 1, string? contentDirectory = null) =>
        SiteBuild.Succeeding(contentDirectory ?? ContentDirectory, output, parallelism: maxParallelism);

    /// <summary>A built file's path from its path below the site root ("api/moten.json").</summary>
    public string File(string relative) => Path.Combine(Output, relative.Replace('/', Path.DirectorySeparatorChar));

    /// <inheritdoc />
    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
