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
/// <c>stories [samples|eval|throughput|latency] [--count N] [--fill N] [--probes N] [--content-only]</c>:
/// samples — the stories of samples/*.txt and every article's best score against each story;
/// eval — pairwise and B-cubed F1 on samples + generated unrelated articles + rewrites (eval/stories/README.md);
/// throughput — online clustering of N generated articles (default 100,000) in time order: articles/s, memory;
/// latency — fill a clusterer with N articles (default 1,000,000), then time the placement of 2,000 more (median, p99).
/// Generated articles are ANERcorp sentences grouped with a fixed seed, keyed with the names of ANERcorp's gold tags
/// (<c>--content-only</c>: no actors or places, as the figures before 2026-12 were taken).
/// </summary>
public static class StoriesBenchmark
{
    public static int Run(string[] args)
    {
        string mode = args.Length > 0 ? args[0] : "samples";
        int count = Option(args, "--count", 100_000), fill = Option(args, "--fill", 1_000_000), probes = Option(args, "--probes", 2_000);
        bool names = !args.Contains("--content-only");
        return mode switch
        {
            "samples" => Samples(),
            "eval" => Eval(Option(args, "--unrelated", 300)),
            "throughput" => Throughput(count, names),
            "latency" => Latency(fill, probes, names),
            _ => Usage(),
        };
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: stories [samples|eval|throughput|latency] [--count N] [--fill N] [--probes N] [--content-only] [--unrelated N]");
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

    /// <summary>Pseudo-articles of 4–10 ANERcorp sentences drawn with a fixed seed, six minutes apart. With
    /// <paramref name="names"/> the article's actors and places are the story keys of the names ANERcorp's gold tags
    /// mark in its sentences (as the pipeline would key NER mentions), so the entity postings are as busy as real
    /// news makes them; without, content and time only.</summary>
    private static IEnumerable<StoryDocument> Generated(int count, int seed, DateTimeOffset start, string prefix, bool names = true)
    {
        var sentences = Tagged();
        var random = new Random(seed);
        var text = new StringBuilder();
        var entities = new List<string>();
        var places = new List<string>();
        // Sentences are dealt from a shuffled deck, so no two articles share one until the deck is used up (then reshuffled).
        var deck = Enumerable.Range(0, sentences.Count).ToArray();
        int next = deck.Length;
        for (int i = 0; i < count; i++)
        {
            text.Clear();
            entities.Clear();
            places.Clear();
            int n = random.Next(4, 11);
            for (int k = 0; k < n; k++)
            {
                if (next == deck.Length) { random.Shuffle(deck); next = 0; }
                var sentence = sentences[deck[next++]];
                text.Append(sentence.Text).Append(' ');
                if (!names) continue;
                entities.AddRange(sentence.Entities);
                places.AddRange(sentence.Places);
            }
            string body = text.ToString();
            yield return new StoryDocument($"{prefix}{i:D7}", body, start.AddMinutes(i * 6), null, SentenceSplitter.Split(body),
                entities.ToArray(), places.ToArray(), prefix);
        }
    }

    private sealed record KeyedSentence(string Text, string[] Entities, string[] Places);

    private static List<KeyedSentence>? tagged;

    /// <summary>ANERcorp sentences with the story keys of their gold names (keys shorter than 3 letters dropped, as in
    /// <see cref="StoryInputs.FromAnalyzed"/>).</summary>
    private static List<KeyedSentence> Tagged()
    {
        if (tagged is not null) return tagged;
        var sentences = BenchCorpus.AnercorpTaggedSentences();
        if (sentences.Count == 0) throw new FileNotFoundException("ANERcorp not found (set MARSAD_ANERCORP)", BenchCorpus.AnercorpPath());
        string[] Keys(BenchCorpus.TaggedSentence s, bool location) => s.Names.Where(n => (n.Type == "LOC") == location)
            .Select(n => StoryInputs.EntityKey(n.Name)).Where(k => k.Length >= 3).ToArray();
        return tagged = sentences.Select(s => new KeyedSentence(s.Text, Keys(s, false), Keys(s, true))).ToList();
    }

    private static int Throughput(int count, bool names)
    {
        var docs = Generated(count, 17, new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero), "g", names).ToList();
        long chars = docs.Sum(d => (long)d.Text.Length);
        GC.Collect();
        long before = GC.GetTotalMemory(true);
        var clusterer = new StoryClusterer();
        var (thread0, process0) = (CpuClock.Thread(), CpuClock.Process());
        var wall = Stopwatch.StartNew();
        foreach (var d in docs) clusterer.Put(d);
        wall.Stop();
        var (thread, process) = ((CpuClock.Thread() - thread0).TotalSeconds, (CpuClock.Process() - process0).TotalSeconds);
        long after = GC.GetTotalMemory(true);
        Console.WriteLine($"articles: {count:N0} ({chars / (double)count:N0} chars, {docs.Average(d => d.Entities.Count + d.Places.Count):N1} actor/place keys each{(names ? "" : ": content only")}), stories: {clusterer.StoryCount:N0}; load {CpuClock.Load()}");
        Console.WriteLine($"wall: {wall.Elapsed.TotalSeconds:N1} s → {count / wall.Elapsed.TotalSeconds:N0} articles/s");
        Console.WriteLine($"cpu:  {thread:N1} s thread, {process:N1} s process → {count / thread:N0} articles/s per core, {1000 * thread / count:N3} ms per article (target ≥ 2,000 articles/s per core)");
        Console.WriteLine($"clusterer memory: {(after - before) / 1048576.0:N0} MiB ({(after - before) / (double)count:N0} bytes/article)");
        // Equal hashes before and after an optimisation: the same stories with the same members.
        var assignment = string.Join('\n', clusterer.Stories().Select(st => st.Story + ":" + string.Join(',', st.Documents)));
        Console.WriteLine($"stories hash: {Convert.ToHexStringLower(System.IO.Hashing.XxHash128.Hash(Encoding.UTF8.GetBytes(assignment)))}");
        GC.KeepAlive(clusterer);
        return 0;
    }

    private static int Latency(int fill, int probeCount, bool names)
    {
        var clusterer = new StoryClusterer();
        var start = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var (thread0, wall) = (CpuClock.Thread(), Stopwatch.StartNew());
        foreach (var d in Generated(fill, 23, start, "f", names)) clusterer.Put(d);
        double fillCpu = (CpuClock.Thread() - thread0).TotalSeconds;
        Console.WriteLine($"filled {fill:N0} articles{(names ? "" : " (content only)")} in {wall.Elapsed.TotalSeconds:N0} s wall, {fillCpu:N0} s CPU ({fill / fillCpu:N0} articles/s per core), {clusterer.StoryCount:N0} stories; heap {GC.GetTotalMemory(true) / 1048576.0:N0} MiB, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:N0} MiB; load {CpuClock.Load()}");
        var probes = Generated(probeCount, 29, start.AddMinutes(fill * 6.0), "p", names).ToList();
        var (pause0, gen2) = (GC.GetTotalPauseDuration(), GC.CollectionCount(2));
        var times = new double[probes.Count];
        var cpu = new double[probes.Count];
        for (int i = 0; i < probes.Count; i++)
        {
            var c0 = CpuClock.Thread();
            long t0 = Stopwatch.GetTimestamp();
            clusterer.Put(probes[i]);
            times[i] = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
            cpu[i] = (CpuClock.Thread() - c0).TotalMilliseconds;
        }
        Array.Sort(times);
        Array.Sort(cpu);
        Console.WriteLine($"place one article into {fill:N0} ({probes.Count:N0} probes): wall median {times[times.Length / 2]:N3} ms, p99 {times[(int)(times.Length * 0.99)]:N3} ms, max {times[^1]:N3} ms; CPU median {cpu[cpu.Length / 2]:N3} ms, p99 {cpu[(int)(cpu.Length * 0.99)]:N3} ms (target p99 ≤ 20 ms); GC pauses meanwhile {(GC.GetTotalPauseDuration() - pause0).TotalMilliseconds:N0} ms in all, {GC.CollectionCount(2) - gen2} gen-2 collections; load {CpuClock.Load()}");
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
        // Content only, as when the eval's figures were first taken: the gold names would make unrelated articles easier to tell apart.
        foreach (var g in Generated(unrelated, 41, DateTimeOffset.MinValue, "u", names: false))
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
}
