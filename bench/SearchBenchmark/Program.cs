using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Trygghetsrad.Site.BrowserTests.Infrastructure;

// Usage: dotnet run --project bench/SearchBenchmark -- SITE_DIR BASE_PATH
// SITE_DIR holds a site built with BASE_PATH and a Pagefind index in SITE_DIR/pagefind/ (bench/search.sh
// makes both). For each query, a fresh browser context opens the page cold and the script records when
// the first result appears; bytes are the response bodies the page fetched. SEARCH_TIMING=1 also prints
// each page's resource timings to stderr; SEARCH_NO_BYTES=1 times the pages without reading the bodies.
if (args.Length < 2)
{
    Console.Error.WriteLine("användning: SearchBenchmark SITE_DIR BASE_PATH");
    return 2;
}

var siteDir = args[0];
var basePath = args[1];
string[] queries =
[
    "klotter", "klottret", "motorburna ungdomar", "policy", "undersökning",
    "nattvandrare", "kamerorna vid skolan", "fortkörning", "kloter", "samverka",
];

File.WriteAllText(Path.Combine(siteDir, "pagefind-bench.html"), $$"""
    <!doctype html>
    <html lang="sv"><head><meta charset="utf-8"><title>Pagefind</title></head>
    <body><ol id="results"></ol><p id="count"></p>
    <script type="module">
    const q = new URLSearchParams(location.search).get('q');
    const pagefind = await import('{{basePath}}pagefind/pagefind.js');
    await pagefind.init();
    const search = await pagefind.search(q);
    const data = await Promise.all(search.results.slice(0, 10).map(r => r.data()));
    document.getElementById('count').textContent = String(search.results.length);
    for (const d of data) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = d.url;
      a.textContent = d.meta.title || d.url;
      li.append(a);
      document.getElementById('results').append(li);
    }
    </script></body></html>
    """);

using var server = new StaticSiteServer(siteDir, basePath);
await using var browser = new Browser();
await browser.InitializeAsync();

// Marks the moment the page shows its answer: the first result in the list, or a final count when
// nothing is found (our status leaves "Söker …"; the Pagefind page writes its count last).
const string Observer = """
    (() => {
      const done = () => { if (window.__first === undefined) window.__first = performance.now(); };
      const watch = () => {
        const list = document.getElementById('sokresultat') || document.getElementById('results');
        const count = document.getElementById('sok-status') || document.getElementById('count');
        const check = () => {
          const text = count.textContent;
          if (list.children.length > 0 || (text && !text.startsWith('Söker') && !text.startsWith('Skriv'))) done();
        };
        new MutationObserver(check).observe(list, { childList: true });
        new MutationObserver(check).observe(count, { childList: true, characterData: true, subtree: true });
      };
      document.addEventListener('DOMContentLoaded', watch);
    })();
    """;

Console.WriteLine("| Fråga | Träffar (vår) | kB (vår) | ms (vår) | Träffar (Pagefind) | kB (Pagefind) | ms (Pagefind) |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
foreach (var query in queries)
{
    var ours = await Measure($"{basePath}sok/?q={Uri.EscapeDataString(query)}", "#sok-status", isOurs: true);
    var pagefind = await Measure($"{basePath}pagefind-bench.html?q={Uri.EscapeDataString(query)}", "#count", isOurs: false);
    Console.WriteLine($"| {query} | {ours.Count} | {Kb(ours.Bytes)} | {ours.Ms:0} | {pagefind.Count} | {Kb(pagefind.Bytes)} | {pagefind.Ms:0} |");
}

return 0;

static string Kb(long bytes) => (bytes / 1000.0).ToString("0.0", CultureInfo.InvariantCulture);

async Task<(string Count, long Bytes, double Ms)> Measure(string path, string countSelector, bool isOurs)
{
    var page = await browser.NewPageAsync();
    await page.AddInitScriptAsync(Observer);
    var sizes = new List<Task<int>>();
    var document = server.Url(path);
    // SEARCH_NO_BYTES=1 leaves the response bodies alone, to time the page without Playwright reading them.
    var countBytes = Environment.GetEnvironmentVariable("SEARCH_NO_BYTES") != "1";
    page.Response += (_, response) =>
    {
        if (!countBytes)
        {
            return;
        }

        // The HTML page and the style sheet are the same for any page of the site; count what search adds.
        if (response.Url != document && !response.Url.EndsWith(".css", StringComparison.Ordinal))
        {
            sizes.Add(response.BodyAsync().ContinueWith(t => t.IsCompletedSuccessfully ? t.Result.Length : 0, TaskScheduler.Default));
        }
    };

    await page.GotoAsync(document);
    await page.WaitForFunctionAsync("() => window.__first !== undefined", null, new() { Timeout = 60000 });
    var ms = await page.EvaluateAsync<double>("() => window.__first");
    if (Environment.GetEnvironmentVariable("SEARCH_TIMING") == "1")
    {
        // Where the time goes: the page's own navigation and resource timings (ms from navigation start).
        Console.Error.WriteLine(await page.EvaluateAsync<string>("() => { const n = performance.getEntriesByType('navigation')[0]; const fcp = performance.getEntriesByName('first-contentful-paint')[0]; return 'nav resp ' + n.responseEnd.toFixed(0) + ' dcl ' + n.domContentLoadedEventEnd.toFixed(0) + ' load ' + n.loadEventEnd.toFixed(0) + ' fcp ' + (fcp ? fcp.startTime.toFixed(0) : '-') + ' | ' + performance.getEntriesByType('resource').map(r => r.name.split('/').slice(-2).join('/') + ' ' + r.startTime.toFixed(0) + '-' + r.responseEnd.toFixed(0)).join(', ') + ' | first ' + window.__first.toFixed(0) }"));
    }
    try
    {
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle, new() { Timeout = 5000 });
    }
    catch (TimeoutException)
    {
        // Pagefind keeps a worker connection open; what it fetched for the first results is counted.
    }

    var text = await page.Locator(countSelector).InnerTextAsync();
    var count = isOurs ? Regex.Match(text, @"^(Minst |Inga)[\d\u00a0\u202f ]*|^[\d\u00a0\u202f ]+").Value.Trim() : text;
    var bytes = (await Task.WhenAll(sizes)).Sum(b => (long)b);
    await page.Context.CloseAsync();
    return (count, bytes, ms);
}
