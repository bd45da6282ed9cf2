using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using Marsad.Bench.Common;
using Marsad.Entities.Recognition;
using Marsad.Ingest;
using Marsad.Language;
using Marsad.Pipeline;
using Marsad.Storage;
using Marsad.Tests;
using Marsad.Worker;
using NATS.Client.Core;
using NATS.Client.JetStream;

namespace Marsad.Bench.Scale;

/// <summary>
/// <c>scale [--articles N] [--base B] [--workers 1,2,4] [--batch K] [--no-fsync]</c>: the server-mode pipeline end to
/// end on this machine against a PostgreSQL and a nats-server the bench starts itself (as the server-mode tests do):
/// for each worker count, a fresh database holding B processed articles and one collection run (so the place stage
/// has stories), then N new generated articles ingested by one ingester, queued, and taken through the per-document
/// stages (process = text core + dedup, place = story candidate lookup) by that many worker instances in this process,
/// each with its own store and NATS connection, as on separate machines; then the collection run over everything. For
/// each phase: wall time, articles/s, CPU ms per article, and database commands per article (Npgsql's own
/// <c>db.client.operation.duration</c> measurements: one per command or batch, each one round trip; COPY streams are
/// not commands and not counted). The curve says where adding workers stops paying.
/// </summary>
public static class ScaleBenchmark
{
    private sealed record Phase(string Name, TimeSpan Wall, TimeSpan Cpu, long Commands, int Articles)
    {
        public double PerSecond => Articles / Wall.TotalSeconds;
        public double CpuMsPerArticle => Cpu.TotalMilliseconds / Articles;
        public double CommandsPerArticle => (double)Commands / Articles;
    }

    private sealed record Trial(int Workers, Phase Ingest, Phase Stages, Phase Collection, int Processed, int Placed, int InStory);

    public static int Run(string[] args)
    {
        int articles = BenchArgs.IntOption(args, "--articles", 300);
        int baseArticles = BenchArgs.IntOption(args, "--base", 100);
        int batch = BenchArgs.IntOption(args, "--batch", 16);
        var counts = (BenchArgs.Option(args, "--workers") ?? "1,2,4").Split(',').Select(w => int.Parse(w, CultureInfo.InvariantCulture)).ToList();
        bool durable = !args.Contains("--no-fsync");
        var texts = BenchCorpus.GeneratedArticleTexts(baseArticles + articles + 40, words: 300).ToList();
        if (texts.Count == 0)
        {
            Console.Error.WriteLine($"scale: no ANERcorp sentences at {BenchCorpus.AnercorpPath()} (set MARSAD_ANERCORP)");
            return 1;
        }

        Console.WriteLine($"scale: {articles} new articles of ~300 words over {baseArticles} already processed; batch {batch}; PostgreSQL {(durable ? "fsync on" : "fsync off")}; {Environment.ProcessorCount} cores; load {CpuClock.Load()}");
        using var postgres = new PostgresServer(durable);
        using var nats = new NatsServer();
        _ = NamedEntityRecognizer.Default; // the model loads once per process: not in any phase
        using var commands = new CommandCounter();

        // Warm-up: JIT and first-use costs of every stage, on a handful of articles, not reported.
        Measure(postgres, nats, commands, 1, texts[..20], texts.Skip(20).Take(20).ToList(), batch);
        var runs = new List<Trial>();
        foreach (int workers in counts)
        {
            var run = Measure(postgres, nats, commands, workers, texts.Skip(40).Take(baseArticles).ToList(), texts.Skip(40 + baseArticles).Take(articles).ToList(), batch);
            runs.Add(run);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {workers} worker(s): stages {run.Stages.Wall.TotalSeconds:0.0} s, {run.Stages.PerSecond:0.0} articles/s; processed {run.Processed}, placed {run.Placed} ({run.InStory} in a story); load {CpuClock.Load()}"));
        }
        Print(runs);
        return 0;
    }

    private static Trial Measure(PostgresServer postgres, NatsServer nats, CommandCounter commands, int workers, List<string> baseTexts, List<string> newTexts, int batch)
    {
        using var database = postgres.CreateDatabase();
        var languages = new ScriptLanguageIdentifier();
        using (var store = new PostgresDocumentStore(database.ConnectionString))
        {
            Put(store, baseTexts, "base");
            new StoreProcessor(store, new DocumentAnalyzer(languages)).Run();
            new CollectionProcessor(store).Run();
        }
        var connection = new NatsConnection(new NatsOpts { Url = nats.Url });
        try
        {
            return Measure(database, new NatsJSContext(connection), nats, commands, workers, baseTexts, newTexts, batch);
        }
        finally
        {
            connection.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private static Trial Measure(TestDatabase database, NatsJSContext js, NatsServer nats, CommandCounter commands, int workers, List<string> baseTexts, List<string> newTexts, int batch)
    {
        var languages = new ScriptLanguageIdentifier();
        // A fresh stream per run: no consumer position or duplicate window carried from the last one.
        foreach (var stream in new[] { PipelineStreams.Stream, PipelineStreams.DeadStream })
        {
            try { js.DeleteStreamAsync(stream).AsTask().GetAwaiter().GetResult(); }
            catch (NatsJSApiException) { }
        }

        using var main = new PostgresDocumentStore(database.ConnectionString);
        var ingest = Time("ingest", newTexts.Count, commands, () =>
        {
            Put(main, newTexts, "new");
            PipelineWorker.EnqueuePendingAsync(main, js).GetAwaiter().GetResult();
        });

        var summaries = new WorkerSummary[workers];
        var stages = Time("stages", newTexts.Count, commands, () =>
        {
            var tasks = Enumerable.Range(0, workers).Select(i => Task.Run(async () =>
            {
                using var own = new PostgresDocumentStore(database.ConnectionString);
                await using var ownConnection = new NatsConnection(new NatsOpts { Url = nats.Url });
                var worker = new PipelineWorker(own, new NatsJSContext(ownConnection), new DocumentAnalyzer(languages),
                    new WorkerOptions([PipelineStreams.ProcessStage, PipelineStreams.PlaceStage], BatchSize: batch, StopWhenIdle: true));
                summaries[i] = await worker.RunAsync();
            })).ToArray();
            Task.WaitAll(tasks);
        });
        int placed = summaries.Sum(s => s.Placed);
        int inStory = main.Placements().Count(p => p.Story is not null);
        var collection = Time("collection", baseTexts.Count + newTexts.Count, commands, () => new CollectionProcessor(main).Run());
        int processed = summaries.Sum(s => s.Processed + s.Skipped);
        if (processed != newTexts.Count || main.DocumentsWithoutStageResult(StoreProcessor.DedupStage, StoreProcessor.DedupStageVersion).Count != 0)
            throw new InvalidOperationException($"{workers} workers processed {processed} of {newTexts.Count} articles");
        return new Trial(workers, ingest, stages, collection, processed, placed, inStory);
    }

    private static void Put(IDocumentStore store, List<string> texts, string prefix)
    {
        using var writer = store.BeginWrite();
        for (int i = 0; i < texts.Count; i++)
            writer.Put(new IngestedArticle($"{prefix}-{i}.txt", "text", texts[i]) { Published = new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero).AddMinutes(i) }, "ar");
        writer.Commit();
    }

    private static Phase Time(string name, int articles, CommandCounter commands, Action action)
    {
        long before = commands.Count;
        var cpu = CpuClock.Process();
        var clock = Stopwatch.StartNew();
        action();
        clock.Stop();
        return new Phase(name, clock.Elapsed, CpuClock.Process() - cpu, commands.Count - before, articles);
    }

    private static void Print(List<Trial> runs)
    {
        var one = runs.FirstOrDefault(r => r.Workers == 1) ?? runs[0];
        Console.WriteLine();
        Console.WriteLine("| workers | process+place articles/s | speed-up | efficiency | CPU ms/article | DB commands/article | ingest articles/s (1 ingester) | collection run s | end to end articles/s |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var r in runs)
        {
            double speedup = r.Stages.PerSecond / one.Stages.PerSecond;
            var total = r.Ingest.Wall + r.Stages.Wall + r.Collection.Wall;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Workers} | {r.Stages.PerSecond:0.0} | {speedup:0.00}× | {speedup / (r.Workers / (double)one.Workers):0.00} | {r.Stages.CpuMsPerArticle:0} | {r.Stages.CommandsPerArticle:0.0} | {r.Ingest.PerSecond:0} | {r.Collection.Wall.TotalSeconds:0.0} | {r.Stages.Articles / total.TotalSeconds:0.0} |"));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"database commands per article: ingest and queue {one.Ingest.CommandsPerArticle:0.0}, process+place {one.Stages.CommandsPerArticle:0.0}, collection run {one.Collection.CommandsPerArticle:0.0} (over all {one.Collection.Articles})"));
        var bend = runs.Skip(1).FirstOrDefault(r => r.Stages.PerSecond / one.Stages.PerSecond < 0.75 * r.Workers / one.Workers);
        Console.WriteLine(bend is null
            ? "the curve does not bend within these worker counts (efficiency ≥ 0.75 throughout)"
            : $"the curve bends at {bend.Workers} workers (efficiency below 0.75 of linear); {Environment.ProcessorCount} cores on this machine");
        Console.WriteLine($"load {CpuClock.Load()}");
    }

    /// <summary>Counts Npgsql's command executions (one <c>db.client.operation.duration</c> measurement each) in this process.</summary>
    private sealed class CommandCounter : IDisposable
    {
        private readonly MeterListener listener = new();
        private long count;

        public long Count => Interlocked.Read(ref count);

        public CommandCounter()
        {
            listener.InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == "Npgsql" && instrument.Name == "db.client.operation.duration") l.EnableMeasurementEvents(instrument);
            };
            listener.SetMeasurementEventCallback<double>((_, _, _, _) => Interlocked.Increment(ref count));
            listener.Start();
        }

        public void Dispose() => listener.Dispose();
    }
}
