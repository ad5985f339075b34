using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Trygghetsrad.Site.Tests.Infrastructure;

/// <summary>
/// Asserts that built pages hold nothing that could run script: no script element but the site's own
/// hashed files and the search page's JSON manifest (a data block, never run), no event-handler attribute, no dangerous element, no script or data URL in any attribute.
/// The one SVG a page may hold is the generator's bar chart: an <c>svg.staplar</c> of plain rectangles, nothing that links,
/// styles or runs.
/// </summary>
public static class SafeHtmlAssert
{
    private static readonly string[] DangerousElements =
        ["iframe", "frame", "frameset", "object", "embed", "applet", "svg:not(.staplar)", "math", "style", "base", "template", "img", "video", "audio", "source", "link:not([rel='stylesheet']):not([rel='alternate'][type='application/atom+xml']):not([rel='alternate'][hreflang])", "meta[http-equiv='refresh']"];

    private static readonly string[] ScriptSchemes = ["javascript:", "vbscript:", "data:", "livescript:"];

    /// <summary>Checks every page of a built site; <paramref name="sitePrefix"/> is where its own scripts live.</summary>
    public static void AllPagesSafe(IEnumerable<string> pages, string assetsPrefix)
    {
        var parser = new HtmlParser();
        foreach (var page in pages)
        {
            using var document = parser.ParseDocument(File.ReadAllText(page));
            PageSafe(document, assetsPrefix, page);
        }
    }

    /// <summary>Checks one parsed page.</summary>
    public static void PageSafe(IDocument document, string assetsPrefix, string name)
    {
        foreach (var script in document.QuerySelectorAll("script"))
        {
            var src = script.GetAttribute("src");
            Assert.True(
                (src is not null && src.StartsWith(assetsPrefix, StringComparison.Ordinal) && script.TextContent.Length == 0) || IsManifestBlock(script),
                $"{name}: foreign script element {script.OuterHtml}");
        }

        foreach (var selector in DangerousElements)
        {
            var found = document.QuerySelector(selector);
            Assert.True(found is null, $"{name}: dangerous element {found?.OuterHtml}");
        }

        foreach (var chart in document.QuerySelectorAll("svg.staplar"))
        {
            Assert.True(ChartOnly(chart), $"{name}: an SVG that is more than a bar chart {chart.OuterHtml}");
        }

        foreach (var element in document.All)
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{name}: event handler {attribute.Name} on <{element.LocalName}>");
                var squeezed = new string(attribute.Value.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray()).ToLowerInvariant();
                foreach (var scheme in ScriptSchemes)
                {
                    Assert.False(squeezed.StartsWith(scheme, StringComparison.Ordinal), $"{name}: {scheme} URL in {attribute.Name} of <{element.LocalName}>: {attribute.Value}");
                }
            }
        }
    }

    // The bar chart: rectangles with a place, a size and a class, in an SVG hidden from screen readers.
    private static bool ChartOnly(IElement svg)
    {
        string[] svgAttributes = ["class", "width", "height", "viewbox", "aria-hidden"];
        string[] rectAttributes = ["class", "x", "y", "width", "height"];
        return svg.Attributes.All(a => svgAttributes.Contains(a.Name, StringComparer.OrdinalIgnoreCase))
            && svg.Children.All(c => c.LocalName == "rect" && c.Children.Length == 0 && c.Attributes.All(a => rectAttributes.Contains(a.Name)));
    }

    // The search page's index manifest: exactly one attribute set, inside the search container, and JSON.
    private static bool IsManifestBlock(IElement script)
    {
        if (script.Attributes.Length != 2 || script.GetAttribute("type") != "application/json" || script.Id != "sok-manifest" || script.ParentElement?.Id != "sok")
        {
            return false;
        }

        try
        {
            using var json = System.Text.Json.JsonDocument.Parse(script.TextContent);
            return json.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }
}
