using Marsad.Dedup.Evaluation;

namespace Marsad.Bench.Dedup;

/// <summary><c>dedup-eval [--corpus PATH] [--docs N] [--seed S]</c>: the perturbation suite of eval/dedup.</summary>
public static class DedupEvaluationCommand
{
    public static int Run(string[] args)
    {
        string corpus = Option(args, "--corpus") ?? Marsad.Bench.Common.BenchCorpus.AnercorpPath();
        int documents = int.Parse(Option(args, "--docs") ?? "10000");
        int seed = int.Parse(Option(args, "--seed") ?? PerturbationSuite.DefaultSeed.ToString());
        var sentences = PerturbationSuite.ReadSentences(corpus);
        var suite = PerturbationSuite.Build(sentences, documents, seed);
        Console.WriteLine($"suite: {suite.Count} documents from {sentences.Count} sentences of {corpus}, seed {seed}");
        Console.WriteLine($"mean words per document: {suite.Average(d => d.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length):F0}");
        NearDuplicateEvaluation.Run(suite, log: Console.Out);
        return 0;
    }

    internal static string? Option(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
