using System.Diagnostics;
using System.Globalization;
using System.Net;
using Trygghetsrad.Site.Serving;
using Trygghetsrad.Site.Tests.Checks;
using Trygghetsrad.Site.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Trygghetsrad.Site.Tests.Serving;

/// <summary>
/// serve under the saves of a hurried editor: a broken save and its fix during a build show the errors and then
/// the fixed page; a hundred saves in quick succession neither stop it nor leave it with more threads or memory
/// than the hundred before them; a rebuild that fails unexpectedly shows on the page, and serving goes on.
/// </summary>
public sealed class ServeStressTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);
    private const string PoolWorker = ".NET TP Worker";
    private readonly TempContent _temp = new();
    private readonly HttpClient _http = new();

    public void Dispose()
    {
        _http.Dispose();
        _temp.Dispose();
    }

    // Fictional meetings enough that a rebuild takes a moment, and the one the tests edit.
    private void WriteArchive(int meetings)
    {
        for (var i = 0; i < meetings; i++)
        {
            var date = new DateOnly(2029, 1, 3).AddDays(7 * i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            _temp.Write($"moten/{date[..4]}/{date}.md", FictionalMeeting.Text(date, body: "## Övrigt\n\n" + string.Concat(Enumerable.Repeat("Vi pratade om klotter och trygghet i centrum. ", 30)) + "\n"));
        }

        Save("Första versionen.");
    }

    private void Save(string text, bool broken = false) =>
        _temp.Write("moten/2030/2030-01-15.md", FictionalMeeting.Text("2030-01-15", body: $"## Övrigt\n\n{text}\n").Replace("date: 2030-01-15", broken ? "date: [2030-01-15" : "date: 2030-01-15", StringComparison.Ordinal));

    // Asks for the page until it answers with the status and text: serve rebuilds in its own time.
    private async Task<string> PageShows(string url, HttpStatusCode status, string text)
    {
        var clock = Stopwatch.StartNew();
        var last = "";
        while (clock.Elapsed < Patience)
        {
            try
            {
                using var response = await _http.GetAsync(url);
                last = $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}";
                if (response.StatusCode == status && last.Contains(text, StringComparison.Ordinal))
                {
                    return last;
                }
            }
            catch (HttpRequestException ex)
            {
                last = ex.Message;
            }

            await Task.Delay(50);
        }

        Assert.Fail($"{url} did not answer {(int)status} with '{text}' within {Patience}; last: {last[..Math.Min(last.Length, 2000)]}");
        return last;
    }

    [Fact]
    public async Task A_broken_save_and_its_fix_during_a_build_show_the_errors_then_the_fixed_page()
    {
        WriteArchive(60);
        var log = new StringWriter();
        using var session = new ServeSession(new ServeOptions(_temp.Content, TempContent.Templates, Port: 0), log);
        session.Start();
        var page = session.Url + "moten/2030-01-15/";
        await PageShows(page, HttpStatusCode.OK, "Första versionen.");

        // A good edit shows at once and starts a full rebuild; the broken save lands while it runs.
        Save("Andra versionen.");
        var clock = Stopwatch.StartNew();
        while (!log.ToString().Contains("bygger om resten", StringComparison.Ordinal) && clock.Elapsed < Patience)
        {
            await Task.Delay(5);
        }

        Save("Trasig version.", broken: true);
        await PageShows(page, HttpStatusCode.InternalServerError, "ogiltig YAML");

        Save("Rättad version.");
        await PageShows(page, HttpStatusCode.OK, "Rättad version.");
        Assert.DoesNotContain("generatorn stannade", log.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hundred_quick_saves_leave_serve_running_without_more_threads_or_memory()
    {
        WriteArchive(30);
        using var serve = new ServeProcess(_temp.Content);
        var page = serve.Url + "moten/2030-01-15/";
        await PageShows(page, HttpStatusCode.OK, "Första versionen.");

        // Each round saves a hundred times, 15 ms apart, a broken save every tenth, then waits for the last to show.
        async Task<(SortedDictionary<string, int> Threads, long Memory)> Round(int round)
        {
            for (var i = 1; i <= 100; i++)
            {
                Save($"Runda {round}, sparning {i}.", broken: i % 10 == 5);
                await Task.Delay(15);
            }

            await PageShows(page, HttpStatusCode.OK, $"Runda {round}, sparning 100.");
            await Task.Delay(TimeSpan.FromSeconds(2));
            Assert.True(serve.Running, serve.Errors);
            return (serve.Threads, serve.Memory);
        }

        static string Shown((SortedDictionary<string, int> Threads, long Memory) at) => string.Create(CultureInfo.InvariantCulture,
            $"{at.Threads.Values.Sum()} threads ({at.Threads.GetValueOrDefault(PoolWorker)} of the thread pool), {at.Memory / 1048576.0:F0} MiB");

        var before = (serve.Threads, serve.Memory);
        var first = await Round(1);
        var second = await Round(2);
        var third = await Round(3);
        output.WriteLine($"at start: {Shown(before)}; after each hundred saves: {Shown(first)} / {Shown(second)} / {Shown(third)}");

        // The first hundred warm serve up (compiled code, the collector's heaps). After them, more saves must not mean
        // more threads of serve's own — watchers, listeners, timers — nor more memory. The thread pool's workers grow
        // and retire as the runtime sees fit, within bounds.
        static Dictionary<string, int> Own(SortedDictionary<string, int> threads) => threads.Where(t => t.Key != PoolWorker).ToDictionary();
        Assert.Equal(Own(first.Threads), Own(third.Threads));
        Assert.InRange(third.Threads.GetValueOrDefault(PoolWorker), 1, 64);
        Assert.True(third.Memory <= first.Memory + (96L << 20), $"memory grew from {first.Memory} to {third.Memory} bytes");
        Assert.DoesNotContain("Unhandled", serve.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("generatorn stannade", serve.Output, StringComparison.Ordinal);
        Assert.Equal(0, serve.Stop());
        Assert.Contains("Förhandsvisningen är avslutad.", serve.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rebuild_that_fails_unexpectedly_shows_on_the_page_and_serving_goes_on()
    {
        WriteArchive(3);
        var temporary = Path.Combine(_temp.Root, "tmp");
        Directory.CreateDirectory(temporary);
        using var serve = new ServeProcess(_temp.Content, temporary);
        var page = serve.Url + "moten/2030-01-15/";
        await PageShows(page, HttpStatusCode.OK, "Första versionen.");

        // serve's private folder cannot take a new build: a fault of the machine, not of the content.
        var work = Assert.Single(Directory.GetDirectories(temporary, "trygghetsrad-serve-*"));
        using (new ReadOnlyFolder(work))
        {
            Save("Andra versionen.");
            var shown = await PageShows(page, HttpStatusCode.InternalServerError, "generatorn stannade när den skulle skriva webbplatsen");
            Assert.Contains("är skrivskyddad", shown, StringComparison.Ordinal);
        }

        Save("Tredje versionen.");
        await PageShows(page, HttpStatusCode.OK, "Tredje versionen.");
        Assert.True(serve.Running, serve.Errors);
        Assert.Equal(0, serve.Stop());
    }
}
