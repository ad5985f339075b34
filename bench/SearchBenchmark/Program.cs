using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Trygghetsrad.Site.BrowserTests.Infrastructure;

// Usage: dotnet run --project bench/SearchBenchmark -- SITE_DIR BASE_PATH
// SITE_DIR holds a site built with BASE_PATH and a Pagefind index in SITE_DIR/pagefind/ (bench/search.sh
// makes both). For each query, a fresh browser context opens the page cold and the script records when
// the results are shown (the result list has its items and the status its final count); bytes are the
// response bodies the page fetched besides the HTML page and style sheet, plus the manifest the search
// page carries. Times are medians over SEARCH_RUNS runs (default 1), in ms from the
// page's load event (loadEventStart) and from navigation start. SEARCH_TIMING=1 also prints each page's
// resource timings to stderr; SEARCH_NO_BYTES=1 times the pages without reading the bodies;
// SEARCH_NO_PAGEFIND=1 measures only our search; SEARCH_QUERIES="a|b c" only the given queries.
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
    "klotter skola", "graffiti", "tagg", "skadegörelse", "A-traktor", "epa", "brandstation",
];

// SEARCH_QUERIES="a|b c" measures only those queries.
if (Environment.GetEnvironmentVariable("SEARCH_QUERIES") is { Length: > 0 } only)
{
    queries = only.Split('|');
}

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

// Marks the moment the page shows its answer: the result list has items and the status element a final
// count, or the status says nothing was found (our status says "Söker …" until the query is done; the
// Pagefind page writes its count after its list).
const string Observer = """
    (() => {
      const done = () => { if (window.__first === undefined) { window.__first = performance.now(); console.log('__sok_klar__'); } };
      const watch = () => {
        const list = document.getElementById('sokresultat') || document.getElementById('results');
        const count = document.getElementById('sok-status') || document.getElementById('count');
        const check = () => {
          const text = count.textContent;
          const final = text && !text.startsWith('Söker') && !text.startsWith('Skriv');
          if (final && (list.children.length > 0 || /^(Inga|0$)/.test(text))) done();
        };
        new MutationObserver(check).observe(list, { childList: true });
        new MutationObserver(check).observe(count, { childList: true, characterData: true, subtree: true });
        // A query answered from one small file can be done before DOMContentLoaded.
        check();
      };
      document.addEventListener('DOMContentLoaded', watch);
    })();
    """;

var runs = int.TryParse(Environment.GetEnvironmentVariable("SEARCH_RUNS"), out var r) && r > 0 ? r : 1;
var withPagefind = Environment.GetEnvironmentVariable("SEARCH_NO_PAGEFIND") != "1";
Console.WriteLine($"Median av {runs} körning(ar) per fråga; ms efter load = från sidans load-händelse, ms från start = från navigeringens start.");
Console.WriteLine();
Console.WriteLine("| Fråga | Träffar (vår) | kB (vår) | ms efter load (vår) | ms från start (vår) | Träffar (Pagefind) | kB (Pagefind) | ms efter load (Pagefind) | ms från start (Pagefind) |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
var afterLoad = new List<double>();
foreach (var query in queries)
{
    var ours = await Repeat($"{basePath}sok/?q={Uri.EscapeDataString(query)}", "#sok-status", isOurs: true);
    afterLoad.Add(ours.AfterLoad);
    var pagefind = withPagefind
        ? await Repeat($"{basePath}pagefind-bench.html?q={Uri.EscapeDataString(query)}", "#count", isOurs: false)
        : new Measurement("–", 0, double.NaN, double.NaN);
    Console.WriteLine($"| {query} | {ours.Count} | {Kb(ours.Bytes)} | {Ms(ours.AfterLoad)} | {Ms(ours.FromStart)} | {pagefind.Count} | {(withPagefind ? Kb(pagefind.Bytes) : "–")} | {Ms(pagefind.AfterLoad)} | {Ms(pagefind.FromStart)} |");
}

Console.WriteLine();
Console.WriteLine($"Vår sökning, ms efter load: median {Ms(Median(afterLoad))}, högst {Ms(afterLoad.Max())}.");
return 0;

static string Kb(long bytes) => (bytes / 1000.0).ToString("0.0", CultureInfo.InvariantCulture);

static string Ms(double ms) => double.IsNaN(ms) ? "–" : ms.ToString("0", CultureInfo.InvariantCulture);

static double Median(IReadOnlyList<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}

async Task<Measurement> Repeat(string path, string countSelector, bool isOurs)
{
    var all = new List<Measurement>();
    for (var i = 0; i < runs; i++)
    {
        all.Add(await Measure(path, countSelector, isOurs));
    }

    return new Measurement(all[0].Count, all.Max(m => m.Bytes), Median(all.Select(m => m.AfterLoad).ToList()), Median(all.Select(m => m.FromStart).ToList()));
}

async Task<Measurement> Measure(string path, string countSelector, bool isOurs)
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
            var url = response.Url;
            sizes.Add(response.BodyAsync().WaitAsync(TimeSpan.FromSeconds(10)).ContinueWith(
                t =>
                {
                    if (!t.IsCompletedSuccessfully)
                    {
                        Console.Error.WriteLine($"no body for {url} ({response.Status})");
                    }

                    return t.IsCompletedSuccessfully ? t.Result.Length : 0;
                },
                TaskScheduler.Default));
        }
    };

    // SEARCH_TRACE=FOLDER writes a Chromium performance trace of each page there, to see the main thread's work.
    var traceDir = Environment.GetEnvironmentVariable("SEARCH_TRACE");
    ICDPSession? cdp = null;
    var traceEvents = new List<System.Text.Json.JsonElement>();
    var traceDone = new TaskCompletionSource();
    if (traceDir is not null)
    {
        cdp = await page.Context.NewCDPSessionAsync(page);
        cdp.Event("Tracing.dataCollected").OnEvent += (_, e) =>
        {
            foreach (var item in e!.Value.GetProperty("value").EnumerateArray())
            {
                traceEvents.Add(item.Clone());
            }
        };
        cdp.Event("Tracing.tracingComplete").OnEvent += (_, _) => traceDone.TrySetResult();
        await cdp.SendAsync("Tracing.start", new Dictionary<string, object>
        {
            ["traceConfig"] = new Dictionary<string, object> { ["includedCategories"] = new[] { "devtools.timeline", "blink.user_timing", "loading", "v8.execute", "disabled-by-default-devtools.timeline", "toplevel", "blink", "netlog" } },
        });
    }

    // SEARCH_PROFILE=FOLDER writes a V8 CPU profile of each page there (.cpuprofile, for Chromium's DevTools).
    var profileDir = Environment.GetEnvironmentVariable("SEARCH_PROFILE");
    ICDPSession? profiler = null;
    if (profileDir is not null)
    {
        profiler = await page.Context.NewCDPSessionAsync(page);
        await profiler.SendAsync("Profiler.enable");
        await profiler.SendAsync("Profiler.setSamplingInterval", new Dictionary<string, object> { ["interval"] = 100 });
        await profiler.SendAsync("Profiler.start");
    }

    // The observer reports through the console: Playwright's own evaluation (WaitForFunction) would inject
    // its helper script into the page while it loads and block the main thread for 50-130 ms, which
    // a resident's browser never does.
    var answered = page.WaitForConsoleMessageAsync(new() { Predicate = m => m.Text == "__sok_klar__", Timeout = 60000 });
    await page.GotoAsync(document, new() { WaitUntil = WaitUntilState.Commit });
    await answered;
    await page.WaitForLoadStateAsync(LoadState.Load);
    var ms = await page.EvaluateAsync<double>("() => window.__first");
    var load = await page.EvaluateAsync<double>("() => performance.getEntriesByType('navigation')[0].loadEventStart");
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

    if (profiler is not null)
    {
        Directory.CreateDirectory(profileDir!);
        var profile = await profiler.SendAsync("Profiler.stop");
        await File.WriteAllTextAsync(
            Path.Combine(profileDir!, $"{(isOurs ? "our" : "pagefind")}-{Regex.Replace(path, "[^a-z0-9]+", "_")}-{DateTime.UtcNow.Ticks}.cpuprofile"),
            profile!.Value.GetProperty("profile").GetRawText());
    }

    if (traceDir is not null)
    {
        Directory.CreateDirectory(traceDir);
        await cdp!.SendAsync("Tracing.end");
        await traceDone.Task;
        await File.WriteAllTextAsync(
            Path.Combine(traceDir, $"{(isOurs ? "our" : "pagefind")}-{Regex.Replace(path, "[^a-z0-9]+", "_")}-{DateTime.UtcNow.Ticks}.json"),
            System.Text.Json.JsonSerializer.Serialize(new { traceEvents }));
    }

    var text = await page.Locator(countSelector).InnerTextAsync();
    var count = isOurs ? Regex.Match(text, @"^(Minst |Inga)[\d\u00a0\u202f ]*|^[\d\u00a0\u202f ]+").Value.Trim() : text;
    var bytes = (await Task.WhenAll(sizes)).Sum(b => (long)b);
    if (countBytes && isOurs)
    {
        // The index manifest is part of the search page itself (a JSON data block): counted as index, not as page.
        bytes += await page.EvaluateAsync<int>("() => new TextEncoder().encode((document.getElementById('sok-manifest')?.textContent ?? '')).length");
    }

    await page.Context.CloseAsync();
    return new Measurement(count, bytes, ms - load, ms);
}

internal sealed record Measurement(string Count, long Bytes, double AfterLoad, double FromStart);
