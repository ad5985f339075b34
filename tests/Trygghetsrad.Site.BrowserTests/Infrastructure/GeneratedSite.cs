using Trygghetsrad.FictionalArchive;

namespace Trygghetsrad.Site.BrowserTests.Infrastructure;

/// <summary>
/// A fictional archive from tools/Trygghetsrad.FictionalArchive (every meeting says in its front matter that it is
/// fictional), generated into a temporary folder and built; disposing deletes both.
/// </summary>
public sealed class GeneratedSite : IDisposable
{
    private readonly string _content = Path.Combine(Path.GetTempPath(), "trygghetsrad-genererat-" + Guid.NewGuid().ToString("N"));

    /// <summary>Generates <paramref name="count"/> meetings, with the real accessibility statement, and builds them under /trygghetsrad/.</summary>
    public GeneratedSite(int count)
    {
        ArchiveGenerator.Write(_content, count);
        File.Copy(Path.Combine(RepositoryRoot.Path, "content", "tillganglighet.md"), Path.Combine(_content, "tillganglighet.md"));
        Site = BuiltSite.Build(_content);
    }

    /// <summary>The built site.</summary>
    public BuiltSite Site { get; }

    /// <inheritdoc />
    public void Dispose()
    {
        Site.Dispose();
        Directory.Delete(_content, recursive: true);
    }
}
