using Trygghetsrad.Site.Building;
using Trygghetsrad.Site.Content;
using Trygghetsrad.Site.Rendering;
using Trygghetsrad.Site.Text;

namespace Trygghetsrad.Site.Pages;

/// <summary>The accessibility statement (tillgänglighetsredogörelse): <c>/tillganglighet/</c>.</summary>
/// <param name="ComplianceText">"helt förenlig", "delvis förenlig" or "inte förenlig".</param>
/// <param name="FullyCompliant">True when the text about known gaps is not introduced by the compliance sentence.</param>
/// <param name="Body">The editors' text about known gaps and the method, rendered from Markdown.</param>
public sealed record StatementPage(
    string Title,
    string Nav,
    string Url,
    string ComplianceText,
    bool FullyCompliant,
    string AssessedIso,
    string AssessedText,
    string ReviewedIso,
    string ReviewedText,
    RawHtml Body) : PageModel(Title, Nav, Url)
{
    /// <summary>DIGG's form for reporting a public body's inaccessible digital service.</summary>
    public string SupervisionUrl => "https://www.digg.se/tdosanmalan";
}

/// <summary>The accessibility statement's page, when the content has <c>tillganglighet.md</c>.</summary>
public sealed class StatementPageKind : ArchivePageKind
{
    /// <inheritdoc/>
    public override string Template => "statement";

    /// <inheritdoc/>
    public override IEnumerable<Func<IPage>> Pages(Archive archive)
    {
        if (archive.Site.Statement is { } statement)
        {
            yield return () => Page(statement, archive.Site);
        }
    }

    /// <summary>The page for <paramref name="statement"/>.</summary>
    public static StatementPage Page(AccessibilityStatement statement, SiteContext site) => new(
        "Tillgänglighetsredogörelse",
        "",
        site.Urls.Statement,
        statement.Compliance switch
        {
            Compliance.Full => "helt förenlig",
            Compliance.Partial => "delvis förenlig",
            _ => "inte förenlig",
        },
        statement.Compliance == Compliance.Full,
        SwedishFormat.IsoDate(statement.Assessed),
        SwedishFormat.Date(statement.Assessed),
        SwedishFormat.IsoDate(statement.Reviewed),
        SwedishFormat.Date(statement.Reviewed),
        site.Markdown.Render(new MeetingBody(statement.Body, []) { SourcePath = statement.SourcePath }));
}
