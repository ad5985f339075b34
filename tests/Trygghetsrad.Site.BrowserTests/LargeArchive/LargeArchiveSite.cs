using Trygghetsrad.Site.BrowserTests.Infrastructure;

namespace Trygghetsrad.Site.BrowserTests.LargeArchive;

/// <summary>A generated fictional archive of <see cref="Count"/> meetings, built and served once per test class.</summary>
public sealed class LargeArchiveSite : IDisposable
{
    /// <summary>Meetings generated, drafts included.</summary>
    public const int Count = 300;

    private readonly GeneratedSite _generated = new(Count);

    /// <summary>The built site.</summary>
    public BuiltSite Site => _generated.Site;

    /// <inheritdoc />
    public void Dispose() => _generated.Dispose();
}
