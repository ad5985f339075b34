using System.Diagnostics;

namespace Trygghetsrad.Site.Tests.Infrastructure;

/// <summary>Runs a program to its end with both output streams captured (read at once, so neither pipe fills and stalls it).</summary>
public static class ChildProcess
{
    /// <summary>The program's exit code and what it wrote.</summary>
    /// <exception cref="System.ComponentModel.Win32Exception">The program is not installed.</exception>
    public static (int ExitCode, string Stdout, string Stderr) Run(string program, IEnumerable<string> arguments, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (workingDirectory is not null)
        {
            start.WorkingDirectory = workingDirectory;
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout, stderr.Result);
    }

    /// <summary>
    /// Starts a program whose output is read and dropped (so a full pipe never stalls it), for a test that stops
    /// it from outside.
    /// </summary>
    public static Process Start(string program, IEnumerable<string> arguments)
    {
        var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
