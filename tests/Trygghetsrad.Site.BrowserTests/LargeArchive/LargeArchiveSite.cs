using Trygghetsrad.FictionalArchive;
using Trygghetsrad.Site.BrowserTests.Infrastructure;

namespace Trygghetsrad.Site.BrowserTests.LargeArchive;

/// <summary>
/// A generated fictional archive of <see cref="Count"/> meetings (every meeting says in its front matter that it
/// is fictional), built and served under /trygghetsrad/ once per test class.
/// </summary>
public sealed class LargeArchiveSite : IDisposable
{
    /// <summary>Meetings generated, drafts included.</summary>
    public const int Count = 300;

    private readonly string _content = Path.Combine(Path.GetTempPath(), "trygghetsrad-arkiv-" + Guid.NewGuid().ToString("N"));

    /// <summary>Generates and builds the archive.</summary>
    public LargeArchiveSite()
    {
        ArchiveGenerator.Write(_content, Count);
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
