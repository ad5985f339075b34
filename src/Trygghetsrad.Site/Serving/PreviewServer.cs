using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Trygghetsrad.Site.Diagnostics;

namespace Trygghetsrad.Site.Serving;

/// <summary>What the server shows: the built folder and base path, or the diagnostics of a broken build.</summary>
/// <param name="Root">The built site's folder.</param>
/// <param name="BasePath">The base path the site was built with, "/…/".</param>
/// <param name="Errors">The last build's diagnostics when it failed; null when the site is good.</param>
public sealed record PreviewState(string Root, string BasePath, IReadOnlyList<Diagnostic>? Errors);

/// <summary>
/// Serves the built site on 127.0.0.1 like a static host (a folder's index.html, 404.html for what is missing),
/// under the base path, and adds live reload: the script and the version endpoint under
/// <c>{base}__serve/</c>, and the script tag injected into every HTML response. While the last build failed,
/// every page is the error page.
/// </summary>
public sealed class PreviewServer : IDisposable
{
    private static readonly TimeSpan LongPoll = TimeSpan.FromSeconds(25);
    private static readonly UTF8Encoding Utf8 = new(false);
    private readonly HttpListener _listener;
    private readonly Func<PreviewState> _state;
    private readonly LiveReload _reload;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private int _versionRequests;
    private int _waiting;

    /// <summary>Starts listening on <paramref name="port"/> (0 picks a free one).</summary>
    public PreviewServer(int port, Func<PreviewState> state, LiveReload reload)
    {
        _state = state;
        _reload = reload;
        (_listener, Port) = Listen(port);
        _loop = Task.Run(LoopAsync);
    }

    /// <summary>
    /// Version requests received so far. An open page asks again only once it shows the new version (swapped in and
    /// painted, or reloaded), so serve waits for that after a quick preview before it loads the CPU with a full rebuild.
    /// </summary>
    public int VersionRequests => Volatile.Read(ref _versionRequests);

    /// <summary>Version requests the server is holding open right now: roughly, the pages open and up to date.</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    /// <summary>The port served on.</summary>
    public int Port { get; }

    /// <summary>"http://127.0.0.1:PORT".</summary>
    public string Origin => $"http://127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}";

    /// <inheritdoc />
    public void Dispose()
    {
        _stop.Cancel();
        // Close alone stops listening and lets go of the port. Stop before it would let go first, and Close would then
        // look the endpoint up again by binding the port anew, which fails when another process has taken it since.
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(2));
        }
        catch (AggregateException)
        {
            // The listener throws as it closes; nothing to report.
        }

        _stop.Dispose();
    }

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => ServeAsync(context));
        }
    }

    private async Task ServeAsync(HttpListenerContext context)
    {
        using var response = context.Response;
        try
        {
            response.AddHeader("Cache-Control", "no-store");
            var state = _state();
            var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath);
            var own = state.BasePath + LiveReload.Folder;
            if (path == own + "reload.js")
            {
                Write(response, 200, "text/javascript; charset=utf-8", LiveReload.Script);
            }
            else if (path == own + "version")
            {
                Interlocked.Increment(ref _versionRequests);
                var since = int.TryParse(context.Request.QueryString["since"], NumberStyles.None, CultureInfo.InvariantCulture, out var seen) ? seen : -1;
                int version;
                Interlocked.Increment(ref _waiting);
                try
                {
                    version = await _reload.WaitAsync(since, LongPoll, _stop.Token).ConfigureAwait(false);
                }
                finally
                {
                    Interlocked.Decrement(ref _waiting);
                }

                Write(response, 200, "text/plain; charset=utf-8", version.ToString(CultureInfo.InvariantCulture));
            }
            else if (path == "/" && state.BasePath != "/")
            {
                response.Redirect(state.BasePath);
            }
            else
            {
                ServeSite(response, state, path);
            }
        }
        catch (Exception ex) when (ex is HttpListenerException or IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The browser went away or the server is stopping.
        }
    }

    private void ServeSite(HttpListenerResponse response, PreviewState state, string path)
    {
        var file = Resolve(state, path);
        var isHtml = file is null || file.EndsWith(".html", StringComparison.Ordinal);
        if (state.Errors is not null && isHtml)
        {
            Write(response, 500, "text/html; charset=utf-8", LiveReload.Inject(ErrorPage.Render(state.Errors), state.BasePath, _reload.Version));
            return;
        }

        var status = 200;
        if (file is null)
        {
            status = 404;
            file = Path.Combine(state.Root, "404.html");
        }

        // Read once: a rebuild may swap the folder at any moment, and a half-read file would be worse than a 404.
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Write(response, 404, "text/plain; charset=utf-8", "Sidan finns inte (webbplatsen byggs om just nu).");
            return;
        }

        if (file.EndsWith(".html", StringComparison.Ordinal))
        {
            Write(response, status, "text/html; charset=utf-8", LiveReload.Inject(Utf8.GetString(bytes), state.BasePath, _reload.Version));
            return;
        }

        response.StatusCode = status;
        response.ContentType = ContentType(file);
        response.ContentLength64 = bytes.Length;
        response.OutputStream.Write(bytes);
    }

    private static string? Resolve(PreviewState state, string path)
    {
        if (!path.StartsWith(state.BasePath, StringComparison.Ordinal))
        {
            return null;
        }

        var relative = path[state.BasePath.Length..];
        if (relative.Split('/').Any(part => part is ".." or "."))
        {
            return null;
        }

        var file = Path.Combine(state.Root, relative);
        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            file = Path.Combine(file, "index.html");
        }

        return File.Exists(file) ? file : null;
    }

    private static void Write(HttpListenerResponse response, int status, string contentType, string text)
    {

        var bytes = Utf8.GetBytes(text);
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength64 = bytes.Length;
        response.OutputStream.Write(bytes);
    }

    private static string ContentType(string file) => Path.GetExtension(file) switch
    {
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".json" => "application/json; charset=utf-8",
        ".xml" => "application/xml; charset=utf-8",
        ".ics" => "text/calendar; charset=utf-8",
        ".txt" => "text/plain; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".woff2" => "font/woff2",
        _ => "application/octet-stream",
    };

    // A free port is found by binding port 0 and letting go of it; another process can take it before the listener
    // binds it, so a port picked that way is tried again with a new one. A port the user named is tried once.
    private static (HttpListener Listener, int Port) Listen(int port)
    {
        for (var attempt = 1; ; attempt++)
        {
            var chosen = port == 0 ? FreePort() : port;
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{chosen.ToString(CultureInfo.InvariantCulture)}/");
            try
            {
                listener.Start();
                return (listener, chosen);
            }
            catch (HttpListenerException) when (port == 0 && attempt < 10)
            {
                listener.Close();
            }
        }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
