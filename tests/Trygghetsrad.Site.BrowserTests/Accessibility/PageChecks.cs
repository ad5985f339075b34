using System.Text;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace Trygghetsrad.Site.BrowserTests.Accessibility;

/// <summary>Checks shared by the accessibility tests.</summary>
public static class PageChecks
{
    /// <summary>
    /// Makes the page record Content-Security-Policy violations (an init script runs outside the page's policy),
    /// so a test can tell that nothing on the page needed something the policy blocks.
    /// </summary>
    public static Task RecordCspViolationsAsync(IPage page) =>
        page.AddInitScriptAsync("window.__csp = []; document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline') + ' ' + (e.sample || '')));");

    /// <summary>The CSP violations recorded since the page loaded.</summary>
    public static async Task<string[]> CspViolationsAsync(IPage page) => await page.EvaluateAsync<string[]>("window.__csp || []");

    /// <summary>Fails when the document is wider than the viewport.</summary>
    public static async Task AssertNoHorizontalScrollAsync(IPage page, int width)
    {
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width, $"{page.Url} scrolls sideways at {width} px: the page is {scrollWidth} px wide.");
    }

    /// <summary>
    /// Settles axe-core's undecided colour-contrast nodes: for each, the text colour and the first opaque
    /// background colour behind it as the browser computed them, held to WCAG's 4.5:1 (3:1 for large text).
    /// A node with a background image, a translucent colour or no single element at its place stays unsettled.
    /// </summary>
    public static async Task<(List<string> Failures, List<string> Unsettled)> SettleContrastAsync(IPage page, IEnumerable<AxeResultItem> incomplete)
    {
        var failures = new List<string>();
        var unsettled = new List<string>();
        foreach (var node in incomplete.Where(i => i.Id == "color-contrast").SelectMany(i => i.Nodes))
        {
            var selector = node.Target?.Selector;
            var colours = selector is null ? null : await page.EvaluateAsync<string[]?>(ColoursScript, selector);
            if (colours is not [var text, var background, var size, var weight])
            {
                unsettled.Add(node.Html);
                continue;
            }

            var large = double.Parse(size, System.Globalization.CultureInfo.InvariantCulture) >= 24
                || (double.Parse(size, System.Globalization.CultureInfo.InvariantCulture) >= 18.66 && int.Parse(weight, System.Globalization.CultureInfo.InvariantCulture) >= 700);
            var ratio = Colours.Contrast(text, background);
            if (ratio < (large ? 3 : 4.5))
            {
                failures.Add($"{node.Html}: {text} on {background} is {ratio:F2}:1");
            }
        }

        return (failures, unsettled);
    }

    // [text colour, background colour, font size in px, font weight] of the element, or null when the background
    // cannot be read off one opaque colour.
    private const string ColoursScript = """
        selector => {
          const element = document.querySelector(selector);
          if (!element) return null;
          const style = getComputedStyle(element);
          const opaque = c => !/rgba\([^)]*,\s*0(\.\d+)?\)$/.test(c) && !c.includes("/");
          if (!opaque(style.color)) return null;
          for (let e = element; e; e = e.parentElement) {
            const s = getComputedStyle(e);
            if (s.backgroundImage !== "none") return null;
            const bg = s.backgroundColor;
            if (bg === "transparent" || bg === "rgba(0, 0, 0, 0)") continue;
            if (!opaque(bg)) return null;
            return [style.color, bg, parseFloat(style.fontSize).toString(), style.fontWeight];
          }
          return [style.color, "rgb(255, 255, 255)", parseFloat(style.fontSize).toString(), style.fontWeight];
        }
        """;

    /// <summary>axe-core violations as readable lines.</summary>
    public static string Describe(IEnumerable<AxeResultItem> violations)
    {
        var text = new StringBuilder();
        foreach (var violation in violations)
        {
            text.AppendLine($"- {violation.Id}: {violation.Help}");
            foreach (var node in violation.Nodes.Take(5))
            {
                var checks = node.Any.Concat(node.All).Concat(node.None).Select(c => c.Message);
                text.AppendLine($"    {node.Html}\n      {string.Join("; ", checks)}");
            }
        }

        return text.ToString();
    }
}
