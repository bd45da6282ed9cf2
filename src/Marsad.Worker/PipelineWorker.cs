using System.Text.Json;
using Marsad.Cleaning;
using Marsad.Pipeline;
using Marsad.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NATS.Client.Core;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;

namespace Marsad.Worker;

/// <summary>How a worker runs.</summary>
/// <param name="MaxAttempts">Deliveries of one message before it goes to the dead-letter stream.</param>
/// <param name="BatchSize">Messages fetched at once: the documents whose repeated lines count as page furniture, as
/// the pending documents of one <c>marsad process</c> run do, and the consumer's ack-pending limit (back-pressure).</param>
/// <param name="StopWhenIdle">Return once the stages' consumers have nothing pending or unacknowledged (for tests and
/// one-shot runs); otherwise run until cancelled.</param>
public sealed record WorkerOptions(
    IReadOnlyList<string> Stages, int MaxAttempts = 5, int BatchSize = 32, TimeSpan? RetryDelay = null, TimeSpan? AckWait = null, bool StopWhenIdle = false)
{
    /// <summary>Servers of the NATS cluster that keep each stream (null: as the stream has it).</summary>
    public int? StreamReplicas { get; init; }

    public TimeSpan Retry => RetryDelay ?? TimeSpan.FromSeconds(5);
}

/// <summary>What one worker did.</summary>
/// <param name="AlreadyDone">Items whose result was already committed (redelivered or queued twice): acknowledged only.</param>
/// <param name="Retried">Failed deliveries handed back for another attempt.</param>
/// <param name="NatsErrors">Rounds given up because NATS did not answer (each waited for and retried).</param>
public sealed record WorkerSummary(int Processed, int Skipped, int AlreadyDone, int Retried, int DeadLettered, int CollectionRuns, int NatsErrors)
{
    /// <summary>Documents the place stage placed (in a story or in none) against the last collection run.</summary>
    public int Placed { get; init; }
}

/// <summary>
/// One worker of the JetStream pipeline over a store every worker shares. Per-document stages: fetch a batch from the
/// <c>process</c> consumer, run text core and dedup for each document in its own transaction
/// (<see cref="StoreProcessor.ProcessOne"/>), acknowledge each message only after its transaction committed, then ask
/// for a collection run. The collection stage (<c>collection</c> consumer) allows one unacknowledged message across
/// all workers, so collection runs are serialised, and it is idempotent (a run over unchanged input writes nothing).
/// A delivery that fails is handed back with a delay; on its last attempt it is published to the dead-letter stream
/// with its error and terminated.
/// </summary>
/// <remarks>Counts go to <see cref="PipelineMetrics"/> and each outcome is logged in a scope naming the stage, the
/// message (its JetStream id, else its stream sequence) and the document.</remarks>
public sealed class PipelineWorker(IPipelineStore store, INatsJSContext js, DocumentAnalyzer analyzer, WorkerOptions options,
    PipelineMetrics? metrics = null, ILogger? logger = null)
{
    private int processed, skipped, alreadyDone, retried, deadLettered, collectionRuns, reconnects, placed;
    private readonly PipelineMetrics? metrics = metrics;
    private readonly ILogger log = logger ?? NullLogger.Instance;
    private DateTime lagReadAt = DateTime.MinValue;

    /// <summary>How often consumer lag is read from JetStream (one request per consumer) while the worker is busy.</summary>
    private static readonly TimeSpan LagInterval = TimeSpan.FromSeconds(5);

    public async Task<WorkerSummary> RunAsync(CancellationToken cancel = default)
    {
        await EnsureStreamsAsync(js, cancel, options.StreamReplicas).ConfigureAwait(false);
        var consumers = new List<(string Stage, INatsJSConsumer Consumer)>();
        foreach (var stage in options.Stages)
            consumers.Add((stage, await js.CreateOrUpdateConsumerAsync(PipelineStreams.Stream, ConsumerFor(stage), cancel).ConfigureAwait(false)));

        while (true)
        {
            bool any = false;
            try
            {
                foreach (var (stage, consumer) in consumers)
                {
                    var batch = new List<INatsJSMsg<string>>();
                    await foreach (var message in consumer.FetchNoWaitAsync<string>(new NatsJSFetchOpts { MaxMsgs = stage == PipelineStreams.CollectionStage ? 1 : options.BatchSize }, cancellationToken: cancel).ConfigureAwait(false))
                        batch.Add(message);
                    if (batch.Count == 0) continue;
                    any = true;
                    metrics?.In(stage, batch.Count);
                    if (stage == PipelineStreams.ProcessStage) await ProcessAsync(batch, cancel).ConfigureAwait(false);
                    else if (stage == PipelineStreams.PlaceStage) await PlaceAsync(batch, cancel).ConfigureAwait(false);
                    else await CollectAsync(batch[0], cancel).ConfigureAwait(false);
                }
                if (DateTime.UtcNow - lagReadAt > LagInterval) await ReadLagAsync(consumers, cancel).ConfigureAwait(false);
                if (any) continue;
                if (options.StopWhenIdle && await IdleAsync(consumers, cancel).ConfigureAwait(false)) break;
            }
            catch (Exception e) when (e is NatsException or TimeoutException && !cancel.IsCancellationRequested)
            {
                // NATS is away (restarting, unreachable): what was committed stays committed, and what was not
                // acknowledged is delivered again once it is back. Wait and go on.
                reconnects++;
                metrics?.Error("worker", "nats");
                log.LogWarning(e, "NATS did not answer ({Error}); waiting for it", e.Message);
                await Task.Delay(TimeSpan.FromSeconds(1), cancel).ConfigureAwait(false);
                continue;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(200), cancel).ConfigureAwait(false);
        }
        return new WorkerSummary(processed, skipped, alreadyDone, retried, deadLettered, collectionRuns, reconnects) { Placed = placed };
    }

    /// <summary>Creates the streams, or brings an existing one's subjects up to date. <paramref name="replicas"/> sets
    /// how many servers of a NATS cluster keep each stream (3 on a cluster of three); null keeps what the stream has
    /// (1 for a new one), so a worker started without it never scales a replicated stream back down.</summary>
    public static async Task EnsureStreamsAsync(INatsJSContext js, CancellationToken cancel, int? replicas = null)
    {
        await EnsureAsync(PipelineStreams.Stream, [PipelineStreams.ProcessSubject, PipelineStreams.PlaceSubject, PipelineStreams.CollectionSubject]).ConfigureAwait(false);
        await EnsureAsync(PipelineStreams.DeadStream, [PipelineStreams.DeadSubjectPrefix + ">"]).ConfigureAwait(false);

        async Task EnsureAsync(string name, string[] subjects)
        {
            int current = 1;
            try
            {
                current = (await js.GetStreamAsync(name, cancellationToken: cancel).ConfigureAwait(false)).Info.Config.NumReplicas;
            }
            catch (NatsJSApiException e) when (e.Error.Code == 404)
            {
                // No such stream yet: made below.
            }
            await js.CreateOrUpdateStreamAsync(new StreamConfig(name, subjects) { NumReplicas = replicas ?? current }, cancel).ConfigureAwait(false);
        }
    }

    private ConsumerConfig ConsumerFor(string stage) => new(stage)
    {
        FilterSubject = stage == PipelineStreams.ProcessStage ? PipelineStreams.ProcessSubject
            : stage == PipelineStreams.PlaceStage ? PipelineStreams.PlaceSubject
            : stage == PipelineStreams.CollectionStage ? PipelineStreams.CollectionSubject
            : throw new ArgumentException($"unknown stage '{stage}' (known: {string.Join(", ", PipelineStreams.Stages)})"),
        AckPolicy = ConsumerConfigAckPolicy.Explicit,
        AckWait = options.AckWait ?? TimeSpan.FromMinutes(5),
        MaxDeliver = options.MaxAttempts,
        // One collection run at a time across all workers: the single-active consumer that serialises clustering.
        MaxAckPending = stage == PipelineStreams.CollectionStage ? 1 : Math.Max(1, options.BatchSize) * 4,
    };

    /// <summary>Nothing pending and nothing unacknowledged (a message handed back with a delay is unacknowledged).</summary>
    private async Task<bool> IdleAsync(List<(string Stage, INatsJSConsumer Consumer)> consumers, CancellationToken cancel)
    {
        await ReadLagAsync(consumers, cancel).ConfigureAwait(false);
        return consumers.All(c => c.Consumer.Info.NumPending == 0 && c.Consumer.Info.NumAckPending == 0);
    }

    /// <summary>Reads each consumer's state from JetStream: what <see cref="PipelineMetrics.ConsumerLag"/> reports.</summary>
    private async Task ReadLagAsync(List<(string Stage, INatsJSConsumer Consumer)> consumers, CancellationToken cancel)
    {
        foreach (var (stage, consumer) in consumers)
        {
            await consumer.RefreshAsync(cancel).ConfigureAwait(false);
            metrics?.Lag(stage, (long)consumer.Info.NumPending, consumer.Info.NumAckPending);
        }
        lagReadAt = DateTime.UtcNow;
    }

    /// <summary>The scope every log line about one message is written in.</summary>
    private IDisposable? Scope(string stage, INatsJSMsg<string> message, long? document) => log.BeginScope(new Dictionary<string, object?>
    {
        ["stage"] = stage,
        ["messageId"] = message.Headers?.TryGetValue("Nats-Msg-Id", out var id) == true ? id.ToString() : $"seq:{message.Metadata?.Sequence.Stream}",
        ["document"] = document,
    });

    private async Task ProcessAsync(List<INatsJSMsg<string>> batch, CancellationToken cancel)
    {
        var processor = new StoreProcessor(store, analyzer);
        var runId = Guid.NewGuid().ToString("N")[..12];
        var items = batch.Select(m => (Message: m, Item: Parse(m.Data))).ToList();
        var context = BoilerplateContext.FromDocuments(items.Select(i => i.Item is { } item ? store.GetDocument(item.Document)?.Text ?? "" : ""));
        bool committed = false;
        var toPlace = new List<WorkItem>();
        foreach (var (message, item) in items)
        {
            cancel.ThrowIfCancellationRequested();
            using var scope = Scope(PipelineStreams.ProcessStage, message, item?.Document);
            string? error = item is null ? "not a work item" : null;
            if (item is not null)
            {
                var document = store.GetDocument(item.Document);
                if (document is null || document.ContentHash != item.ContentHash)
                    error = $"no document #{item.Document} with content hash {item.ContentHash}";
                else
                {
                    var result = processor.ProcessOne(item.Document, runId, context);
                    switch (result.Status)
                    {
                        case StoreProcessor.DocumentStatus.Processed: processed++; committed = true; toPlace.Add(item); break;
                        case StoreProcessor.DocumentStatus.Skipped: skipped++; committed = true; break;
                        case StoreProcessor.DocumentStatus.AlreadyDone: alreadyDone++; break;
                        default: error = result.Error?.Reason ?? $"document #{item.Document} is gone"; break;
                    }
                    if (error is null)
                    {
                        string outcome = result.Status switch
                        {
                            StoreProcessor.DocumentStatus.Processed => "processed",
                            StoreProcessor.DocumentStatus.Skipped => "skipped",
                            _ => "already-done",
                        };
                        metrics?.Out(PipelineStreams.ProcessStage, outcome);
                        log.LogInformation("document #{Document} {Outcome}", item.Document, outcome);
                    }
                }
            }
            if (error is null) await message.AckAsync(cancellationToken: cancel).ConfigureAwait(false);
            else await FailAsync(PipelineStreams.ProcessStage, message, error, cancel).ConfigureAwait(false);
        }
        foreach (var item in toPlace)
            Duplicate(await js.PublishAsync(PipelineStreams.PlaceSubject, JsonSerializer.Serialize(item with { Stage = PipelineStreams.PlaceStage }),
                opts: new NatsJSPubOpts { MsgId = $"{item.ContentHash}:{PipelineStreams.PlaceStage}:{PipelineStreams.PlaceStageVersion}" }, cancellationToken: cancel).ConfigureAwait(false));
        if (committed)
        {
            // One request per processed state of the store: requests for the same state collapse into one message.
            var fingerprint = store.ProcessedFingerprint();
            Duplicate(await js.PublishAsync(PipelineStreams.CollectionSubject, fingerprint, opts: new NatsJSPubOpts { MsgId = "collection:" + fingerprint }, cancellationToken: cancel).ConfigureAwait(false));
        }
    }

    /// <summary>Places each processed document among the last collection run's stories by the story candidate lookup
    /// (one indexed query per document, whatever the collection's size), so that it shows in a story before the next
    /// collection run re-clusters everything. Idempotent: a placement is replaced, never added twice.</summary>
    private async Task PlaceAsync(List<INatsJSMsg<string>> batch, CancellationToken cancel)
    {
        foreach (var message in batch)
        {
            cancel.ThrowIfCancellationRequested();
            var work = Parse(message.Data);
            using var scope = Scope(PipelineStreams.PlaceStage, message, work?.Document);
            string? error = null;
            if (store is not IStoryIndex index) error = "the place stage needs a store with a story index (a PostgreSQL --db)";
            else if (work is not { } item) error = "not a work item";
            else
            {
                // Before the first collection run there are no stories to place into: that run clusters the document.
                var (outcome, match) = new StorePlacer(store, index).Place(item.Document);
                if (outcome == PlacementOutcome.NotProcessed) error = $"document #{item.Document} has no clean text to place";
                else
                {
                    if (outcome == PlacementOutcome.Placed) placed++;
                    metrics?.Out(PipelineStreams.PlaceStage, outcome == PlacementOutcome.Placed ? "placed" : "no-run");
                    log.LogInformation("document #{Document} placed in {Story} (score {Score})", item.Document, match?.Story ?? "no story", match?.Score);
                }
            }
            if (error is null) await message.AckAsync(cancellationToken: cancel).ConfigureAwait(false);
            else await FailAsync(PipelineStreams.PlaceStage, message, error, cancel).ConfigureAwait(false);
        }
    }

    private async Task CollectAsync(INatsJSMsg<string> message, CancellationToken cancel)
    {
        using var scope = Scope(PipelineStreams.CollectionStage, message, null);
        try
        {
            // A run can outlast the consumer's ack wait; without word of progress the request would be delivered to a
            // second worker while this one still runs, and clustering would no longer be serialised.
            var run = Task.Run(() => new CollectionProcessor(store).Run(cancel: cancel), cancel);
            var beat = (options.AckWait ?? TimeSpan.FromMinutes(5)) / 3;
            while (await Task.WhenAny(run, Task.Delay(beat, cancel)).ConfigureAwait(false) != run)
                await message.AckProgressAsync(cancellationToken: cancel).ConfigureAwait(false);
            var summary = await run.ConfigureAwait(false);
            if (summary.Ran) collectionRuns++;
            metrics?.Out(PipelineStreams.CollectionStage, summary.Ran ? "ran" : "unchanged");
            log.LogInformation("collection run {Run} over {Documents} documents: {Outcome}, {Stories} stories, {Elapsed} ms",
                summary.RunId, summary.Documents, summary.Ran ? "ran" : "unchanged", summary.Stories, (long)summary.Elapsed.TotalMilliseconds);
        }
        catch (Exception e) when (e is InvalidDataException or InvalidOperationException or JsonException)
        {
            await FailAsync(PipelineStreams.CollectionStage, message, "collection stage: " + e.Message, cancel).ConfigureAwait(false);
            return;
        }
        await message.AckAsync(cancellationToken: cancel).ConfigureAwait(false);
    }

    private async Task FailAsync(string stage, INatsJSMsg<string> message, string error, CancellationToken cancel)
    {
        int attempts = (int)(message.Metadata?.NumDelivered ?? 1);
        if (attempts < options.MaxAttempts)
        {
            retried++;
            metrics?.Error(stage, "retried");
            log.LogWarning("attempt {Attempt} of {MaxAttempts} failed: {Error}", attempts, options.MaxAttempts, error);
            await message.NakAsync(new AckOpts { NakDelay = options.Retry }, cancel).ConfigureAwait(false);
            return;
        }
        var letter = JsonSerializer.Serialize(new DeadLetter(message.Subject, message.Data ?? "", error, attempts));
        var ack = await js.PublishAsync(PipelineStreams.DeadSubjectPrefix + message.Subject, letter, cancellationToken: cancel).ConfigureAwait(false);
        ack.EnsureSuccess();
        deadLettered++;
        metrics?.Error(stage, "dead-lettered");
        log.LogError("dead-lettered after {Attempts} attempts: {Error}", attempts, error);
        await message.AckTerminateAsync(cancellationToken: cancel).ConfigureAwait(false);
    }

    /// <summary>Whether the stream already had the message (same id within its duplicate window); throws on any
    /// other refusal.</summary>
    private static bool Duplicate(PubAckResponse ack)
    {
        if (ack.Duplicate) return true;
        ack.EnsureSuccess();
        return false;
    }

    private static WorkItem? Parse(string? data)
    {
        try
        {
            return data is null ? null : JsonSerializer.Deserialize<WorkItem>(data);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Queues every stored document without the current dedup result for the per-document stages; returns
    /// how many were published (the stream drops repeats of an item still within its duplicate window).</summary>
    public static async Task<int> EnqueuePendingAsync(IPipelineStore store, INatsJSContext js, CancellationToken cancel = default)
    {
        await EnsureStreamsAsync(js, cancel).ConfigureAwait(false);
        int count = 0;
        foreach (long id in store.DocumentsWithoutStageResult(StoreProcessor.DedupStage, StoreProcessor.DedupStageVersion))
        {
            if (store.GetDocument(id) is not { } document) continue;
            if (await PublishProcessAsync(js, id, document.ContentHash, cancel).ConfigureAwait(false)) count++;
        }
        return count;
    }

    /// <summary>Queues one stored document for the per-document stages; false when the stream already had it (same
    /// content within its duplicate window).</summary>
    public static async Task<bool> PublishProcessAsync(INatsJSContext js, long document, string contentHash, CancellationToken cancel)
    {
        var item = new WorkItem(document, contentHash, PipelineStreams.ProcessStage);
        var ack = await js.PublishAsync(PipelineStreams.ProcessSubject, JsonSerializer.Serialize(item),
            opts: new NatsJSPubOpts { MsgId = $"{item.ContentHash}:{StoreProcessor.DedupStage}:{StoreProcessor.DedupStageVersion}" }, cancellationToken: cancel).ConfigureAwait(false);
        return !Duplicate(ack);
    }
}
