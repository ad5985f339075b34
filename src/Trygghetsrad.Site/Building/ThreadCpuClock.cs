using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Trygghetsrad.Site.Building;

/// <summary>
/// The CPU time the calling thread has used, so a part of a parallel phase can be measured even on a loaded
/// machine, where wall-clock time would count the waits for a core. Linux reads the thread's own clock;
/// elsewhere it falls back to the wall clock.
/// </summary>
internal static class ThreadCpuClock
{
    private const int ClockThreadCpuTimeId = 3;

    /// <summary>The calling thread's CPU time so far, in <see cref="Stopwatch"/> ticks.</summary>
    public static long Now()
    {
        if (OperatingSystem.IsLinux() && ClockGetTime(ClockThreadCpuTimeId, out var time) == 0)
        {
            return (long)((time.Seconds * 1_000_000_000.0 + time.Nanoseconds) * Stopwatch.Frequency / 1_000_000_000.0);
        }

        return Stopwatch.GetTimestamp();
    }

    // DllImport, not LibraryImport: the source-generated stub would need unsafe code in the whole project
    // for one blittable call.
#pragma warning disable SYSLIB1054
    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
#pragma warning restore SYSLIB1054

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
