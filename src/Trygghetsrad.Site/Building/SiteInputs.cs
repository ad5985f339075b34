using Trygghetsrad.Site.Content;
using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Rendering;

namespace Trygghetsrad.Site.Building;

/// <summary>
/// What every run reads before it can render: the content and the parsed templates. <c>build</c>, <c>check</c>
/// and <c>serve</c> load them here, so all three reject exactly the same input.
/// </summary>
/// <param name="Content">Settings, topics and meetings.</param>
/// <param name="Templates">The parsed templates.</param>
public sealed record SiteInputs(ContentSet Content, TemplateSet Templates)
{
    /// <summary>
    /// Loads both, reporting every problem; null when nothing can be rendered (no content folder, no readable
    /// site.yml, a template that does not parse). Content with errors is loaded as far as it goes.
    /// </summary>
    /// <param name="contentDirectory">The content folder.</param>
    /// <param name="templatesDirectory">The templates folder.</param>
    /// <param name="diagnostics">Receives every problem found.</param>
    public static SiteInputs? Load(string contentDirectory, string templatesDirectory, DiagnosticBag diagnostics)
    {
        // Nothing is read while a symbolic link could lead outside the folders.
        if (!ContentBoundary.Check(contentDirectory, ContentBoundary.ContentNames, diagnostics) | !ContentBoundary.Check(templatesDirectory, TemplateSet.Names, diagnostics))
        {
            return null;
        }

        // The templates are parsed while the content is read: neither needs the other, and reading the settings,
        // the topics and the folder of meeting files leaves a core idle.
        var parsing = Task.Run(() => TemplateSet.Load(templatesDirectory, diagnostics));
        var content = ContentLoader.Load(contentDirectory, diagnostics);
        var templates = parsing.GetAwaiter().GetResult();
        return content is null || templates is null ? null : new SiteInputs(content, templates);
    }
}
