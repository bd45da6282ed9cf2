using System.Diagnostics;
using Marsad.Dedup;
using Marsad.Dedup.Evaluation;
using Marsad.Text;

namespace Marsad.Bench.Dedup;

/// <summary>
/// <c>dedup [--sizes 100000,1000000] [--corpus PATH]</c>: signature throughput (one core) on ~500-word articles built
/// from ANERcorp sentences, then LSH insert+query latency and index memory per document at each size. The indexed
/// documents are random 450-shingle sets, one in twenty a 90%-overlap copy of an earlier one (so queries find hits).
/// Index memory counts the LSH arrays only; verification shingle sets live outside the index (~8 bytes per shingle).
/// </summary>
public static class DedupBenchmark
{
    public static int Run(string[] args)
    {
        string corpus = DedupEvaluationCommand.Option(args, "--corpus") ?? Marsad.Bench.Common.BenchCorpus.AnercorpPath();
        var sizes = (DedupEvaluationCommand.Option(args, "--sizes") ?? "100000,1000000").Split(',').Select(int.Parse).ToArray();
        SignatureThroughput(corpus);
        foreach (int size in sizes) IndexLatency(size);
        return 0;
    }

    /// <summary>CPU time of this process: on a shared machine wall time measures the neighbours, not this code.</summary>
    static double CpuSeconds() => Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;

    static void SignatureThroughput(string corpus)
    {
        var sentences = PerturbationSuite.ReadSentences(corpus);
        var random = new Random(5);
        var articles = new List<string>();
        for (int i = 0; i < 2000; i++)
        {
            int start = random.Next(sentences.Count - 40);
            var words = new List<string>();
            for (int s = start; words.Count < 500; s++) words.AddRange(sentences[s].Split(' '));
            articles.Add(string.Join(' ', words.Take(500)));
        }
        var hasher = new MinHasher();
        var signature = new uint[hasher.HashCount];
        for (int warm = 0; warm < 2; warm++)
            foreach (var a in articles) hasher.Signature(WordShingles.SortedSet(MatchKeyWords.Hashes(a)), signature);

        const int rounds = 10;
        var clock = Stopwatch.StartNew();
        double cpu = CpuSeconds();
        var scratch = new ulong[4096];
        for (int r = 0; r < rounds; r++)
            foreach (var a in articles)
            {
                var words = MatchKeyWords.Hashes(a);
                if (words.Length > scratch.Length) scratch = new ulong[words.Length];
                int n = WordShingles.Hashes(words, scratch);
                hasher.Signature(scratch.AsSpan(0, n), signature);
            }
        double full = articles.Count * rounds / clock.Elapsed.TotalSeconds;
        double fullCpu = articles.Count * rounds / (CpuSeconds() - cpu);

        cpu = CpuSeconds();
        for (int r = 0; r < rounds; r++) foreach (var a in articles) MatchKeyWords.Hashes(a);
        double wordsOnly = articles.Count * rounds / (CpuSeconds() - cpu);
        var wordSets = articles.Select(a => MatchKeyWords.Hashes(a)).ToList();
        cpu = CpuSeconds();
        for (int r = 0; r < rounds; r++) foreach (var w in wordSets) WordShingles.SortedSet(w);
        double shinglesOnly = articles.Count * rounds / (CpuSeconds() - cpu);
        var shingleSets = articles.Select(a => WordShingles.SortedSet(MatchKeyWords.Hashes(a))).ToList();
        cpu = CpuSeconds();
        for (int r = 0; r < rounds; r++) foreach (var s in shingleSets) hasher.Signature(s, signature);
        double minhashOnly = articles.Count * rounds / (CpuSeconds() - cpu);
        Console.WriteLine($"signature throughput, 500-word articles, one thread, {hasher.HashCount} hashes, Vector<uint>.Count={System.Numerics.Vector<uint>.Count}:");
        Console.WriteLine($"  (rates per CPU-second of this process; the machine is shared, load {File.ReadAllText("/proc/loadavg").Split(' ')[0]})");
        Console.WriteLine($"  text -> match-key words -> shingles -> signature (no set sort): {fullCpu:F0} documents/s (wall clock: {full:F0}/s)");
        Console.WriteLine($"  text -> match-key word hashes only:              {wordsOnly:F0} documents/s");
        Console.WriteLine($"  word hashes -> sorted shingle set only:          {shinglesOnly:F0} documents/s");
        Console.WriteLine($"  shingles -> signature (MinHash only):           {minhashOnly:F0} documents/s");
    }

    static void IndexLatency(int size)
    {
        var hasher = new MinHasher();
        var random = new Random(11);
        long before = GC.GetTotalMemory(true);
        var index = new LshIndex();
        const int shinglesPerDocument = 450;
        var recent = new ulong[64][];
        var shingles = new ulong[shinglesPerDocument];
        var signature = new uint[hasher.HashCount];
        var candidates = new List<int>();
        int window = Math.Min(20_000, size / 5);
        var latencies = new double[window];
        long hits = 0;
        double tickMs = 1000.0 / Stopwatch.Frequency;
        for (int d = 0; d < size; d++)
        {
            var earlier = recent[random.Next(recent.Length)];
            if (earlier is not null && random.Next(20) == 0)
            {
                earlier.CopyTo(shingles, 0);
                for (int k = 0; k < shinglesPerDocument / 10; k++) shingles[random.Next(shinglesPerDocument)] = (ulong)random.NextInt64();
            }
            else for (int k = 0; k < shinglesPerDocument; k++) shingles[k] = (ulong)random.NextInt64();
            if (random.Next(100) == 0) recent[random.Next(recent.Length)] = (ulong[])shingles.Clone();
            hasher.Signature(shingles, signature);

            candidates.Clear();
            long start = Stopwatch.GetTimestamp();
            index.Query(signature, candidates);
            index.Add(signature);
            long end = Stopwatch.GetTimestamp();
            hits += candidates.Count;
            if (d >= size - window) latencies[d - (size - window)] = (end - start) * tickMs;
        }
        Array.Sort(latencies);
        long after = GC.GetTotalMemory(true);
        GC.KeepAlive(index);
        Console.WriteLine($"LSH index at {size:N0} documents ({index.Bands} bands x {index.Rows} rows), last {window:N0} operations:");
        Console.WriteLine($"  query+insert latency: median {latencies[window / 2] * 1000:F1} us, p99 {latencies[(int)(window * 0.99)] * 1000:F1} us");
        Console.WriteLine($"  index arrays: {index.MemoryBytes / (double)size:F0} bytes/document; managed heap growth {(after - before) / (double)size:F0} bytes/document (includes the 64 kept shingle sets)");
        Console.WriteLine($"  candidates returned: {hits:N0} (about one in twenty documents is a near copy)");
    }
}
