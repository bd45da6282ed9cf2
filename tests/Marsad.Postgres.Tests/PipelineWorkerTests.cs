using System.Text.Json;
using Marsad.Language;
using Marsad.Pipeline;
using Marsad.Storage;
using Marsad.Worker;
using NATS.Client.Core;
using NATS.Client.JetStream;

namespace Marsad.Tests;

/// <summary>The JetStream pipeline: workers sharing durable pull consumers over one PostgreSQL store, each on a
/// nats-server of its own started by the test.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PipelineWorkerTests : IAsyncLifetime
{
    private readonly TestDatabase database;
    private readonly NatsServer nats = new();
    private readonly NatsConnection connection;
    private readonly NatsJSContext js;
    private readonly PostgresDocumentStore store;

    public PipelineWorkerTests(PostgresServer postgres)
    {
        database = postgres.CreateDatabase();
        connection = new NatsConnection(new NatsOpts { Url = nats.Url });
        js = new NatsJSContext(connection);
        store = new PostgresDocumentStore(database.ConnectionString);
        Samples.Ingest(store);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await connection.DisposeAsync();
        store.Dispose();
        nats.Dispose();
        database.Dispose();
    }

    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    private Task<WorkerSummary> Work(WorkerOptions options, PipelineMetrics? metrics = null)
    {
        // Each worker has its own store, as a worker on another machine would.
        var own = new PostgresDocumentStore(database.ConnectionString);
        var worker = new PipelineWorker(own, js, new DocumentAnalyzer(new ScriptLanguageIdentifier()), options, metrics);
        return Task.Run(async () =>
        {
            using var timeout = new CancellationTokenSource(Limit);
            try { return await worker.RunAsync(timeout.Token); }
            finally { own.Dispose(); }
        });
    }

    private static WorkerOptions UntilIdle(int batch = 32, int attempts = 5) =>
        new(PipelineStreams.Stages, MaxAttempts: attempts, BatchSize: batch, RetryDelay: TimeSpan.FromMilliseconds(100), StopWhenIdle: true);

    private async Task<long> MessagesIn(string stream) => (long)(await js.GetStreamAsync(stream)).Info.State.Messages;

    [Fact]
    public async Task Two_workers_process_every_queued_document_exactly_once()
    {
        Assert.Equal(5, await PipelineWorker.EnqueuePendingAsync(store, js));

        var summaries = await Task.WhenAll(Work(UntilIdle(batch: 1)), Work(UntilIdle(batch: 1)));

        Assert.Equal(5, summaries.Sum(s => s.Processed + s.Skipped));
        Assert.Equal(0, summaries.Sum(s => s.AlreadyDone + s.Retried + s.DeadLettered));
        Assert.Equal(5, database.Scalar<long>($"SELECT COUNT(*) FROM stage_results WHERE stage = '{StoreProcessor.DedupStage}'"));
        Assert.Empty(store.DocumentsWithoutStageResult(StoreProcessor.DedupStage, StoreProcessor.DedupStageVersion));
    }

    [Fact]
    public async Task A_worker_ends_with_the_stories_marsad_process_finds()
    {
        await PipelineWorker.EnqueuePendingAsync(store, js);

        var summary = await Work(UntilIdle());

        Assert.True(summary.CollectionRuns >= 1);
        var stories = store.ReadCollection().Stories.Select(s => string.Join(",", s.Documents.Select(d => Samples.Name(store, d)).Order())).Order();
        Assert.Equal(["000,004", "001,002", "003"], stories);
    }

    [Fact]
    public async Task A_worker_places_a_document_processed_after_the_last_collection_run_in_its_story()
    {
        await PipelineWorker.EnqueuePendingAsync(store, js);
        await Work(UntilIdle());
        var first = store.ReadDocuments().OrderBy(d => d.Id).First();
        string story = store.ReadCollection().StoryOf(StoreKey.Of(first.Id))!;
        var paragraphs = first.Text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        using (var writer = store.BeginWrite())
        {
            writer.Put(new Ingest.IngestedArticle("reworded.txt", "text", string.Join("\n\n", paragraphs.Reverse()) + "\n\nتحديث: تفاصيل جديدة."), "ar");
            writer.Commit();
        }
        await PipelineWorker.EnqueuePendingAsync(store, js);

        var summary = await Work(UntilIdle() with { Stages = [PipelineStreams.ProcessStage, PipelineStreams.PlaceStage] });

        Assert.Equal((1, 1), (summary.Processed, summary.Placed));
        Assert.Equal(story, store.Placements().Single().Story);
    }

    [Fact]
    public async Task Each_processed_document_adds_one_to_the_articles_out_counter_of_its_stage()
    {
        await PipelineWorker.EnqueuePendingAsync(store, js);
        var counted = new System.Collections.Concurrent.ConcurrentDictionary<string, long>();
        using var listener = new System.Diagnostics.Metrics.MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == PipelineMetrics.MeterName) l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            string stage = "", outcome = "";
            foreach (var tag in tags)
            {
                if (tag.Key == "stage") stage = (string)tag.Value!;
                if (tag.Key == "outcome") outcome = (string)tag.Value!;
            }
            counted.AddOrUpdate($"{instrument.Name} {stage} {outcome}".TrimEnd(), value, (_, sum) => sum + value);
        });
        listener.Start();
        using var metrics = new PipelineMetrics();

        var summary = await Work(UntilIdle(), metrics);

        Assert.Equal(5, counted.GetValueOrDefault($"{PipelineMetrics.ArticlesIn} {PipelineStreams.ProcessStage}"));
        Assert.Equal(summary.Processed, counted.GetValueOrDefault($"{PipelineMetrics.ArticlesOut} {PipelineStreams.ProcessStage} processed"));
        Assert.Equal(summary.Skipped, counted.GetValueOrDefault($"{PipelineMetrics.ArticlesOut} {PipelineStreams.ProcessStage} skipped"));
        Assert.Equal(5, summary.Processed + summary.Skipped);
    }

    [Fact]
    public async Task Queueing_the_same_documents_twice_queues_each_once()
    {
        await PipelineWorker.EnqueuePendingAsync(store, js);
        await PipelineWorker.EnqueuePendingAsync(store, js);

        Assert.Equal(5, await MessagesIn(PipelineStreams.Stream));
    }

    [Fact]
    public async Task An_item_delivered_again_after_its_commit_is_acknowledged_without_writing()
    {
        await PipelineWorker.EnqueuePendingAsync(store, js);
        await Work(UntilIdle());
        var firstDedup = database.Scalar<DateTime>("SELECT MAX(created_at) FROM stage_results");
        // What a crash between commit and acknowledgement leaves: the same item in the stream once more.
        var document = store.ReadDocuments().First();
        await js.PublishAsync(PipelineStreams.ProcessSubject, JsonSerializer.Serialize(new WorkItem(document.Id, document.ContentHash, PipelineStreams.ProcessStage)));

        var again = await Work(UntilIdle());

        Assert.Equal((0, 1), (again.Processed, again.AlreadyDone));
        Assert.Equal(firstDedup, database.Scalar<DateTime>("SELECT MAX(created_at) FROM stage_results"));
    }

    [Fact]
    public async Task A_poison_item_goes_to_the_dead_letter_stream_with_its_error_after_the_last_attempt()
    {
        await PipelineWorker.EnqueuePendingAsync(store, js);
        await js.PublishAsync(PipelineStreams.ProcessSubject, JsonSerializer.Serialize(new WorkItem(1, "00000000000000000000000000000000", PipelineStreams.ProcessStage)));

        var summary = await Work(UntilIdle(attempts: 3));

        Assert.Equal((5, 2, 1), (summary.Processed + summary.Skipped, summary.Retried, summary.DeadLettered));
        Assert.Equal(1, await MessagesIn(PipelineStreams.DeadStream));
        var consumer = await js.CreateOrUpdateConsumerAsync(PipelineStreams.DeadStream, new NATS.Client.JetStream.Models.ConsumerConfig("check"));
        var message = await consumer.NextAsync<string>();
        var letter = JsonSerializer.Deserialize<DeadLetter>(message!.Data!)!;
        Assert.Equal((PipelineStreams.ProcessSubject, 3), (letter.Subject, letter.Attempts));
        Assert.Contains("no document #1 with content hash", letter.Error);
    }

    /// <summary>A worker process, SIGKILLed once it has committed its first document, then a second worker: every
    /// document ends processed once, and none failed (a document written twice would fail its unique keys).</summary>
    [Fact]
    public async Task A_worker_killed_mid_batch_loses_nothing_and_doubles_nothing()
    {
        int total = PutVariants(30);
        await PipelineWorker.EnqueuePendingAsync(store, js);

        var killed = StartWorkerProcess();
        int doneAtKill;
        try
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            while ((doneAtKill = ProcessedCount()) == 0 && !killed.HasExited && clock.Elapsed < Limit) await Task.Delay(20);
        }
        finally
        {
            killed.Kill(); // SIGKILL: no clean-up, no acknowledgement of what it held
            await killed.WaitForExitAsync();
        }
        var rest = await Work(UntilIdle(batch: 8) with { AckWait = TimeSpan.FromSeconds(2) });

        Assert.InRange(doneAtKill, 1, total - 1);
        Assert.Equal(total, ProcessedCount());
        Assert.Equal(total - doneAtKill, rest.Processed + rest.Skipped);
        Assert.Equal(0, database.Scalar<long>("SELECT COUNT(*) FROM ingest_log WHERE level = 'error'"));
    }

    /// <summary>More documents than a worker gets through between its first commit and what the test does next:
    /// the first sample, each with an update line of its own. Returns how many documents the store holds.</summary>
    private int PutVariants(int count)
    {
        var text = File.ReadAllText(Directory.GetFiles(RepositoryPaths.Samples(), "*.txt").Order(StringComparer.Ordinal).First());
        using (var writer = store.BeginWrite())
        {
            for (int i = 0; i < count; i++) writer.Put(new Ingest.IngestedArticle($"variant-{i}.txt", "text", text + $"\n\nتحديث رقم {i}: أضاف المصدر تفاصيل جديدة عن الحادث."), "ar");
            writer.Commit();
        }
        return (int)store.CountDocuments();
    }

    /// <summary>NATS killed and restarted while a worker runs: the queued items survive in the stream's file store,
    /// the worker waits for the server and goes on, and what it committed but could not acknowledge comes back and is
    /// acknowledged without being written again.</summary>
    [Fact]
    public async Task A_nats_restart_during_a_run_loses_nothing()
    {
        int total = PutVariants(30);
        await PipelineWorker.EnqueuePendingAsync(store, js);

        var worker = Work(UntilIdle(batch: 4) with { AckWait = TimeSpan.FromSeconds(2) });
        var clock = System.Diagnostics.Stopwatch.StartNew();
        int doneAtRestart;
        while ((doneAtRestart = ProcessedCount()) == 0 && !worker.IsCompleted && clock.Elapsed < Limit) await Task.Delay(20);
        nats.Restart();
        var summary = await worker;

        Assert.InRange(doneAtRestart, 1, total - 1);
        Assert.Equal(total, ProcessedCount());
        Assert.Empty(store.DocumentsWithoutStageResult(StoreProcessor.DedupStage, StoreProcessor.DedupStageVersion));
        Assert.Equal(total, summary.Processed + summary.Skipped);
        Assert.Equal(0, database.Scalar<long>("SELECT COUNT(*) FROM ingest_log WHERE level = 'error'"));
    }

    private int ProcessedCount() => (int)database.Scalar<long>($"SELECT COUNT(*) FROM stage_results WHERE stage = '{StoreProcessor.DedupStage}'");

    private System.Diagnostics.Process StartWorkerProcess()
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var start = new System.Diagnostics.ProcessStartInfo(dotnet) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "marsad.dll"), "worker", "--db", database.Url, "--nats", nats.Url,
                     "--stages", PipelineStreams.ProcessStage, "--batch", "64", "--ack-wait", "2" })
            start.ArgumentList.Add(arg);
        var process = System.Diagnostics.Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
