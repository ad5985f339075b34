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
