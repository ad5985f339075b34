using Trygghetsrad.Site.Building;

namespace Trygghetsrad.Site.Tests.Infrastructure;

/// <summary>The fictional archive (<see cref="Fixtures.RichArchive"/>) built once per test class at base path '/'.</summary>
public sealed class RichSite : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "trygghetsrad-rich-" + Guid.NewGuid().ToString("N"));

    /// <summary>Builds the archive, failing on any error.</summary>
    public RichSite()
    {
        Result = new SiteBuilder().Build(new BuildOptions(Fixtures.RichArchive, TempContent.Templates, Output, "/", MaxParallelism: 1));
        Assert.True(Result.Succeeded, "Build failed:\n" + string.Join('\n', Result.Diagnostics));
    }

    /// <summary>The build's outcome.</summary>
    public BuildResult Result { get; }

    /// <summary>The built site.</summary>
    public string Output => Path.Combine(_root, "site");

    /// <summary>The text of a built file: "uppfoljning/index.html".</summary>
    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Output, relativePath));

    /// <summary>A built page, parsed.</summary>
    public AngleSharp.Html.Dom.IHtmlDocument Page(string relativePath) => new AngleSharp.Html.Parser.HtmlParser().ParseDocument(Read(relativePath));

    /// <inheritdoc />
    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
