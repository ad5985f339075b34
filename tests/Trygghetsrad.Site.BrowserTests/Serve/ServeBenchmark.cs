using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Trygghetsrad.Site.BrowserTests.Infrastructure;
using Trygghetsrad.Site.Serving;
using Xunit.Abstractions;

namespace Trygghetsrad.Site.BrowserTests.Serve;

/// <summary>
/// Measures (asserts nothing about speed): how long after saving one meeting of a large fictional archive the
/// edit is in, and painted in, a page open in the browser with <c>serve</c>; how many times the open page is
/// reloaded or has its <c>&lt;main&gt;</c> swapped per edit; and how long until the full rebuild is done.
/// Needs SERVE_BENCH_ARCHIVE to name a generated archive: bench/serve.sh sets it and selects this test, which the
/// suite leaves out by its trait (<see cref="Category"/>). Figures go to the test output and bench/out/serve.md.
/// </summary>
public sealed partial class ServeBenchmark(Browser browser, ITestOutputHelper output) : IClassFixture<Browser>
{
    /// <summary>
    /// The trait that keeps the benchmark out of the suite: scripts/test.sh runs <c>Category!=Benchmark</c> (a skip
    /// would show in every run and hide a new one), bench/serve.sh selects it.
    /// </summary>
    public const string Category = "Benchmark";

    private const int Edits = 9;

    /// <summary>
    /// Runs in every document of the page, before the site's scripts: notes (in sessionStorage, which outlives a
    /// reload) the wall-clock time at which <c>&lt;main&gt;</c> first contains the marker, the time after the next
    /// frame (the text is painted by then), and every <c>&lt;main&gt;</c> put into an already loaded page.
    /// </summary>
    private const string Observer = """
        (() => {
          if (window.__serveBench) return;
          window.__serveBench = true;
          const check = () => {
            const marker = sessionStorage.getItem("bench-marker");
            const main = document.querySelector("main");
            if (!marker || sessionStorage.getItem("bench-seen") || !main || !main.textContent.includes(marker)) return;
            sessionStorage.setItem("bench-seen", String(Date.now()));
            requestAnimationFrame(() => setTimeout(() => sessionStorage.setItem("bench-painted", String(Date.now())), 0));
          };
          new MutationObserver(records => {
            if (document.readyState !== "loading" && records.some(r => [...r.addedNodes].some(n => n.nodeName === "MAIN"))) {
              sessionStorage.setItem("bench-swaps", String(Number(sessionStorage.getItem("bench-swaps") || 0) + 1));
            }
            check();
          }).observe(document, { childList: true, subtree: true, characterData: true });
          check();
        })();
        """;

    [Fact]
    [Trait("Category", Category)]
    public async Task One_edited_meeting_in_a_large_archive()
    {
        var archive = Environment.GetEnvironmentVariable("SERVE_BENCH_ARCHIVE");
        Assert.False(string.IsNullOrEmpty(archive), "benchmark: run bench/serve.sh (sets SERVE_BENCH_ARCHIVE to a generated fictional archive)");
        var work = Path.Combine(Path.GetTempPath(), "trygghetsrad-serve-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            CopyDirectory(archive, work);
            var files = Directory.EnumerateFiles(Path.Combine(work, "moten"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
            var file = files.Where(f => !File.ReadAllText(f).Contains("draft: true", StringComparison.Ordinal)).ElementAt(files.Count / 2);
            var slug = Path.GetFileNameWithoutExtension(file);

            var logText = new StringWriter(CultureInfo.InvariantCulture);
            var log = TextWriter.Synchronized(logText);
            using var session = new ServeSession(new ServeOptions(work, Path.Combine(RepositoryRoot.Path, "templates"), Port: 0), log);
            var startup = Stopwatch.StartNew();
            session.Start();
            startup.Stop();
            var page = await browser.NewPageAsync();
            await page.AddInitScriptAsync(Observer);
            var navigations = 0;
            page.FrameNavigated += (_, frame) =>
            {
                if (frame == page.MainFrame)
                {
                    Interlocked.Increment(ref navigations);
                }
            };
            await page.GotoAsync(session.Url + $"moten/{slug}/");
            await WaitCaughtUp(page, session.Version);

            var load = new List<string> { LoadAverage() };
            var server = new List<double>();
            var quick = new List<double>();
            var seen = new List<double>();
            var painted = new List<double>();
            var full = new List<double>();
            var reloads = new List<int>();
            var swaps = new List<int>();
            var original = File.ReadAllText(file);
            for (var i = 0; i < Edits; i++)
            {
                var marker = $"Mätpunkt {i} {Guid.NewGuid():N}.";
                await page.EvaluateAsync("m => { sessionStorage.clear(); sessionStorage.setItem('bench-marker', m); }", marker);
                var navigationsBefore = Volatile.Read(ref navigations);
                var before = session.Version;
                var clock = Stopwatch.StartNew();
                var written = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
                File.WriteAllText(file, original.TrimEnd() + $"\n\n{marker}\n");
                var bumped = Task.Run(async () =>
                {
                    while (session.Version == before)
                    {
                        await Task.Delay(1);
                    }

                    return clock.Elapsed.TotalMilliseconds;
                });

                // The page notes its own times; how often the test looks does not change them.
                await page.WaitForFunctionAsync("() => sessionStorage.getItem('bench-painted')", null, new() { Timeout = 60_000, PollingInterval = 50 });
                server.Add(await bumped);
                seen.Add(await page.EvaluateAsync<double>("() => Number(sessionStorage.getItem('bench-seen'))") - written);
                painted.Add(await page.EvaluateAsync<double>("() => Number(sessionStorage.getItem('bench-painted'))") - written);

                // The full rebuild moves the version on a second time; wait until the page has dealt with it, so edits do not overlap.
                while (session.Version < before + 2)
                {
                    await Task.Delay(5);
                }

                full.Add(clock.Elapsed.TotalMilliseconds);
                await WaitCaughtUp(page, session.Version);
                reloads.Add(Volatile.Read(ref navigations) - navigationsBefore);
                swaps.Add(await page.EvaluateAsync<int>("() => Number(sessionStorage.getItem('bench-swaps') || 0)"));
            }

            load.Add(LoadAverage());
            string logged;
            lock (log)
            {
                // The synchronized writer locks on itself while it writes.
                logged = logText.ToString();
            }

            quick.AddRange(QuickLine().Matches(logged).Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)));
            var report = string.Join('\n',
                $"serve, {files.Count} fiktiva möten, {Environment.ProcessorCount} kärnor, {Edits} ändringar av moten/{slug}, {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC",
                $"  belastning (loadavg 1/5/15 min) före: {load[0]}, efter: {load[1]}",
                $"  första bygget och start: {startup.Elapsed.TotalMilliseconds:F0} ms",
                $"  snabbygget av mötet (serves logg):               {Summary(quick)}",
                $"  servern har sidan klar efter sparandet:          {Summary(server)}",
                $"  ändringen finns i öppen sida (<main> innehåller texten): {Summary(seen)}",
                $"  ändringen målad (nästa bildruta efter det):      {Summary(painted)}",
                $"  hela webbplatsen ombyggd:                        {Summary(full)}",
                $"  omladdningar av öppen sida per ändring:          {string.Join(", ", reloads)}",
                $"  utbyten av <main> per ändring:                   {string.Join(", ", swaps)}");
            output.WriteLine(report);
            var outDir = Path.Combine(RepositoryRoot.Path, "bench", "out");
            Directory.CreateDirectory(outDir);
            File.AppendAllText(Path.Combine(outDir, "serve.md"), report + "\n\n");
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    [GeneratedRegex(@"^Visar .* \((\d+) ms\)", RegexOptions.Multiline)]
    private static partial Regex QuickLine();

    private static Task WaitCaughtUp(IPage page, int version) =>
        page.WaitForFunctionAsync($"() => document.documentElement.getAttribute('data-serve-version') === '{version}'", null, new() { Timeout = 60_000, PollingInterval = 20 });

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "okänd";

    private static string Summary(List<double> values)
    {
        if (values.Count == 0)
        {
            return "–";
        }

        var sorted = values.Order().ToList();
        return $"median {sorted[sorted.Count / 2]:F0} ms, {sorted[0]:F0}–{sorted[^1]:F0} ms (alla: {string.Join(", ", values.Select(v => v.ToString("F0", CultureInfo.InvariantCulture)))})";
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
