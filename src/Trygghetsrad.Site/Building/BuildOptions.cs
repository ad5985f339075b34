namespace Trygghetsrad.Site.Building;

/// <summary>What to build and where.</summary>
/// <param name="ContentDirectory">The content folder (site.yml, topics.yml, moten/).</param>
/// <param name="TemplatesDirectory">The templates folder (*.sbn and assets/).</param>
/// <param name="OutputDirectory">Where the site goes; replaced only when the build succeeds.</param>
/// <param name="BasePath">Overrides site.yml's base path when given.</param>
/// <param name="MaxParallelism">Threads for independent pages; 1 builds sequentially. Output is identical either way.</param>
public sealed record BuildOptions(
    string ContentDirectory = "content",
    string TemplatesDirectory = "templates",
    string OutputDirectory = "_site",
    string? BasePath = null,
    int MaxParallelism = -1);
