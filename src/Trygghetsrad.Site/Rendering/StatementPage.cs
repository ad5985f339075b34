using Trygghetsrad.Site.Content;
using Trygghetsrad.Site.Text;

namespace Trygghetsrad.Site.Rendering;

/// <summary>The accessibility statement page (tillgänglighetsredogörelse).</summary>
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
    RawHtml Body) : IPage
{
    /// <summary>DIGG's form for reporting a public body's inaccessible digital service.</summary>
    public string SupervisionUrl => "https://www.digg.se/tdosanmalan";

    /// <summary>The page for <paramref name="statement"/>.</summary>
    public static StatementPage From(AccessibilityStatement statement, SiteUrls urls, MarkdownHtml markdown) => new(
        "Tillgänglighetsredogörelse",
        "",
        urls.Statement,
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
        markdown.Render(new MeetingBody(statement.Body, []) { SourcePath = statement.SourcePath }));
}
