namespace Trygghetsrad.Site.Building;

/// <summary>What to build and where.</summary>
/// <param name="ContentDirectory">The content folder (site.yml, topics.yml, moten/).</param>
/// <param name="TemplatesDirectory">The templates folder (*.sbn and assets/).</param>
/// <param name="OutputDirectory">Where the site goes; replaced only when the build succeeds.</param>
/// <param name="BasePath">Overrides site.yml's base path when given.</param>
/// <param name="MaxParallelism">Threads for independent pages; 1 builds sequentially. Output is identical either way.</param>
/// <param name="BaseUrl">Overrides site.yml's base URL (the origin) when given, e.g. from actions/configure-pages.</param>
/// <param name="Progress">Told as meeting pages are written (from several threads), for a progress line on a terminal.</param>
/// <param name="DryRun">Renders and checks everything, links included, but writes nothing (for <c>check</c>).</param>
/// <param name="Drafts">
/// Builds drafts too, each marked as a draft that is not published and that search engines must not index: for
/// previews (<c>serve</c>, a pull request's preview) and for <c>check</c>, never for the published site.
/// </param>
/// <param name="RelativeLinks">
/// Writes every link between the site's own pages and files relative to the page, with <c>index.html</c> written
/// out, so that a copy of the site opens from the file system (a downloaded preview) with its styles and links.
/// </param>
/// <param name="Today">
/// The day the site is built for, in Stockholm: an announced meeting before it has passed. Null when unknown; the
/// newest published meeting then stands for today. The command line reads it from SOURCE_DATE_EPOCH, so the same
/// content and day always give the same site.
/// </param>
public sealed record BuildOptions(
    string ContentDirectory = "content",
    string TemplatesDirectory = "templates",
    string OutputDirectory = "_site",
    string? BasePath = null,
    int MaxParallelism = -1,
    string? BaseUrl = null,
    IProgress<BuildProgress>? Progress = null,
    bool DryRun = false,
    bool Drafts = false,
    bool RelativeLinks = false,
    DateOnly? Today = null);

/// <summary>How far a build has come: <paramref name="Done"/> of <paramref name="Total"/> meeting pages written.</summary>
/// <param name="Done">Pages written so far.</param>
/// <param name="Total">Pages to write in this phase.</param>
public readonly record struct BuildProgress(int Done, int Total);
