using Markdig;

namespace Trygghetsrad.Site.Content;

/// <summary>
/// The one Markdig pipeline of the site, built once and shared by every thread (a built pipeline is immutable).
/// Raw HTML is switched off: editors write Markdown only, and anything in angle brackets is shown as text,
/// so no content can inject markup or script.
/// </summary>
public static class MarkdownSetup
{
    /// <summary>The shared pipeline.</summary>
    public static MarkdownPipeline Pipeline { get; } = Build();

    private static MarkdownPipeline Build()
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseEmphasisExtras()
            .UseListExtras()
            .UseAutoLinks()
            .UsePreciseSourceLocation()
            .DisableHtml();
        builder.DocumentProcessed += TableAlignment.ToClasses;
        return builder.Build();
    }
}
