using System.Diagnostics;
using System.Globalization;
using Trygghetsrad.Site.BrowserTests.Infrastructure;
using Trygghetsrad.Site.Serving;
using Xunit.Abstractions;

namespace Trygghetsrad.Site.BrowserTests.Serve;

/// <summary>
/// Measures (asserts nothing about speed): how long after saving one meeting of a large fictional archive the
/// edit is visible in a page open in the browser with <c>serve</c>, and how long until the full rebuild is
/// shown too. Runs only when SERVE_BENCH_ARCHIVE names a generated archive (bench/serve.sh does that);
/// figures go to the test output and bench/out/serve.md.
/// </summary>
public sealed class ServeBenchmark(Browser browser, ITestOutputHelper output) : IClassFixture<Browser>
{
    private const int Edits = 7;

    [ServeBenchmarkFact]
    public async Task One_edited_meeting_in_a_large_archive()
    {
        var archive = Environment.GetEnvironmentVariable("SERVE_BENCH_ARCHIVE")!;
        var work = Path.Combine(Path.GetTempPath(), "trygghetsrad-serve-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            CopyDirectory(archive, work);
            var files = Directory.EnumerateFiles(Path.Combine(work, "moten"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
            var file = files.Where(f => !File.ReadAllText(f).Contains("draft: true", StringComparison.Ordinal)).ElementAt(files.Count / 2);
            var slug = Path.GetFileNameWithoutExtension(file);

            using var session = new ServeSession(new ServeOptions(work, Path.Combine(RepositoryRoot.Path, "templates"), Port: 0), TextWriter.Null);
            var startup = Stopwatch.StartNew();
            session.Start();
            startup.Stop();
            var page = await browser.NewPageAsync();
            await page.GotoAsync(session.Url + $"moten/{slug}/");

            var server = new List<double>();
            var visible = new List<double>();
            var reloadStart = new List<double>();
            var loaded = new List<double>();
            var painted = new List<double>();
            var full = new List<double>();
            var original = File.ReadAllText(file);
            for (var i = 0; i < Edits; i++)
            {
                var marker = $"Mätpunkt {i} {Guid.NewGuid():N}.";
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
                await page.WaitForFunctionAsync($"() => document.body.innerText.includes('{marker}')", null, new() { Timeout = 60_000, PollingInterval = 5 });
                visible.Add(clock.Elapsed.TotalMilliseconds);
                server.Add(await bumped);
                var navigation = await page.EvaluateAsync<double[]>("() => { const n = performance.getEntriesByType('navigation')[0]; const p = performance.getEntriesByName('first-contentful-paint')[0]; return [performance.timeOrigin, n.domContentLoadedEventEnd, p ? p.startTime : n.domContentLoadedEventEnd]; }");
                reloadStart.Add(navigation[0] - written);
                loaded.Add(navigation[1]);
                painted.Add(navigation[0] - written + navigation[2]);

                // The full rebuild bumps the version a second time; wait for it so edits do not overlap.
                while (session.Version < before + 2)
                {
                    await Task.Delay(5);
                }

                full.Add(clock.Elapsed.TotalMilliseconds);
                await page.WaitForLoadStateAsync();
            }

            var meetings = files.Count;
            var report = string.Join('\n',
                $"serve, {meetings} fiktiva möten, {Environment.ProcessorCount} kärnor, {Edits} ändringar av moten/{slug}",
                $"  belastning (loadavg): {(File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "okänd")}",
                $"  första bygget och start: {startup.Elapsed.TotalMilliseconds:F0} ms",
                $"  servern har sidan klar:      median {Median(server):F0} ms, max {server.Max():F0} ms (alla: {Join(server)})",
                $"  sidan börjar laddas om:      median {Median(reloadStart):F0} ms efter sparandet (alla: {Join(reloadStart)})",
                $"  omladdning till DOMContentLoaded: median {Median(loaded):F0} ms (alla: {Join(loaded)})",
                $"  ändringen syns i öppen sida (första målning efter omladdningen): median {Median(painted):F0} ms, max {painted.Max():F0} ms (alla: {Join(painted)})",
                $"  testet ser texten (Playwright, avfrågning var 5 ms): median {Median(visible):F0} ms, max {visible.Max():F0} ms (alla: {Join(visible)})",
                $"  hela webbplatsen ombyggd:    median {Median(full):F0} ms, max {full.Max():F0} ms (alla: {Join(full)})");
            output.WriteLine(report);
            var outDir = Path.Combine(RepositoryRoot.Path, "bench", "out");
            Directory.CreateDirectory(outDir);
            File.WriteAllText(Path.Combine(outDir, "serve.md"), report + "\n");
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static string Join(IEnumerable<double> values) => string.Join(", ", values.Select(v => v.ToString("F0", CultureInfo.InvariantCulture)));

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

/// <summary>Runs only when SERVE_BENCH_ARCHIVE is set: a benchmark, not a test.</summary>
public sealed class ServeBenchmarkFactAttribute : FactAttribute
{
    public ServeBenchmarkFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("SERVE_BENCH_ARCHIVE")))
        {
            Skip = "benchmark: run bench/serve.sh (sets SERVE_BENCH_ARCHIVE to a generated fictional archive)";
        }
    }
}
