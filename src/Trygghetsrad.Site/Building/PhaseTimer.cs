using System.Diagnostics;

namespace Trygghetsrad.Site.Building;

/// <summary>How long one phase of a build took: wall clock and CPU time of the whole process (all threads), and what it allocated.</summary>
/// <param name="Phase">The phase's name.</param>
/// <param name="Wall">Wall-clock time.</param>
/// <param name="Cpu">CPU time used by the process during the phase.</param>
/// <param name="AllocatedBytes">Bytes allocated on the managed heap during the phase, by all threads.</param>
/// <param name="IsPart">True for a part of the phase before it, measured as the summed CPU time of the threads doing it (no wall time).</param>
/// <param name="GcPause">Time the garbage collector held the program's threads during the phase.</param>
/// <param name="Jit">Time spent compiling methods at run time during the phase (the DLL's JIT; always 0 in the native executable).</param>
public sealed record PhaseTiming(string Phase, TimeSpan Wall, TimeSpan Cpu, long AllocatedBytes, bool IsPart = false, TimeSpan GcPause = default, TimeSpan Jit = default);

/// <summary>Measures consecutive phases for <c>--verbose</c>, so profiling starts from numbers.</summary>
internal sealed class PhaseTimer
{
    private readonly List<PhaseTiming> _timings = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _cpu = Process.GetCurrentProcess().TotalProcessorTime;
    private long _allocated = GC.GetTotalAllocatedBytes();
    private TimeSpan _paused = GC.GetTotalPauseDuration();
    private TimeSpan _jit = System.Runtime.JitInfo.GetCompilationTime();

    /// <summary>The phases ended so far.</summary>
    public IReadOnlyList<PhaseTiming> Timings => _timings;

    /// <summary>Records that <paramref name="threadTime"/> (CPU time of the threads) of the phase just ended went to <paramref name="name"/>.</summary>
    public void Part(string name, TimeSpan threadTime) => _timings.Add(new PhaseTiming(name, TimeSpan.Zero, threadTime, 0, IsPart: true));

    /// <summary>Ends the current phase under <paramref name="name"/> and starts the next.</summary>
    public void End(string name)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes();
        var paused = GC.GetTotalPauseDuration();
        var jit = System.Runtime.JitInfo.GetCompilationTime();
        _timings.Add(new PhaseTiming(name, _clock.Elapsed, cpu - _cpu, allocated - _allocated, GcPause: paused - _paused, Jit: jit - _jit));
        _jit = jit;
        _cpu = cpu;
        _allocated = allocated;
        _paused = paused;
        _clock.Restart();
    }
}
