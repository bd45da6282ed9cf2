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
/// <c>scale [--articles N] [--base B] [--workers 1,2,4] [--batch K] [--runs R] [--no-fsync]</c>: the server-mode pipeline end to
/// end on this machine against a PostgreSQL and a nats-server the bench starts itself (as the server-mode tests do):
/// for each worker count, a fresh database holding B processed articles and one collection run (so the place stage
/// has stories), then N new generated articles ingested by one ingester, queued, and taken through the per-document
/// stages (process = text core + dedup, place = story candidate lookup) by that many worker instances in this process,
/// each with its own store and NATS connection, as on separate machines; then the collection run over everything. For
/// each phase: wall time, articles/s, CPU ms per article, and database commands per article (Npgsql's own
/// <c>db.client.operation.duration</c> measurements: one per command or batch, each one round trip; COPY streams are
/// not commands and not counted), transactions per article (PostgreSQL's <c>pg_stat_database.xact_commit</c>: every
/// autocommitted query counts, and every explicit transaction adds its COMMIT round trip), and how many workers were
/// waiting for the dedup lock on average (pg_stat_activity). Each worker count is run R times, in turn (1, 2, 4, 1, 2, 4, …), after a warm-up
/// run; the table gives each count's median run by throughput. The curve says where adding workers stops paying.
/// </summary>
public static class ScaleBenchmark
{
    /// <param name="Busy">Share of the machine's CPU time that was busy during the phase (/proc/stat; other jobs too).</param>
    /// <param name="ServerCpu">CPU time of the PostgreSQL server's processes during the phase (its postmaster's children).</param>
    private sealed record Phase(string Name, TimeSpan Wall, TimeSpan Cpu, long Commands, long Commits, int Articles, double Busy, TimeSpan ServerCpu)
    {
        public double ServerCpuMsPerArticle => ServerCpu.TotalMilliseconds / Articles;
        /// <summary>Transactions per article (xact_commit): autocommitted queries and explicit transactions.</summary>
        public double CommitsPerArticle => (double)Commits / Articles;
        public double PerSecond => Articles / Wall.TotalSeconds;
        public double CpuMsPerArticle => Cpu.TotalMilliseconds / Articles;
        public double CommandsPerArticle => (double)Commands / Articles;
    }

    /// <param name="LockWaiting">Mean number of worker sessions waiting for the dedup lock while the per-document stages
    /// ran, sampled from pg_locks every 20 ms.</param>
    /// <param name="LockHeld">Share of those samples in which a session held it: the lock's utilisation, so the stages'
    /// rate divided by it is the most the serialised dedup lets through.</param>
    private sealed record Trial(int Workers, Phase Ingest, Phase Stages, Phase Collection, int Processed, int Placed, int InStory, double LockWaiting, double LockHeld)
    {
        public double DedupCeiling => LockHeld > 0 ? Stages.PerSecond / LockHeld : double.PositiveInfinity;
    }

    public static int Run(string[] args)
    {
        int articles = BenchArgs.IntOption(args, "--articles", 300);
        int baseArticles = BenchArgs.IntOption(args, "--base", 100);
        int batch = BenchArgs.IntOption(args, "--batch", 16);
        int repeat = BenchArgs.IntOption(args, "--runs", 1);
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
        Measure(postgres, nats, commands, 2, texts[..20], texts.Skip(20).Take(20).ToList(), batch);
        var runs = new List<Trial>();
        for (int r = 0; r < repeat; r++)
            foreach (int workers in counts)
            {
                var run = Measure(postgres, nats, commands, workers, texts.Skip(40).Take(baseArticles).ToList(), texts.Skip(40 + baseArticles).Take(articles).ToList(), batch);
                runs.Add(run);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {workers} worker(s): stages {run.Stages.Wall.TotalSeconds:0.0} s, {run.Stages.PerSecond:0.0} articles/s, {run.Stages.CpuMsPerArticle:0} CPU ms/article, {run.LockWaiting:0.00} sessions waiting for the dedup lock, held {run.LockHeld:P0} of the time, PostgreSQL {run.Stages.ServerCpuMsPerArticle:0} CPU ms/article, machine {run.Stages.Busy:P0} busy; collection {run.Collection.Wall.TotalSeconds:0.0} s; processed {run.Processed}, placed {run.Placed} ({run.InStory} in a story); load {CpuClock.Load()}"));
            }
        Print(counts.Select(w => runs.Where(r => r.Workers == w).OrderBy(r => r.Stages.PerSecond).ElementAt((repeat - 1) / 2)).ToList());
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
        var ingest = Time("ingest", newTexts.Count, commands, database, () =>
        {
            Put(main, newTexts, "new");
            PipelineWorker.EnqueuePendingAsync(main, js).GetAwaiter().GetResult();
        });

        var summaries = new WorkerSummary[workers];
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(() => SampleLockWaits(database, sampling.Token));
        var stages = Time("stages", newTexts.Count, commands, database, () =>
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
        sampling.Cancel();
        var (lockWaiting, lockHeld) = sampler.GetAwaiter().GetResult();
        int placed = summaries.Sum(s => s.Placed);
        int inStory = main.Placements().Count(p => p.Story is not null);
        var collection = Time("collection", baseTexts.Count + newTexts.Count, commands, database, () => new CollectionProcessor(main).Run());
        int processed = summaries.Sum(s => s.Processed + s.Skipped);
        if (processed != newTexts.Count || main.DocumentsWithoutStageResult(StoreProcessor.DedupStage, StoreProcessor.DedupStageVersion).Count != 0)
            throw new InvalidOperationException($"{workers} workers processed {processed} of {newTexts.Count} articles");
        return new Trial(workers, ingest, stages, collection, processed, placed, inStory, lockWaiting, lockHeld);
    }

    /// <summary>The dedup lock's key as pg_locks shows an advisory lock on a bigint: its low 32 bits in objid
    /// (PostgresDocumentStore's Locks.Dedup).</summary>
    private const long DedupLock = 0x4D5253_03;

    /// <summary>Over samples until cancelled: the mean number of sessions waiting for the dedup lock, and the share of
    /// samples in which one held it.</summary>
    private static (double Waiting, double Held) SampleLockWaits(TestDatabase database, CancellationToken stop)
    {
        using var connection = new Npgsql.NpgsqlConnection(database.ConnectionString + ";Pooling=false");
        connection.Open();
        using var command = new Npgsql.NpgsqlCommand(
            "SELECT COUNT(*) FILTER (WHERE NOT granted), COUNT(*) FILTER (WHERE granted) FROM pg_locks " +
            $"WHERE locktype = 'advisory' AND classid = 0 AND objid = {DedupLock} " +
            "AND database = (SELECT oid FROM pg_database WHERE datname = current_database())", connection);
        long samples = 0, waiting = 0, held = 0;
        while (!stop.IsCancellationRequested)
        {
            using (var reader = command.ExecuteReader())
            {
                reader.Read();
                waiting += reader.GetInt64(0);
                if (reader.GetInt64(1) > 0) held++;
            }
            samples++;
            Thread.Sleep(20);
        }
        return samples == 0 ? (0, 0) : ((double)waiting / samples, (double)held / samples);
    }

    private static void Put(IDocumentStore store, List<string> texts, string prefix)
    {
        using var writer = store.BeginWrite();
        for (int i = 0; i < texts.Count; i++)
            writer.Put(new IngestedArticle($"{prefix}-{i}.txt", "text", texts[i]) { Published = new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero).AddMinutes(i) }, "ar");
        writer.Commit();
    }

    private static Phase Time(string name, int articles, CommandCounter commands, TestDatabase database, Action action)
    {
        long commits = Commits(database);
        int postmaster = Postmaster(database);
        long before = commands.Count;
        var machine = MachineTicks();
        var server = ServerTicks(postmaster);
        var cpu = CpuClock.Process();
        var clock = Stopwatch.StartNew();
        action();
        clock.Stop();
        var spent = CpuClock.Process() - cpu;
        var (busy, total) = MachineTicks();
        long serverTicks = ServerTicks(postmaster) - server;
        long done = commands.Count - before;
        double share = total > machine.Total ? (double)(busy - machine.Busy) / (total - machine.Total) : 0;
        return new Phase(name, clock.Elapsed, spent, done, Commits(database) - commits - 1, articles, share, TimeSpan.FromMilliseconds(serverTicks * 10.0));
    }

    /// <summary>Busy and total CPU ticks of the whole machine (first line of /proc/stat; idle and iowait are not busy).</summary>
    private static (long Busy, long Total) MachineTicks()
    {
        if (!File.Exists("/proc/stat")) return (0, 0);
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(long.Parse).ToArray();
        long total = fields.Take(8).Sum();
        return (total - fields[3] - fields[4], total);
    }

    /// <summary>The PostgreSQL server's main process: the parent of a backend of this database.</summary>
    private static int Postmaster(TestDatabase database)
    {
        int backend = database.Scalar<int>("SELECT pg_backend_pid()");
        return File.Exists($"/proc/{backend}/stat") ? int.Parse(File.ReadAllText($"/proc/{backend}/stat").Split(") ")[1].Split(' ')[1], CultureInfo.InvariantCulture) : 0;
    }

    /// <summary>CPU ticks (1/100 s) of the postmaster and its live children: backends that ended are not in it, so
    /// the difference over a phase counts the pooled backends the workers keep and the server's own processes.</summary>
    private static long ServerTicks(int postmaster)
    {
        if (postmaster == 0) return 0;
        long ticks = 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            var name = Path.GetFileName(dir);
            if (!int.TryParse(name, out int pid)) continue;
            string stat;
            try { stat = File.ReadAllText(Path.Combine(dir, "stat")); }
            catch (IOException) { continue; }
            catch (UnauthorizedAccessException) { continue; }
            var rest = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            if (pid != postmaster && rest[1] != postmaster.ToString(CultureInfo.InvariantCulture)) continue;
            ticks += long.Parse(rest[11], CultureInfo.InvariantCulture) + long.Parse(rest[12], CultureInfo.InvariantCulture);
        }
        return ticks;
    }

    /// <summary>Transactions committed in the database so far. The server publishes its counters at the end of a
    /// transaction and at most once a second per backend, so they are read after a pause (outside the timed part).</summary>
    private static long Commits(TestDatabase database)
    {
        Thread.Sleep(1200);
        return database.Scalar<long>("SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()");
    }

    private static void Print(List<Trial> runs)
    {
        var one = runs.FirstOrDefault(r => r.Workers == 1) ?? runs[0];
        Console.WriteLine();
        Console.WriteLine("| workers | process+place articles/s | speed-up | efficiency | dedup lock held | waiting for it | dedup ceiling articles/s | machine busy | worker CPU ms/article | PostgreSQL CPU ms/article | DB commands/article | DB transactions/article | ingest articles/s (1 ingester) | collection run s | end to end articles/s |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var r in runs)
        {
            double speedup = r.Stages.PerSecond / one.Stages.PerSecond;
            var total = r.Ingest.Wall + r.Stages.Wall + r.Collection.Wall;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Workers} | {r.Stages.PerSecond:0.0} | {speedup:0.00}× | {speedup / (r.Workers / (double)one.Workers):0.00} | {r.LockHeld:P0} | {r.LockWaiting:0.00} of {r.Workers} | {r.DedupCeiling:0} | {r.Stages.Busy:P0} | {r.Stages.CpuMsPerArticle:0} | {r.Stages.ServerCpuMsPerArticle:0} | {r.Stages.CommandsPerArticle:0.0} | {r.Stages.CommitsPerArticle:0.0} | {r.Ingest.PerSecond:0} | {r.Collection.Wall.TotalSeconds:0.0} | {r.Stages.Articles / total.TotalSeconds:0.0} |"));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"database commands (transactions) per article: ingest and queue {one.Ingest.CommandsPerArticle:0.0} ({one.Ingest.CommitsPerArticle:0.00}), process+place {one.Stages.CommandsPerArticle:0.0} ({one.Stages.CommitsPerArticle:0.0}), collection run {one.Collection.CommandsPerArticle:0.0} ({one.Collection.CommitsPerArticle:0.00}) over all {one.Collection.Articles}"));
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
