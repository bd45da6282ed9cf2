using System.Diagnostics;

namespace Marsad.Pipeline;

/// <summary>Wall-clock and CPU time per pipeline stage, summed over every call, for the benchmarks. A stage is timed
/// only when the pipeline is given a <see cref="StageTimings"/>; without one the pipeline pays nothing. Not thread-safe.</summary>
/// <param name="cpuClock">The CPU time of the calling thread so far (the runtime has no portable reader, so the caller
/// brings one); null records wall time only.</param>
public sealed class StageTimings(Func<TimeSpan>? cpuClock = null)
{
    private readonly Dictionary<string, int> indexOf = new(StringComparer.Ordinal);
    private readonly List<StageTime> stages = [];

    /// <summary>The stages in the order they first ran.</summary>
    public IReadOnlyList<StageTime> Stages => stages;

    public void Clear()
    {
        indexOf.Clear();
        stages.Clear();
    }

    /// <summary>Starts timing <paramref name="stage"/>; the time is added when the scope is disposed.</summary>
    public Scope Time(string stage) => new(this, stage, Stopwatch.GetTimestamp(), cpuClock?.Invoke() ?? TimeSpan.Zero);

    private void Add(string stage, long startTimestamp, TimeSpan startCpu)
    {
        var wall = Stopwatch.GetElapsedTime(startTimestamp);
        var cpu = cpuClock is null ? TimeSpan.Zero : cpuClock() - startCpu;
        if (!indexOf.TryGetValue(stage, out int i))
        {
            indexOf[stage] = i = stages.Count;
            stages.Add(new StageTime(stage, TimeSpan.Zero, TimeSpan.Zero, 0));
        }
        var s = stages[i];
        stages[i] = s with { Wall = s.Wall + wall, Cpu = s.Cpu + cpu, Calls = s.Calls + 1 };
    }

    /// <summary>One timed call. Callers write <c>using var _ = timings?.Time("stage");</c>: with no timings the scope is
    /// null and nothing is measured.</summary>
    public readonly struct Scope(StageTimings owner, string stage, long startTimestamp, TimeSpan startCpu) : IDisposable
    {
        public void Dispose() => owner.Add(stage, startTimestamp, startCpu);
    }
}

/// <summary>Total time of one stage.</summary>
public sealed record StageTime(string Stage, TimeSpan Wall, TimeSpan Cpu, int Calls);
