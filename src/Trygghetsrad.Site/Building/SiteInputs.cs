using Trygghetsrad.Site.Content;
using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Rendering;

namespace Trygghetsrad.Site.Building;

/// <summary>
/// What every run reads before it can render: the content, the parsed templates and the string tables of the
/// pages' wording. <c>build</c>, <c>check</c> and <c>serve</c> load them here, so all three reject exactly the same input.
/// </summary>
/// <param name="Content">Settings, topics and meetings.</param>
/// <param name="Templates">The parsed templates.</param>
/// <param name="Strings">The wording of the pages in each language the templates have.</param>
public sealed record SiteInputs(ContentSet Content, TemplateSet Templates, StringTables Strings)
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
        if (content is null)
        {
            return null;
        }

        // The tables are checked against the one in the site's language, which site.yml names.
        var strings = StringTables.Load(templatesDirectory, content.Site.Language, diagnostics);
        return templates is null || strings is null || !EveryLanguageHasTexts(content, strings, diagnostics) ? null : new SiteInputs(content, templates, strings);
    }

    // A page is written with the wording of its language's string table, so its language must have one.
    private static bool EveryLanguageHasTexts(ContentSet content, StringTables strings, DiagnosticBag diagnostics)
    {
        var ok = true;
        foreach (var page in content.Pages)
        {
            if (page.Lang is { } lang && page.LangAt is { } at && !strings.Has(lang))
            {
                diagnostics.Error(at, $"det finns inga texter för språket '{lang}' – sidhuvud, menyer och sidfot behöver templates/{StringTables.Folder}/{lang}.yml (finns för: {string.Join(", ", strings.Languages)})");
                ok = false;
            }
        }

        foreach (var summary in content.Meetings.SelectMany(m => m.Summaries).Where(s => !strings.Has(s.Kind.Lang)))
        {
            diagnostics.Error(summary.At, $"sammanfattningen '{summary.Kind.Key}' visas med rubriken ur templates/{StringTables.Folder}/{summary.Kind.Lang}.yml, som saknas");
            ok = false;
        }

        return ok;
    }
}
