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
        var paths = new TextCorePaths(marsad, lucene, lexicon);

        // The stage rows show where the time goes; the last three are the comparison the issue asks about.
        var results = new List<(string Name, double CharsPerSecond, double BytesPerChar)>
        {
            Measure("  span: tokenise only", () => paths.MarsadTokenize(paragraphs), chars, runs),
            Measure("  span: tokenise + match key", () => paths.MarsadMatchKey(paragraphs), chars, runs),
            Measure("  span: full, stem cache off", () => paths.MarsadNativeUncached(paragraphs), chars, runs),
            Measure("  Lucene: MarsadTokenizer only", () => TextCorePaths.RunAnalyzer(luceneTokenizerOnly, paragraphs), chars, runs),
            Measure("  Lucene: + match key + stop", () => TextCorePaths.RunAnalyzer(luceneWithoutStem, paragraphs), chars, runs),
            Measure("Marsad (span pipeline)", () => paths.MarsadNative(paragraphs), chars, runs),
            Measure("Marsad (as Lucene Analyzer)", () => paths.MarsadLucene(paragraphs), chars, runs),
            Measure("Lucene.NET ArabicAnalyzer", () => paths.LuceneArabic(paragraphs), chars, runs),
        };
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

    private static (string, double, double) Measure(string name, Func<long> work, long chars, int runs)
    {
        // Warm up (JIT tiering, the stem cache) for at least three runs and a second, so row order does not matter.
        var warmUp = Stopwatch.StartNew();
        for (int i = 0; i < 3 || warmUp.Elapsed.TotalSeconds < 1; i++) work();
        var times = new List<double>();
        double bytesPerChar = 0;
        for (int i = 0; i < runs; i++)
        {
            long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            var checksum = work();
            watch.Stop();
            bytesPerChar = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / (double)chars;
            times.Add(watch.Elapsed.TotalSeconds);
            if (checksum == 0) throw new InvalidOperationException(name + " produced no tokens");
        }
        times.Sort();
        double median = times[times.Count / 2];
        return (name, chars / median, bytesPerChar);
    }

    private static int IntOption(string[] args, string name, int fallback)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
