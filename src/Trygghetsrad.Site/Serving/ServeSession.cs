using System.Diagnostics;
using System.Globalization;
using Trygghetsrad.Site.Building;
using Trygghetsrad.Site.Config;
using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Text;

namespace Trygghetsrad.Site.Serving;

/// <summary>What to serve.</summary>
/// <param name="ContentDirectory">The content folder, watched.</param>
/// <param name="TemplatesDirectory">The templates folder, watched.</param>
/// <param name="Port">The port on 127.0.0.1; 0 picks a free one.</param>
/// <param name="BasePath">Overrides site.yml's base path when given.</param>
public sealed record ServeOptions(string ContentDirectory = "content", string TemplatesDirectory = "templates", int Port = 8080, string? BasePath = null);

/// <summary>
/// <c>serve</c>: builds the site into a private folder, serves it on 127.0.0.1 and rebuilds on every change
/// to the content or templates. An edit to one meeting shows at once through <see cref="QuickPreview"/>, rendered
/// against the last full build; a full rebuild follows. A broken edit turns every page into the list of errors (also written to the log) and
/// serving goes on; open pages reload by themselves after each rebuild.
/// </summary>
public sealed class ServeSession : IDisposable
{
    private static readonly TimeSpan QuickGrace = TimeSpan.FromSeconds(1.5);
    private static readonly HashSet<string> SiteFileExtensions = new(StringComparer.OrdinalIgnoreCase) { ".md", ".yml", ".yaml", ".sbn", ".css", ".js", ".txt" };
    private readonly ServeOptions _options;
    private readonly TextWriter _log;
    private readonly IProgress<BuildProgress>? _progress;
    private readonly string _work;
    private readonly LiveReload _reload = new();

    private readonly CancellationTokenSource _stop = new();
    private PreviewServer? _server;
    private SiteWatcher? _watcher;
    private Task? _loop;
    private volatile PreviewState _state;

    // The last successful full build, which an edited meeting's page is rendered against until the next one.
    private volatile Archive? _last;

    /// <summary>Prepares a session; <see cref="Start"/> builds and serves.</summary>
    public ServeSession(ServeOptions options, TextWriter log, IProgress<BuildProgress>? progress = null)
    {
        _options = options;
        _log = TextWriter.Synchronized(log);
        _progress = progress;
        _work = Path.Combine(Path.GetTempPath(), "trygghetsrad-serve-" + Guid.NewGuid().ToString("N"));
        _state = new PreviewState(SiteRoot, "/", null);
    }

    /// <summary>The site's address, e.g. "http://127.0.0.1:8080/trygghetsradet/".</summary>
    public string Url => (_server?.Origin ?? "") + _state.BasePath;

    /// <summary>The version open pages reload on; moves on after every rebuild.</summary>
    public int Version => _reload.Version;

    private string SiteRoot => Path.Combine(_work, "site");

    /// <summary>Builds once, starts the server and starts watching.</summary>
    public void Start()
    {
        FullBuild();
        _server = new PreviewServer(_options.Port, () => _state, _reload);
        _watcher = new SiteWatcher([_options.ContentDirectory, _options.TemplatesDirectory]);
        _loop = Task.Run(WatchAsync);
        _log.WriteLine($"Förhandsvisning: {Url}  (Ctrl+C avslutar)");
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _stop.Cancel();
        _watcher?.Dispose();
        try
        {
            _loop?.Wait(TimeSpan.FromSeconds(30));
        }
        catch (AggregateException)
        {
            // Cancelled while waiting for changes.
        }

        _server?.Dispose();
        _stop.Dispose();
        if (Directory.Exists(_work))
        {
            Directory.Delete(_work, recursive: true);
        }
    }

    private async Task WatchAsync()
    {
        var meetings = Path.GetFullPath(Path.Combine(_options.ContentDirectory, "moten")) + Path.DirectorySeparatorChar;
        while (!_stop.IsCancellationRequested)
        {
            IReadOnlySet<string> changed;
            try
            {
                changed = await _watcher!.NextAsync(_stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            // Saving often writes a temporary file and renames it; what is gone again and is no site file does not count.
            var relevant = changed.Where(p => p == SiteWatcher.Everything || File.Exists(p) || Directory.Exists(p) || SiteFileExtensions.Contains(Path.GetExtension(p))).ToList();
            if (relevant is [var single] && single.StartsWith(meetings, StringComparison.Ordinal) && single.EndsWith(".md", StringComparison.Ordinal)
                && File.Exists(single) && _state.Errors is null)
            {
                var open = _server!.Waiting;
                var asked = _server.VersionRequests;
                if (QuickBuild(single) && open > 0)
                {
                    // The full rebuild takes every core; let open pages show the quick result first. Each page that was
                    // waiting asks again once it has caught up (an unchanged page at once, the edited one after painting).
                    var grace = Stopwatch.StartNew();
                    while (_server.VersionRequests - asked < open && grace.Elapsed < QuickGrace && !_stop.IsCancellationRequested)
                    {
                        await Task.Delay(5).ConfigureAwait(false);
                    }
                }
            }

            Guarded(FullBuild);
        }
    }

    // An unexpected failure ends one rebuild, not serving: it shows like a broken edit, and the next save tries again.
    private void Guarded(Action build)
    {
        try
        {
            build();
        }
        catch (Exception ex)
        {
            _last = null;
            _state = _state with { Errors = [FailureReport.AsDiagnostic(ex)] };
            _reload.Bump();
            _log.WriteLine(FailureReport.Line(ex));
        }
    }

    private bool QuickBuild(string file)
    {
        var clock = Stopwatch.StartNew();
        IReadOnlyList<Diagnostic>? errors;
        try
        {
            if (_last is not { } last || QuickPreview.Run(file, last, SiteRoot) is not { } outcome)
            {
                return false;
            }

            errors = outcome.Errors;
        }
        catch (Exception)
        {
            return false; // A file moved underneath, or the page failed: the full rebuild sorts it out and says what it met.
        }

        _state = _state with { Errors = errors };
        _reload.Bump();
        _log.WriteLine(errors is null
            ? $"Visar {DisplayPath.For(file)} ({Ms(clock)}); bygger om resten …"
            : Failure(errors));
        return true;
    }

    private void FullBuild()
    {
        var clock = Stopwatch.StartNew();
        var basePath = _options.BasePath ?? SiteConfigLoader.Load(Path.Combine(_options.ContentDirectory, "site.yml"), new DiagnosticBag())?.BasePath ?? _state.BasePath;
        var result = new SiteBuilder().Build(new BuildOptions(_options.ContentDirectory, _options.TemplatesDirectory, SiteRoot, basePath, Progress: _progress, Drafts: true));
        _state = new PreviewState(SiteRoot, BasePathRule.Normalize(basePath), result.Succeeded ? null : result.Diagnostics);
        _last = result.Succeeded ? result.Archive : null;
        _reload.Bump();
        if (result.Succeeded)
        {
            foreach (var warning in result.Diagnostics)
            {
                _log.WriteLine(warning.ToString());
            }

            _log.WriteLine($"Byggde {SwedishCount.Of(result.PageCount, "page")} från {SwedishCount.Of(result.MeetingCount, "meeting")} ({Ms(clock)}).");
        }
        else
        {
            _log.WriteLine(Failure(result.Diagnostics));
        }
    }

    private static string Failure(IReadOnlyList<Diagnostic> diagnostics) =>
        string.Join('\n', diagnostics) + "\nBygget misslyckades – felen visas också i webbläsaren. Rätta och spara, så byggs det om.";

    private static string Ms(Stopwatch clock) => clock.ElapsedMilliseconds.ToString(CultureInfo.InvariantCulture) + " ms";
}
