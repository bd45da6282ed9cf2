using Marsad.Bench.Dedup;

namespace Marsad.Bench;

/// <summary>Dispatches on the first argument: <c>dotnet run -c Release --project bench/Marsad.Bench -- VERB [options]</c>.
/// Add a verb by adding a case that calls a static <c>XxxBenchmark.Run(string[] args)</c>.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        string verb = args.Length > 0 ? args[0] : "";
        string[] rest = args.Length > 0 ? args[1..] : [];
        switch (verb)
        {
            case "dedup": return DedupBenchmark.Run(rest);
            case "dedup-eval": return DedupEvaluationCommand.Run(rest);
            default:
                Console.Error.WriteLine("usage: Marsad.Bench <verb> [options]");
                Console.Error.WriteLine("  dedup        signature throughput, LSH latency and memory at 100k/1M documents");
                Console.Error.WriteLine("  dedup-eval   near-duplicate precision/recall on the ANERcorp perturbation suite");
                return 2;
        }
    }
}
