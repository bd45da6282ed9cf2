using System.Diagnostics;
using System.Globalization;
using System.IO.Hashing;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Marsad.Bench.Common;
using Marsad.Cli.Commands;
using Marsad.Language;
using Marsad.Pipeline;
using Marsad.Report;
using Marsad.Storage;
using SharpCompress.Compressors.Xz;

namespace Marsad.Bench.Pipeline;

/// <summary>
/// <c>corpus [--data FILE] [--articles N] [--last K] [--workers W] [--replay R] [--serial] [--keep DIR]</c>: what a
/// user of <c>marsad ingest</c> + <c>marsad process</c> sees on a real corpus. The JSONL corpus (default the
/// development corpus, <c>../shared/data/saudinewsnet-dev/articles.jsonl.xz</c>; <c>.xz</c> or plain), its first N
/// articles (all), replayed R times more (0) as perturbed copies (new ids and URLs, paragraphs shuffled or dropped,
/// spelling variants) for a store R + 1 times larger; all but the last K (1,000) are ingested and processed into a
/// fresh SQLite store, then the last K are added and processed. Prints per phase (ingest, text core + dedup,
/// collection) articles/s, wall and process CPU time, peak resident memory of the phase; the cost per added article;
/// and the hashes of the dedup state and of the collection results. <c>--serial</c> also processes the same store with
/// one worker and says whether the results are the same.
/// </summary>
public static class CorpusBenchmark
{
    public static int Run(string[] args)
    {
        string data = BenchArgs.Option(args, "--data") ?? Path.Combine(BenchCorpus.RepoRoot(), "..", "shared", "data", "saudinewsnet-dev", "articles.jsonl.xz");
        int articles = BenchArgs.IntOption(args, "--articles", int.MaxValue), last = BenchArgs.IntOption(args, "--last", 1000);
        int workers = BenchArgs.IntOption(args, "--workers", Environment.ProcessorCount), replay = BenchArgs.IntOption(args, "--replay", 0);
        bool serial = args.Contains("--serial");
        string directory = BenchArgs.Option(args, "--keep") ?? Directory.CreateTempSubdirectory("marsad-corpus-").FullName;
        Directory.CreateDirectory(directory);

        var lines = ReadLines(data).Take(articles).ToList();
        int original = lines.Count;
        for (int r = 1; r <= replay; r++) lines.AddRange(lines.Take(original).Select((line, i) => Perturb(line, r, i)));
        last = Math.Min(last, lines.Count / 2);
        string basePath = Path.Combine(directory, "base.jsonl"), tailPath = Path.Combine(directory, "tail.jsonl");
        File.WriteAllLines(basePath, lines.Take(lines.Count - last));
        File.WriteAllLines(tailPath, lines.Skip(lines.Count - last));
        Console.WriteLine($"corpus: {original:N0} articles of {data}{(replay > 0 ? $", replayed {replay} times as perturbed copies" : "")}: {lines.Count - last:N0} then {last:N0} more; {workers} workers; {Environment.ProcessorCount} cores; load {CpuClock.Load()}");
        lines.Clear();

        string db = Path.Combine(directory, "corpus.db");
        SqliteDocumentStore.DeleteFiles(db);
        var ingest = Measure(() => Ingest(basePath, db));
        Print("ingest", ingest);
        string? copy = null;
        if (serial)
        {
            copy = Path.Combine(directory, "serial.db");
            SqliteDocumentStore.DeleteFiles(copy);
            File.Copy(db, copy);
        }

        var (process, collection) = ProcessAndCollect(db, new ProcessOptions(workers));
        Print("text core + dedup", process);
        Print("collection", collection);
        var total = process.Wall + collection.Wall;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"process end to end: {process.Count / total.TotalSeconds:N0} articles/s ({total.TotalSeconds:N1} s wall, {(process.Cpu + collection.Cpu).TotalSeconds:N1} s CPU)"));
        string baseHash = Hashes(db);
        Console.WriteLine($"hashes after the base: {baseHash}");

        if (copy is not null)
        {
            var (serialProcess, serialCollection) = ProcessAndCollect(copy, ProcessOptions.Serial);
            Print("serial text core + dedup", serialProcess);
            Print("serial collection", serialCollection);
            string serialHash = Hashes(copy);
            Console.WriteLine($"serial hashes: {serialHash} — {(serialHash == baseHash ? "same as parallel" : "DIFFERENT FROM PARALLEL")}");
        }

        var addIngest = Measure(() => Ingest(tailPath, db));
        Print($"add {last:N0}: ingest", addIngest);
        var (addProcess, addCollection) = ProcessAndCollect(db, new ProcessOptions(workers));
        Print($"add {last:N0}: text core + dedup", addProcess);
        Print($"add {last:N0}: collection", addCollection);
        var added = addIngest.Wall + addProcess.Wall + addCollection.Wall;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"adding {addProcess.Count:N0} articles to a store of {process.Count:N0}: {added.TotalSeconds:N1} s wall ({(addIngest.Cpu + addProcess.Cpu + addCollection.Cpu).TotalSeconds:N1} s CPU), per article {1000 * (addProcess.Wall + addCollection.Wall).TotalSeconds / Math.Max(1, addProcess.Count):N1} ms process + collection, {1000 * addProcess.Cpu.TotalSeconds / Math.Max(1, addProcess.Count):N1} ms CPU text core + dedup"));
        Console.WriteLine($"hashes after adding: {Hashes(db)}");
        Console.WriteLine($"store kept in {directory}");
        return 0;
    }

    /// <summary>One phase: how many articles, wall and process CPU time, peak resident memory during the phase.</summary>
    private sealed record Phase(int Count, TimeSpan Wall, TimeSpan Cpu, long PeakBytes);

    private static Phase Measure(Func<int> run)
    {
        PeakMemory.Reset();
        var cpu = CpuClock.Process();
        var clock = Stopwatch.StartNew();
        int count = run();
        return new Phase(count, clock.Elapsed, CpuClock.Process() - cpu, PeakMemory.Read());
    }

    private static void Print(string name, Phase p) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-32} {p.Count,8:N0} articles {p.Count / Math.Max(p.Wall.TotalSeconds, 1e-3),8:N0}/s   wall {p.Wall.TotalSeconds,7:N1} s   CPU {p.Cpu.TotalSeconds,7:N1} s ({p.Cpu / Math.Max(p.Wall.TotalSeconds, 1e-3) / TimeSpan.FromSeconds(1),4:N2} cores)   peak {p.PeakBytes / 1048576.0,6:N0} MB"));

    /// <summary>Ingests a JSONL file; returns how many documents the store gained.</summary>
    private static int Ingest(string jsonl, string db)
    {
        long before = 0;
        if (File.Exists(db))
            using (var existing = new SqliteDocumentStore(db)) before = existing.CountDocuments();
        var settings = new IngestCommand.Settings([jsonl], db, null, false, 20, 0, 0, Quiet: true, Json: false);
        IngestCommand.Execute(settings, TextWriter.Null, TextWriter.Null);
        using var store = new SqliteDocumentStore(db);
        return (int)(store.CountDocuments() - before);
    }

    private static (Phase Process, Phase Collection) ProcessAndCollect(string db, ProcessOptions options)
    {
        using var store = new SqliteDocumentStore(db);
        var process = Measure(() =>
        {
            var summary = new StoreProcessor(store, new DocumentAnalyzer(new LinguaLanguageIdentifier()), processOptions: options).Run();
            return summary.Processed + summary.Skipped + summary.Failures.Count;
        });
        var collection = Measure(() => new CollectionProcessor(store).Run().Documents);
        return (process, collection);
    }

    /// <summary>Hashes of what dedup stored (members, relations, passages) and of the collection results (entities,
    /// stories, topics, facts, groups): equal hashes, equal results.</summary>
    private static string Hashes(string db)
    {
        using var store = new SqliteDocumentStore(db);
        var dedup = new StringBuilder();
        var snapshot = store.ReadDedup();
        foreach (var m in snapshot.Members) dedup.Append(CultureInfo.InvariantCulture, $"m {m.Id} {m.Sequence} {m.WordCount}\n");
        foreach (var r in snapshot.Relations) dedup.Append(CultureInfo.InvariantCulture, $"r {r.Document} {r.Other} {r.Kind} {r.Similarity}\n");
        foreach (var p in snapshot.Passages) dedup.Append("p ").AppendJoin(' ', p.Locations.Select(l => $"{l.DocumentId}:{l.Start}-{l.End}")).Append('\n');
        var c = store.ReadCollection();
        var collection = new StringBuilder();
        void Add<T>(string kind, IEnumerable<T> records) where T : class
        {
            foreach (var record in records) collection.Append(kind).Append(' ').Append(ReportRecordJson.Serialize(record)).Append('\n');
        }
        Add("entity", c.Entities);
        Add("story", c.Stories);
        Add("topic", c.Topics);
        Add("event", c.Events);
        Add("quote", c.Quotes);
        Add("time", c.Times);
        Add("number", c.Numbers);
        Add("family", c.Families);
        Add("syndication", c.Syndication);
        return $"dedup {Hash(dedup)} collection {Hash(collection)}";
    }

    private static string Hash(StringBuilder text) => Convert.ToHexStringLower(XxHash128.Hash(Encoding.UTF8.GetBytes(text.ToString())))[..16];

    private static IEnumerable<string> ReadLines(string path)
    {
        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".xz", StringComparison.OrdinalIgnoreCase) ? new XZStream(file) : file;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
            if (line.Length > 0) yield return line;
    }

    /// <summary>A copy of one article as another outlet or a later edit would have it: new id and URL, paragraphs
    /// shuffled (one time in three) or one dropped (one time in three), some words spelt another common way (final
    /// teh marbuta as heh, hamzated alef bare, final yeh as alef maqsura). Deterministic in (replay, line).</summary>
    private static string Perturb(string line, int replay, int index)
    {
        var random = new Random(replay * 1_000_003 + index);
        var record = JsonNode.Parse(line)!.AsObject();
        string suffix = string.Create(CultureInfo.InvariantCulture, $"-r{replay}");
        foreach (var key in new[] { "id", "url" })
            if (record[key]?.GetValue<string>() is { } value) record[key] = value + suffix;
        if (record["text"]?.GetValue<string>() is { } text)
        {
            var paragraphs = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
            switch (random.Next(3))
            {
                case 0 when paragraphs.Count > 1: random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(paragraphs)); break;
                case 1 when paragraphs.Count > 1: paragraphs.RemoveAt(random.Next(paragraphs.Count)); break;
            }
            record["text"] = Respell(string.Join('\n', paragraphs), random);
        }
        return record.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static string Respell(string text, Random random)
    {
        var words = text.Split(' ');
        for (int i = 0; i < words.Length; i++)
        {
            if (random.Next(8) != 0 || words[i].Length < 3) continue;
            var w = words[i];
            if (w[^1] == 'ة') words[i] = w[..^1] + 'ه';
            else if (w[0] is 'أ' or 'إ') words[i] = 'ا' + w[1..];
            else if (w[^1] == 'ي') words[i] = w[..^1] + 'ى';
        }
        return string.Join(' ', words);
    }

    /// <summary>Peak resident memory of this process since the last <see cref="Reset"/> (Linux: VmHWM, reset through
    /// /proc/self/clear_refs; elsewhere the process's peak working set, never reset).</summary>
    private static class PeakMemory
    {
        public static void Reset()
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            try { File.WriteAllText("/proc/self/clear_refs", "5"); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        }

        public static long Read()
        {
            if (File.Exists("/proc/self/status"))
                foreach (var line in File.ReadLines("/proc/self/status"))
                    if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
            return Process.GetCurrentProcess().PeakWorkingSet64;
        }
    }
}
