using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Trygghetsrad.Site.Tests.Infrastructure;

/// <summary>
/// The shipped generator's <c>serve</c> in a process of its own, so that its threads and memory can be measured
/// apart from the test runner's; stopped with SIGTERM, as Ctrl+C or a service manager would.
/// </summary>
public sealed partial class ServeProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly ConcurrentQueue<string> _errors = new();

    /// <summary>Starts serving <paramref name="content"/> with the repository's templates; <paramref name="temporary"/> is its TMPDIR.</summary>
    public ServeProcess(string content, string? temporary = null)
    {
        var start = new ProcessStartInfo(
            Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet",
            [Path.Combine(AppContext.BaseDirectory, "Trygghetsrad.Site.dll"), "serve", "--content", content, "--templates", TempContent.Templates, "--port", "0"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (temporary is not null)
        {
            start.Environment["TMPDIR"] = temporary;
        }

        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, line) => _output.Enqueue(line.Data ?? "");
        _process.ErrorDataReceived += (_, line) => _errors.Enqueue(line.Data ?? "");
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var clock = Stopwatch.StartNew();
        while (Url is null)
        {
            Assert.False(_process.HasExited, "serve ended: " + Errors);
            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(2), "serve did not start: " + Output);
            Thread.Sleep(20);
        }
    }

    /// <summary>The site's address once serve has said it.</summary>
    public string? Url => _output.Select(l => Address().Match(l)).FirstOrDefault(m => m.Success)?.Groups[1].Value;

    /// <summary>What serve wrote to stdout.</summary>
    public string Output => string.Join('\n', _output);

    /// <summary>What serve wrote to stderr.</summary>
    public string Errors => string.Join('\n', _errors);

    /// <summary>The process id.</summary>
    public int Id => _process.Id;

    /// <summary>True while serve runs.</summary>
    public bool Running => !_process.HasExited;

    /// <summary>
    /// The process's threads now, counted by name (Linux names .NET's threads: ".NET TP Worker" for the thread
    /// pool's, ".NET File Watch" for a file watcher's …).
    /// </summary>
    public SortedDictionary<string, int> Threads
    {
        get
        {
            var tasks = $"/proc/{_process.Id}/task";
            Assert.True(Directory.Exists(tasks), "threads are counted from /proc (Linux)");
            var names = new SortedDictionary<string, int>(StringComparer.Ordinal);
            foreach (var task in Directory.EnumerateDirectories(tasks))
            {
                try
                {
                    var name = File.ReadAllText(Path.Combine(task, "comm")).Trim();
                    names[name] = names.GetValueOrDefault(name) + 1;
                }
                catch (IOException)
                {
                    // The thread ended while being counted.
                }
            }

            return names;
        }
    }

    /// <summary>Resident memory of the process now, in bytes.</summary>
    public long Memory
    {
        get
        {
            _process.Refresh();
            return _process.WorkingSet64;
        }
    }

    /// <summary>Stops serving with SIGTERM and returns the exit code.</summary>
    public int Stop()
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        Assert.True(_process.WaitForExit(TimeSpan.FromMinutes(1)), "serve did not stop on SIGTERM");
        return _process.ExitCode;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    [GeneratedRegex(@"^Förhandsvisning: (\S+)")]
    private static partial Regex Address();
}
