using Trygghetsrad.Site.Building;

namespace Trygghetsrad.Site.BrowserTests.Infrastructure;

/// <summary>Builds a site into a temporary folder and serves it; disposing stops the server and deletes the folder.</summary>
public sealed class BuiltSite : IDisposable
{
    private readonly string _folder;

    private BuiltSite(string folder, string basePath, BuildResult result)
    {
        _folder = folder;
        BasePath = basePath;
        Result = result;
        Server = new StaticSiteServer(Output, basePath);
    }

    /// <summary>The build's outcome.</summary>
    public BuildResult Result { get; }

    /// <summary>The base path the site was built with.</summary>
    public string BasePath { get; }

    /// <summary>The built site's folder.</summary>
    public string Output => Path.Combine(_folder, "site");

    /// <summary>The server.</summary>
    public StaticSiteServer Server { get; }

    /// <summary>The absolute URL of a path below the base path ("sok/?q=klotter").</summary>
    public string Url(string relative = "") => Server.Url(BasePath + relative);

    /// <summary>Builds <paramref name="contentDirectory"/> with the repository's templates, for <paramref name="today"/> when given.</summary>
    public static BuiltSite Build(string contentDirectory, string basePath = "/trygghetsrad/", DateOnly? today = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "trygghetsrad-browser-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var result = new SiteBuilder().Build(new BuildOptions(
            contentDirectory,
            Path.Combine(RepositoryRoot.Path, "templates"),
            Path.Combine(folder, "site"),
            basePath,
            Today: today));
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The site did not build:\n" + string.Join('\n', result.Diagnostics));
        }

        return new BuiltSite(folder, basePath, result);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Server.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
