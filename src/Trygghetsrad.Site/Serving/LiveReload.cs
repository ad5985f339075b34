namespace Trygghetsrad.Site.Serving;

/// <summary>
/// The site's version in <c>serve</c>: every rebuild (good or broken) moves it on, and open pages that
/// wait on it reload. Pages learn their version from the reload script's URL, which is injected into HTML
/// as it is served — built files never contain it. Thread-safe.
/// </summary>
public sealed class LiveReload
{
    /// <summary>The folder below the base path where serve's own files live.</summary>
    public const string Folder = "__serve/";

    private readonly Lock _lock = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _version;

    /// <summary>The current version.</summary>
    public int Version
    {
        get
        {
            lock (_lock)
            {
                return _version;
            }
        }
    }

    /// <summary>Moves the version on and wakes every waiting page.</summary>
    public void Bump()
    {
        TaskCompletionSource changed;
        lock (_lock)
        {
            _version++;
            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        changed.TrySetResult();
    }

    /// <summary>Waits until the version differs from <paramref name="seen"/> or <paramref name="timeout"/> passes; returns the version then.</summary>
    public async Task<int> WaitAsync(int seen, TimeSpan timeout, CancellationToken cancellation)
    {
        Task changed;
        lock (_lock)
        {
            if (_version != seen)
            {
                return _version;
            }

            changed = _changed.Task;
        }

        await Task.WhenAny(changed, Task.Delay(timeout, cancellation)).ConfigureAwait(false);
        return Version;
    }

    /// <summary>Inserts the reload script before <c>&lt;/body&gt;</c> (or at the end when there is none).</summary>
    public static string Inject(string html, string basePath, int version)
    {
        var tag = $"<script src=\"{basePath}{Folder}reload.js?v={version}\" defer></script>\n";
        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return end < 0 ? html + tag : html.Insert(end, tag);
    }

    /// <summary>
    /// The reload script: asks <c>version?since=N</c>, which the server holds open until the site changes
    /// (long polling, so a rebuild shows at once without a stream of requests), then reloads. Served as a file
    /// from the same origin, so the pages' Content-Security-Policy (script-src and connect-src 'self') allows it.
    /// </summary>
    public const string Script = """
        // Live reload for `serve` only; a built site never contains this file.
        (function () {
          "use strict";
          var own = new URL(document.currentScript.src);
          var version = own.searchParams.get("v");
          var endpoint = new URL("version", own);
          function wait() {
            endpoint.searchParams.set("since", version);
            fetch(endpoint, { cache: "no-store" })
              .then(function (response) { return response.text(); })
              .then(function (text) {
                if (text.trim() !== version) {
                  location.reload();
                } else {
                  wait();
                }
              }, function () { setTimeout(wait, 1000); });
          }
          wait();
        })();

        """;
}
