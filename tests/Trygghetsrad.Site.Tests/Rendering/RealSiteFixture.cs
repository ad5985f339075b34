using Trygghetsrad.Site.Tests.Infrastructure;

namespace Trygghetsrad.Site.Tests.Rendering;

/// <summary>The real content/ built once per test class, with site.yml's own base path.</summary>
public sealed class RealSiteFixture : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "trygghetsrad-real-" + Guid.NewGuid().ToString("N"));

    public RealSiteFixture() => SiteBuild.Succeeding(Path.Combine(RepositoryRoot.Path, "content"), Output);

    /// <summary>The built site.</summary>
    public string Output => Path.Combine(_root, "site");

    /// <summary>The text of a built file.</summary>
    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Output, relativePath));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
