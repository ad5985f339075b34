using Trygghetsrad.Site.Rendering;
using System.Text;
using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Text;

namespace Trygghetsrad.Site.Serving;

/// <summary>The page <c>serve</c> shows instead of the site while the content has errors: every diagnostic, as in the terminal.</summary>
public static class ErrorPage
{
    /// <summary>The page's HTML (the reload script is injected like on any page).</summary>
    public static string Render(IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var html = new StringBuilder();
        html.Append("""
            <!doctype html>
            <html lang="sv">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Fel i innehållet – förhandsvisning</title>
            </head>
            <body>
            <main id="serve-fel">
            """);
        html.Append(CultureInvariant($"<h1>Webbplatsen kan inte byggas: {SwedishCount.Of(errors, "error")}</h1>\n"));
        html.Append("<p>Rätta felen nedan och spara filen. Sidan laddas om av sig själv.</p>\n<ul>\n");
        foreach (var diagnostic in diagnostics)
        {
            var kind = diagnostic.Severity == Severity.Error ? "fel" : "varning";
            html.Append(CultureInvariant($"<li class=\"{kind}\"><code>{HtmlText.Escape(diagnostic.Location.ToString())}</code> {kind}: {HtmlText.Escape(diagnostic.Message)}</li>\n"));
        }

        html.Append("</ul>\n</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string CultureInvariant(FormattableString text) => FormattableString.Invariant(text);
}
