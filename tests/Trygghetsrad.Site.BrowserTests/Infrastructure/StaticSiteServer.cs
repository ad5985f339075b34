using System.Net;
using System.Net.Sockets;

namespace Trygghetsrad.Site.BrowserTests.Infrastructure;

/// <summary>
/// Serves a built site from a folder on 127.0.0.1 like a plain static host (GitHub Pages): a path ending
/// in '/' serves its index.html, a missing file serves /404.html with status 404. Counts bytes sent per
/// request so tests can check what a page fetched.
/// </summary>
public sealed class StaticSiteServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string _root;
    private readonly string _basePath;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    /// <summary>Starts serving <paramref name="root"/> under <paramref name="basePath"/> on a free loopback port.</summary>
    public StaticSiteServer(string root, string basePath = "/")
    {
        _root = root;
        _basePath = basePath;
        var port = FreePort();
        Origin = $"http://127.0.0.1:{port}";
        _listener.Prefixes.Add(Origin + "/");
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    /// <summary>"http://127.0.0.1:PORT".</summary>
    public string Origin { get; }

    /// <summary>The absolute URL of a site path (which starts with the base path).</summary>
    public string Url(string path) => Origin + path;

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
            // The listener throws on shutdown; nothing to report.
        }
    }

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (HttpListenerException)
            {
                return;
            }

            _ = Task.Run(() => Serve(context));
        }
    }

    private void Serve(HttpListenerContext context)
    {
        using var response = context.Response;
        var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath);
        var file = Resolve(path);
        var status = 200;
        if (file is null)
        {
            status = 404;
            file = Path.Combine(_root, "404.html");
        }

        response.StatusCode = status;
        response.ContentType = ContentType(file);
        response.AddHeader("Cache-Control", "no-store");
        if (File.Exists(file))
        {
            var bytes = File.ReadAllBytes(file);
            response.ContentLength64 = bytes.Length;
            response.OutputStream.Write(bytes);
        }
    }

    private string? Resolve(string path)
    {
        if (!path.StartsWith(_basePath, StringComparison.Ordinal))
        {
            return null;
        }

        var relative = path[_basePath.Length..];
        if (relative.Contains("..", StringComparison.Ordinal))
        {
            return null;
        }

        var file = Path.Combine(_root, relative);
        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            file = Path.Combine(file, "index.html");
        }

        return File.Exists(file) ? file : null;
    }

    private static string ContentType(string file) => Path.GetExtension(file) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".json" => "application/json; charset=utf-8",
        ".xml" => "application/xml; charset=utf-8",
        ".ics" => "text/calendar; charset=utf-8",
        ".txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    };

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
