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
public sealed class PipelineWorkerTests : IAsyncDisposable
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

    public async ValueTask DisposeAsync()
    {
        await connection.DisposeAsync();
        store.Dispose();
        nats.Dispose();
        database.Dispose();
    }

    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    private Task<WorkerSummary> Work(WorkerOptions options)
    {
        // Each worker has its own store, as a worker on another machine would.
        var own = new PostgresDocumentStore(database.ConnectionString);
        var worker = new PipelineWorker(own, js, new DocumentAnalyzer(new ScriptLanguageIdentifier()), options);
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
}
