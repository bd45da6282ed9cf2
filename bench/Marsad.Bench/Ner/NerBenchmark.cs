using System.Diagnostics;
using Marsad.Bench.Common;
using Marsad.Entities.Recognition;
using Marsad.Entities.Recognition.Clusters;

namespace Marsad.Bench.Ner;

/// <summary>
/// <c>dotnet run -c Release --project bench/Marsad.Bench -- ner [--data FILE]</c>: size and load time of the committed
/// NER model, and tagging speed on one thread over the sentences of a CoNLL file (default: ANERcorp's training part),
/// both over word arrays and over a text with token offsets (the path later pipeline stages use), in tokens per second
/// of thread CPU time (one core) and of wall time. Entity resolution has its own verb, <c>resolve</c>.
/// </summary>
public static class NerBenchmark
{

    public static int Run(string[] args)
    {
        int at = Array.IndexOf(args, "--data");
        string data = at >= 0 && at + 1 < args.Length ? args[at + 1] : BenchCorpus.AnercorpPath();

        using (var resource = typeof(NerModel).Assembly.GetManifestResourceStream(NerModel.EmbeddedResourceName)!)
            Console.WriteLine($"model size: {resource.Length:N0} bytes");

        // Wall time and thread CPU time (what one core spends: on a busy machine wall time mostly counts waiting).
        var loads = new List<(double Wall, double Cpu)>();
        NerModel model = NerModel.LoadEmbedded();
        for (int i = 0; i < 5; i++)
        {
            var (clock, cpu) = (Stopwatch.StartNew(), CpuClock.Thread());
            model = NerModel.LoadEmbedded();
            loads.Add((clock.Elapsed.TotalMilliseconds, (CpuClock.Thread() - cpu).TotalMilliseconds));
        }
        Console.WriteLine($"model load: {Median(loads, l => l.Wall):0.0} ms wall, {Median(loads, l => l.Cpu):0.0} ms thread CPU (medians of 5), {model.FeatureCount:N0} features; load {CpuClock.Load()}");

        using (var resource = typeof(WordClusters).Assembly.GetManifestResourceStream(WordClusters.EmbeddedResourceName)!)
            Console.WriteLine($"word clusters size: {resource.Length:N0} bytes");
        var clusterLoads = new List<(double Wall, double Cpu)>();
        for (int i = 0; i < 5; i++)
        {
            var (clock, cpu) = (Stopwatch.StartNew(), CpuClock.Thread());
            WordClusters.LoadEmbedded();
            clusterLoads.Add((clock.Elapsed.TotalMilliseconds, (CpuClock.Thread() - cpu).TotalMilliseconds));
        }
        Console.WriteLine($"word clusters load: {Median(clusterLoads, l => l.Wall):0.0} ms wall, {Median(clusterLoads, l => l.Cpu):0.0} ms thread CPU (medians of 5)");

        var recognizer = new NamedEntityRecognizer(model);
        // The first word tagged loads what the features read once per process: the clusters, the name lists, the lexicon.
        var (first, firstCpu) = (Stopwatch.StartNew(), CpuClock.Thread());
        recognizer.TagWords(["محمد"]);
        Console.WriteLine($"first tagging (clusters, name lists, lexicon loaded): {first.Elapsed.TotalMilliseconds:0.0} ms wall, {(CpuClock.Thread() - firstCpu).TotalMilliseconds:0.0} ms thread CPU");

        var sentences = ConllCorpus.ReadFile(data);
        long tokens = sentences.Sum(s => s.Words.Count);

        Measure("tag words", tokens, () => { foreach (var s in sentences) recognizer.TagWords(s.Words); });

        // The same sentences as one text per sentence with token offsets, as the pipeline calls it.
        var texts = sentences.Select(s =>
        {
            var offsets = new List<(int Start, int Length)>();
            int position = 0;
            foreach (var w in s.Words) { offsets.Add((position, w.Length)); position += w.Length + 1; }
            return (Text: string.Join(' ', s.Words), Tokens: offsets);
        }).ToArray();
        Measure("recognize text", tokens, () => { foreach (var (text, offsets) in texts) recognizer.Recognize(text, offsets); });
        return 0;
    }

    private static double Median(List<(double Wall, double Cpu)> samples, Func<(double Wall, double Cpu), double> of) =>
        samples.Select(of).Order().ElementAt(samples.Count / 2);

    private static void Measure(string name, long tokensPerPass, Action pass)
    {
        // The first pass also computes the spelling leaf of every word it meets for the first time in the process
        // (WordClusters keeps them): its speed is that of text whose words are all new.
        var firstCpu = CpuClock.Thread();
        pass();
        Console.WriteLine($"{name}, first pass: {tokensPerPass / (CpuClock.Thread() - firstCpu).TotalSeconds:N0} tokens/s per core (thread CPU)");
        var cpu0 = CpuClock.Thread();
        var clock = Stopwatch.StartNew();
        int passes = 0;
        do { pass(); passes++; } while (clock.Elapsed.TotalSeconds < 3);
        double wall = clock.Elapsed.TotalSeconds, cpu = (CpuClock.Thread() - cpu0).TotalSeconds;
        // CPU time is the one-core figure: wall time also counts the slices other jobs took from this thread.
        Console.WriteLine($"{name}: {tokensPerPass * passes / cpu:N0} tokens/s per core (thread CPU), {tokensPerPass * passes / wall:N0} tokens/s wall ({passes} passes over {tokensPerPass:N0} tokens); load {CpuClock.Load()}");
    }
}
