using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Marsad.Bench.Common;

/// <summary>CPU time, which unlike wall time does not grow when colleagues' jobs share the cores. On Linux the calling
/// thread's own clock (clock_gettime, a vDSO call: cheap enough per stage); elsewhere the whole process's time.</summary>
public static class CpuClock
{
    private const int ClockThreadCpuTime = 3; // CLOCK_THREAD_CPUTIME_ID

    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    private static readonly bool HasThreadClock = OperatingSystem.IsLinux() && Probe();

    private static bool Probe()
    {
        try { return ClockGetTime(ClockThreadCpuTime, out _) == 0; }
        catch (DllNotFoundException) { return false; }
        catch (EntryPointNotFoundException) { return false; }
    }

    /// <summary>Whether <see cref="Thread"/> is the calling thread's clock (else it is the process's).</summary>
    public static string ThreadClockKind => HasThreadClock ? "thread CPU time" : "process CPU time";

    /// <summary>CPU time of the calling thread so far (of the process where no thread clock exists).</summary>
    public static TimeSpan Thread()
    {
        if (!HasThreadClock) return Process();
        ClockGetTime(ClockThreadCpuTime, out var t);
        return TimeSpan.FromTicks(t.Seconds * TimeSpan.TicksPerSecond + t.Nanoseconds / 100);
    }

    /// <summary>CPU time of the whole process so far: every thread, the GC's and the JIT's included.</summary>
    public static TimeSpan Process() => System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;

    /// <summary>The load averages (1, 5, 15 minutes) where /proc/loadavg exists, else "n/a".</summary>
    public static string Load() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
