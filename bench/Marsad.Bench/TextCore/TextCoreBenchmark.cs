using System.Diagnostics;
using System.Globalization;
using Lucene.Net.Analysis.Ar;
using Marsad.Analysis;
using Marsad.Bench.Common;
using Marsad.Text.Morphology;

namespace Marsad.Bench.TextCore;

/// <summary>
/// Normalise + tokenise + stem throughput of Marsad against Lucene.NET's ArabicAnalyzer on the same text, one thread.
/// Prints characters per second for each path, the ratios, and bytes allocated per character.
/// <c>dotnet run -c Release --project bench/Marsad.Bench -- textcore [--chars N] [--runs N]</c>
/// </summary>
public static class TextCoreBenchmark
{
    public static int Run(string[] args)
    {
        int targetChars = IntOption(args, "--chars", 4_000_000);
        int runs = IntOption(args, "--runs", 7);
        var paragraphs = BenchCorpus.Paragraphs(targetChars);
        long chars = paragraphs.Sum(p => (long)p.Length);
        Console.WriteLine($"text-core benchmark: {paragraphs.Count:N0} paragraphs, {chars:N0} characters " +
                          $"({(BenchCorpus.AnercorpSentences().Count > 0 ? "samples + ANERcorp sentences" : "samples only: ../shared/data not found")}), {runs} runs, 1 thread");

        var lexicon = ArabicLexicon.Default;
        using var marsad = new MarsadArabicAnalyzer();
        using var lucene = new ArabicAnalyzer(MarsadArabicAnalyzer.Version);
        using var luceneTokenizerOnly = TextCorePaths.MarsadLuceneStages(withMatchKeyAndStopWords: false);
        using var luceneWithoutStem = TextCorePaths.MarsadLuceneStages(withMatchKeyAndStopWords: true);
        var textPaths = new TextCorePaths(marsad, lucene, lexicon);

        // The stage rows show where the time goes; the last three are the comparison the issue asks about.
        var paths = new (string Name, Func<long> Work)[]
        {
            ("  span: tokenise only", () => textPaths.MarsadTokenize(paragraphs)),
            ("  span: tokenise + match key", () => textPaths.MarsadMatchKey(paragraphs)),
            ("  span: full, stem cache off", () => textPaths.MarsadNativeUncached(paragraphs)),
            ("  Lucene: MarsadTokenizer only", () => TextCorePaths.RunAnalyzer(luceneTokenizerOnly, paragraphs)),
            ("  Lucene: + match key + stop", () => TextCorePaths.RunAnalyzer(luceneWithoutStem, paragraphs)),
            ("Marsad (span pipeline)", () => textPaths.MarsadNative(paragraphs)),
            ("Marsad (as Lucene Analyzer)", () => textPaths.MarsadLucene(paragraphs)),
            ("Lucene.NET ArabicAnalyzer", () => textPaths.LuceneArabic(paragraphs)),
        };
        var results = Measure(paths, chars, runs);
        var cache = StemCache.ForCurrentThread(lexicon);
        Console.WriteLine($"stem cache of this thread: {cache.Count:N0} of {cache.Capacity:N0} entries, " +
                          $"{cache.Hits:N0} hits, {cache.Misses:N0} misses ({100.0 * cache.Hits / Math.Max(1, cache.Hits + cache.Misses):F2}% hits)");
        double lucenePerSecond = results[^1].CharsPerSecond;
        Console.WriteLine();
        Console.WriteLine($"{"path",-30} {"chars/s",15} {"× Lucene",9} {"alloc B/char",13}");
        foreach (var (name, perSecond, bytesPerChar) in results)
            Console.WriteLine($"{name,-30} {perSecond,15:N0} {perSecond / lucenePerSecond,9:F2} {bytesPerChar,13:F3}");
        return 0;
    }

    /// <summary>Runs the paths in turn, round after round, so that a shared machine's changing load falls on all of
    /// them alike; reports each path's median time and the bytes it allocated per character.</summary>
    private static List<(string Name, double CharsPerSecond, double BytesPerChar)> Measure(
        (string Name, Func<long> Work)[] paths, long chars, int runs)
    {
        // Warm up (JIT tiering, the stem cache) for at least three runs and a second, so row order does not matter.
        foreach (var (_, work) in paths)
        {
            var warmUp = Stopwatch.StartNew();
            for (int i = 0; i < 3 || warmUp.Elapsed.TotalSeconds < 1; i++) work();
        }
        var times = paths.Select(_ => new List<double>()).ToArray();
        var bytesPerChar = new double[paths.Length];
        for (int round = 0; round < runs; round++)
            for (int p = 0; p < paths.Length; p++)
            {
                long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
                var watch = Stopwatch.StartNew();
                var checksum = paths[p].Work();
                watch.Stop();
                bytesPerChar[p] = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / (double)chars;
                times[p].Add(watch.Elapsed.TotalSeconds);
                if (checksum == 0) throw new InvalidOperationException(paths[p].Name + " produced no tokens");
            }
        return paths.Select((path, p) =>
        {
            var sorted = times[p].Order().ToList();
            return (path.Name, chars / sorted[sorted.Count / 2], bytesPerChar[p]);
        }).ToList();
    }

    private static int IntOption(string[] args, string name, int fallback)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
