using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Trygghetsrad.Site.Serving;

/// <summary>
/// The site's version in <c>serve</c>: every rebuild (good or broken) moves it on, and open pages that
/// wait on it update. Pages learn their version, and fingerprints of what they show, from the reload
/// script's URL, which is injected into HTML as it is served — built files never contain it. Thread-safe.
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

    /// <summary>
    /// Inserts the reload script before <c>&lt;/body&gt;</c> (or at the end when there is none). Its URL carries
    /// the version and two fingerprints of <paramref name="html"/>: <c>page</c> of all of it and <c>frame</c> of
    /// everything but the title and <c>&lt;main&gt;</c>, so an open page can tell whether a rebuild changed it
    /// at all, and whether swapping its <c>&lt;main&gt;</c> is enough.
    /// </summary>
    public static string Inject(string html, string basePath, int version)
    {
        var page = Fingerprint(html);
        var frame = Fingerprint(Without(Without(html, "<title", "</title>"), "<main", "</main>"));
        var tag = string.Create(CultureInfo.InvariantCulture, $"<script src=\"{basePath}{Folder}reload.js?v={version}&amp;page={page}&amp;frame={frame}\" defer></script>\n");
        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return end < 0 ? html + tag : html.Insert(end, tag);
    }

    /// <summary>
    /// <paramref name="html"/> without the first <paramref name="open"/>…<paramref name="close"/> element; unchanged
    /// when there is none (then every change counts as a change of the frame, and the page reloads whole).
    /// </summary>
    private static string Without(string html, string open, string close)
    {
        var start = html.IndexOf(open, StringComparison.OrdinalIgnoreCase);
        var end = start < 0 ? -1 : html.IndexOf(close, start, StringComparison.OrdinalIgnoreCase);
        return end < 0 ? html : string.Concat(html.AsSpan(0, start), html.AsSpan(end + close.Length));
    }

    private static string Fingerprint(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 8);

    /// <summary>
    /// The reload script. It asks <c>version?since=N</c>, which the server holds open until the site changes
    /// (long polling, so a rebuild shows at once without a stream of requests), then fetches its own page again
    /// and compares fingerprints: an unchanged page is left alone (the full rebuild after a quick preview usually
    /// changes nothing); a page where only the title and <c>&lt;main&gt;</c> changed gets them swapped in place,
    /// keeping the scroll position and without fetching the stylesheet again; anything else (a new stylesheet,
    /// the error page, a page with scripts of its own) reloads. Served as a file from the same origin, so the
    /// pages' Content-Security-Policy (script-src and connect-src 'self') allows it. It marks the version it has
    /// caught up with on <c>&lt;html data-serve-version&gt;</c>.
    /// </summary>
    public const string Script = """
        // Live reload for `serve` only; a built site never contains this file.
        (function () {
          "use strict";
          var own = new URL(document.currentScript.src);
          var version = own.searchParams.get("v");
          var page = own.searchParams.get("page");
          var frame = own.searchParams.get("frame");
          var endpoint = new URL("version", own);
          var root = document.documentElement;

          function reloadScriptIn(doc) {
            var scripts = doc.querySelectorAll("script[src]");
            for (var i = 0; i < scripts.length; i++) {
              var url = new URL(scripts[i].getAttribute("src"), location.href);
              // By name, not by the whole path: an edit to the base path moves it.
              if (/\/__serve\/reload\.js$/.test(url.pathname)) {
                return url;
              }
            }
            return null;
          }

          function caughtUp(latest) {
            version = latest;
            root.setAttribute("data-serve-version", version);
            wait();
          }

          function update() {
            fetch(location.href, { cache: "no-store" })
              .then(function (response) { return response.text(); })
              .then(function (html) {
                var doc = new DOMParser().parseFromString(html, "text/html");
                var next = reloadScriptIn(doc);
                if (!next) {
                  // Not a page of the site (the folder was being swapped): ask again; the old version makes the server answer at once.
                  setTimeout(wait, 250);
                  return;
                }
                var latest = next.searchParams.get("v");
                if (next.searchParams.get("page") === page) {
                  caughtUp(latest);
                  return;
                }
                var main = document.querySelector("main");
                var swapped = doc.querySelector("main");
                var scriptsOfItsOwn = document.querySelectorAll("script[src]").length > 1;
                if (next.searchParams.get("frame") !== frame || !main || !swapped || scriptsOfItsOwn) {
                  location.reload();
                  return;
                }
                var x = window.scrollX;
                var y = window.scrollY;
                main.replaceWith(document.adoptNode(swapped));
                document.title = doc.title;
                window.scrollTo(x, y);
                page = next.searchParams.get("page");
                // Ask again only after the new text is painted: the server starts the full rebuild, which takes every core, once it is asked.
                requestAnimationFrame(function () { setTimeout(function () { caughtUp(latest); }, 0); });
              }, function () { setTimeout(wait, 1000); });
          }

          function wait() {
            endpoint.searchParams.set("since", version);
            fetch(endpoint, { cache: "no-store" })
              .then(function (response) { return response.text(); })
              .then(function (text) {
                if (text.trim() !== version) {
                  update();
                } else {
                  wait();
                }
              }, function () { setTimeout(wait, 1000); });
          }

          root.setAttribute("data-serve-version", version);
          wait();
        })();

        """;
}
