using Microsoft.Playwright;

namespace Trygghetsrad.Site.BrowserTests.Infrastructure;

/// <summary>
/// Opens a page and checks the HTTP status it came with. A static host answers a missing path with 404.html, so
/// without the status a page that stopped being generated would be tested as the not-found page.
/// </summary>
public static class PageVisit
{
    /// <summary>Goes to <paramref name="url"/> and asserts the response's status is <paramref name="status"/>.</summary>
    public static async Task<IResponse> OpenAsync(this IPage page, string url, int status = 200, WaitUntilState? waitUntil = null)
    {
        var response = await page.GotoAsync(url, waitUntil is { } state ? new PageGotoOptions { WaitUntil = state } : null);
        Assert.True(response is not null, $"{url} gave no response");
        Assert.True(response.Status == status, $"{url} answered {response.Status}, not {status}");
        return response;
    }
}
