using System.Diagnostics;
using System.Globalization;
using System.Text;
using Marsad.Bench.Common;
using Marsad.Entities.Recognition;
using Marsad.Pipeline;
using Marsad.Stories;
using Marsad.Text.Sentences;

namespace Marsad.Bench.Stories;

/// <summary>
/// <c>stories [samples|eval|throughput|latency] [--count N] [--fill N]</c>:
/// samples — the stories of samples/*.txt and every article's best score against each story;
/// eval — pairwise and B-cubed F1 on samples + generated unrelated articles + rewrites (eval/stories/README.md);
/// throughput — online clustering of N generated articles (default 100,000) in time order: articles/s, memory;
/// latency — fill a clusterer with N articles (default 1,000,000), then time the placement of 2,000 more (median, p99).
/// Generated articles are ANERcorp sentences grouped with a fixed seed (entities not tagged: content and time only).
/// </summary>
public static class StoriesBenchmark
{
    public static int Run(string[] args)
    {
        string mode = args.Length > 0 ? args[0] : "samples";
        int count = Option(args, "--count", 100_000), fill = Option(args, "--fill", 1_000_000);
        return mode switch
        {
            "samples" => Samples(),
            "eval" => Eval(Option(args, "--unrelated", 300)),
            "throughput" => Throughput(count),
            "latency" => Latency(fill),
            _ => Usage(),
        };
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: stories [samples|eval|throughput|latency] [--count N] [--fill N] [--unrelated N]");
        return 2;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static List<StoryDocument> SampleDocuments()
    {
        var sources = Directory.EnumerateFiles(Path.Combine(BenchCorpus.RepoRoot(), "samples"), "*.txt").Order(StringComparer.Ordinal)
            .Select(f => new SourceDocument(Path.GetFileNameWithoutExtension(f), f, File.ReadAllText(f))).ToList();
        var collection = new CollectionAnalyzer { Stories = null }.Analyze(sources);
        return StoryInputs.FromCollection(collection, NamedEntityRecognizer.Default);
    }

    private static int Samples()
    {
        var docs = SampleDocuments();
        var clusterer = new StoryClusterer();
        foreach (var d in docs)
        {
            var p = clusterer.Put(d);
            Console.WriteLine($"{d.Id}: {(p.Opened ? "opened" : "joined")} {p.Story} score {p.Score} entities [{string.Join(", ", d.Entities.Distinct().Take(8))}]");
        }
        foreach (var e in clusterer.Log) Console.WriteLine($"  log {e.Change} {e.Document} {e.Story} {e.Other} {e.Score}");
        var batch = StoryBuilder.Analyze(docs);
        foreach (var s in batch.Stories) Console.WriteLine($"batch {s.Id} {s.Topic}: {string.Join(" ", s.Documents)}");
        return 0;
    }

    /// <summary>Pseudo-articles of 4–10 ANERcorp sentences drawn with a fixed seed, six minutes apart.</summary>
    private static IEnumerable<StoryDocument> Generated(int count, int seed, DateTimeOffset start, string prefix)
    {
        var sentences = RequiredAnercorpSentences();
        var random = new Random(seed);
        var text = new StringBuilder();
        // Sentences are dealt from a shuffled deck, so no two articles share one until the deck is used up (then reshuffled).
        var deck = Enumerable.Range(0, sentences.Count).ToArray();
        int next = deck.Length;
        for (int i = 0; i < count; i++)
        {
            text.Clear();
            int n = random.Next(4, 11);
            for (int k = 0; k < n; k++)
            {
                if (next == deck.Length) { random.Shuffle(deck); next = 0; }
                text.Append(sentences[deck[next++]]).Append(' ');
            }
            string body = text.ToString();
            yield return new StoryDocument($"{prefix}{i:D7}", body, start.AddMinutes(i * 6), null, SentenceSplitter.Split(body), [], [], prefix);
        }
    }

    private static int Throughput(int count)
    {
        var docs = Generated(count, 17, new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero), "g").ToList();
        long chars = docs.Sum(d => (long)d.Text.Length);
        GC.Collect();
        long before = GC.GetTotalMemory(true);
        var clusterer = new StoryClusterer();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        foreach (var d in docs) clusterer.Put(d);
        wall.Stop();
        var cpuUsed = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        long after = GC.GetTotalMemory(true);
        Console.WriteLine($"articles: {count:N0} ({chars / (double)count:N0} chars each), stories: {clusterer.StoryCount:N0}");
        Console.WriteLine($"wall: {wall.Elapsed.TotalSeconds:N1} s → {count / wall.Elapsed.TotalSeconds:N0} articles/s");
        Console.WriteLine($"cpu:  {cpuUsed.TotalSeconds:N1} s → {count / cpuUsed.TotalSeconds:N0} articles/s per core");
        Console.WriteLine($"clusterer memory: {(after - before) / 1048576.0:N0} MiB ({(after - before) / (double)count:N0} bytes/article)");
        GC.KeepAlive(clusterer);
        return 0;
    }

    private static int Latency(int fill)
    {
        var clusterer = new StoryClusterer();
        var start = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var wall = Stopwatch.StartNew();
        foreach (var d in Generated(fill, 23, start, "f")) clusterer.Put(d);
        Console.WriteLine($"filled {fill:N0} articles in {wall.Elapsed.TotalSeconds:N0} s, {clusterer.StoryCount:N0} stories, heap {GC.GetTotalMemory(true) / 1048576.0:N0} MiB");
        var probes = Generated(2_000, 29, start.AddMinutes(fill * 6.0), "p").ToList();
        var times = new double[probes.Count];
        for (int i = 0; i < probes.Count; i++)
        {
            long t0 = Stopwatch.GetTimestamp();
            clusterer.Put(probes[i]);
            times[i] = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
        }
        Array.Sort(times);
        Console.WriteLine($"place one article into {fill:N0}: median {times[times.Length / 2]:N3} ms, p99 {times[(int)(times.Length * 0.99)]:N3} ms, max {times[^1]:N3} ms");
        return 0;
    }

    /// <summary>Samples (gold: the three stories of eval/stories/README.md) + unrelated generated articles (each its own
    /// story) + rewrites of samples and of some generated ones (sentences dropped and reordered, orthographic swaps),
    /// which belong to their original's story.</summary>
    private static int Eval(int unrelated)
    {
        var docs = new List<StoryDocument>();
        var gold = new Dictionary<string, string>(StringComparer.Ordinal);
        var samples = SampleDocuments();
        string[] sampleGold = ["A", "B", "B", "C", "A"];
        for (int i = 0; i < samples.Count; i++) { docs.Add(samples[i] with { CopyOf = null }); gold[samples[i].Id] = sampleGold[i]; }
        // Undated like the samples: time must not be what separates them.
        foreach (var g in Generated(unrelated, 41, DateTimeOffset.MinValue, "u"))
        {
            var d = g with { Published = null };
            docs.Add(d);
            gold[d.Id] = d.Id;
        }
        var random = new Random(43);
        var originals = docs.Take(5 + unrelated / 5).ToList();
        foreach (var o in originals)
        {
            var rewrite = Rewrite(o, random);
            docs.Add(rewrite);
            gold[rewrite.Id] = gold[o.Id];
        }
        // Arrival order shuffled with a fixed seed, so the rewrites do not follow their originals.
        var order = docs.OrderBy(_ => random.Next()).ToList();
        var online = new StoryClusterer();
        foreach (var d in order) online.Put(d);
        var onlineAssignment = order.ToDictionary(d => d.Id, d => online.StoryOf(d.Id), StringComparer.Ordinal);
        var batch = StoryClusterer.Batch(order);
        var batchAssignment = batch.Stories.SelectMany(s => s.Documents.Select(d => (d, s.Story))).ToDictionary(p => p.d, p => p.Story, StringComparer.Ordinal);
        Print("online", StoryEvaluation.Score(onlineAssignment, gold));
        Print("batch", StoryEvaluation.Score(batchAssignment, gold));
        return 0;

        static void Print(string name, StoryScores s) => Console.WriteLine(
            $"{name}: {s.Documents} docs, {s.Stories} stories (gold {s.GoldStories}); pairwise P {s.PairPrecision:F3} R {s.PairRecall:F3} F1 {s.PairF1:F3}; B-cubed P {s.BCubedPrecision:F3} R {s.BCubedRecall:F3} F1 {s.BCubedF1:F3}");
    }

    /// <summary>A rewrite: about a fifth of the sentences dropped, two swapped, and orthographic variants (ة/ه, ى/ي, أ/ا).</summary>
    private static StoryDocument Rewrite(StoryDocument original, Random random)
    {
        var sentences = original.Sentences.Select(s => s.Slice(original.Text).ToString()).Where(_ => random.NextDouble() > 0.2).ToList();
        if (sentences.Count == 0) sentences.Add(original.Text);
        if (sentences.Count > 2) { int a = random.Next(sentences.Count), b = random.Next(sentences.Count); (sentences[a], sentences[b]) = (sentences[b], sentences[a]); }
        var text = string.Join(" ", sentences).Replace("ة ", "ه ").Replace("ى ", "ي ").Replace("أ", "ا");
        return original with { Id = original.Id + "-r", Text = text, Sentences = SentenceSplitter.Split(text), CopyOf = null, Source = original.Source + "-r" };
    }

    private static IReadOnlyList<string> RequiredAnercorpSentences()
    {
        var sentences = BenchCorpus.AnercorpSentences();
        if (sentences.Count == 0) throw new FileNotFoundException("ANERcorp not found (set MARSAD_ANERCORP)", BenchCorpus.AnercorpPath());
        return sentences;
    }
}
