using System.Diagnostics;
using System.Text.Encodings.Web;
using System.Text.Json;
using Marsad.Cleaning;
using Marsad.Dedup;
using Marsad.Ingest;
using Marsad.Storage;

namespace Marsad.Pipeline;

/// <summary>Hears what a process run does, as it does it.</summary>
public interface IProcessObserver
{
    void Started(int pending);
    /// <summary>A document went through every stage; <paramref name="outcome"/> is what dedup found (null when skipped).</summary>
    void Processed(long documentId, DedupOutcome? outcome);
    void Failed(InputError error);
}

/// <summary>The totals of one process run.</summary>
/// <param name="Skipped">Documents the text core left out (no Arabic text, nothing left after cleaning): a note, not an error.</param>
public sealed record ProcessSummary(string RunId, int Processed, int Skipped, int Links, IReadOnlyList<InputError> Failures, TimeSpan Elapsed);

/// <summary>How <see cref="StoreProcessor.Run"/> spreads its work.</summary>
/// <param name="Workers">Threads preparing documents (text core, dedup features) ahead of the writer; 1 prepares each
/// document on the writing thread just before it is added. The result is the same whatever the number.</param>
/// <param name="BatchSize">Documents per transaction (and per unit of work handed to the workers).</param>
public sealed record ProcessOptions(int Workers, int BatchSize = 128)
{
    public static ProcessOptions Default => new(Environment.ProcessorCount);
    public static ProcessOptions Serial => new(1);
}

/// <summary>
/// Runs the pipeline over stored documents that lack its results: the text core (clean text, title, removed pieces,
/// sentences, stored as a <see cref="TextCorePayload"/> under <see cref="TextCoreStage"/> and as the document's clean text), then dedup against everything
/// processed before (<see cref="DuplicateFinder"/> over the store's <see cref="IDedupIndex"/>).
/// <para>A bounded pipeline: the calling thread reads batches of documents, <see cref="ProcessOptions.Workers"/> threads
/// prepare them (text core and the dedup features of <see cref="DuplicateFinder.Prepare"/>, which need nothing from
/// the store), and the calling thread adds them to dedup and writes them in document order, one transaction per batch
/// (<see cref="IPipelineStore.BeginProcessingBatch"/>). Dedup decisions are made in id order on one thread, so results
/// do not depend on thread timing; at most a few batches are in flight.</para>
/// <para>Incremental and resumable: a document is done when it has a <see cref="DedupStage"/> result of the current
/// version; a killed run loses at most the batch in flight and a re-run writes nothing twice. A document that fails is
/// undone alone, logged in ingest_log and retried next run.</para>
/// <para>Lines repeated across the documents of one run are furniture (as in <c>marsad analyze</c>): the boilerplate
/// context is counted over the pending documents.</para>
/// </summary>
public sealed class StoreProcessor(IPipelineStore store, DocumentAnalyzer analyzer, DedupOptions? dedupOptions = null, IProcessObserver? observer = null, ProcessOptions? processOptions = null)
{
    public const string TextCoreStage = "text-core";
    public const int TextCoreStageVersion = 1;
    public const string DedupStage = "dedup";
    public const int DedupStageVersion = 1;

    static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Batches read and being prepared or written at once: the workers stay busy while the writer works, and
    /// memory holds no more than this many batches of documents.</summary>
    const int BatchesInFlight = 3;

    readonly ProcessOptions options = processOptions ?? ProcessOptions.Default;
    // Prepares only (thread-safe); each document is added by a finder over its batch's writer.
    readonly DuplicateFinder preparer = new(dedupOptions);

    public ProcessSummary Run(CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        var runId = Guid.NewGuid().ToString("N")[..12];
        var pending = store.DocumentsWithoutStageResult(DedupStage, DedupStageVersion);
        observer?.Started(pending.Count);
        var context = BoilerplateContext.FromDocuments(pending.Select(id => store.GetDocument(id)?.Text ?? ""));
        int processed = 0, skipped = 0, links = 0;
        var failures = new List<InputError>();
        var inFlight = new Queue<Task<PreparedDocument[]>>();
        int next = 0;
        // Reads stay on this thread (the store's connection is not shared); workers get documents already read.
        Task<PreparedDocument[]> Submit()
        {
            var sources = ReadSources(pending, next, options.BatchSize);
            next += sources.Length;
            if (options.Workers <= 1) return Task.FromResult(Prepare(sources, context, 1, cancel));
            return Task.Run(() => Prepare(sources, context, options.Workers, cancel), cancel);
        }
        while (next < pending.Count || inFlight.Count > 0)
        {
            cancel.ThrowIfCancellationRequested();
            while (next < pending.Count && inFlight.Count < (options.Workers <= 1 ? 1 : BatchesInFlight)) inFlight.Enqueue(Submit());
            var batch = inFlight.Dequeue().GetAwaiter().GetResult();
            foreach (var result in WriteBatch(batch, runId))
                switch (result.Status)
                {
                    case DocumentStatus.Processed: processed++; links += result.Outcome!.Links.Count; break;
                    case DocumentStatus.Skipped: skipped++; break;
                    case DocumentStatus.Failed: failures.Add(result.Error!); break;
                }
        }
        return new ProcessSummary(runId, processed, skipped, links, failures, clock.Elapsed);
    }

    /// <summary>One document read from the store, its text core and dedup features, or why preparing failed.</summary>
    sealed record PreparedDocument(long Id, SourceDocument? Source, (AnalyzedDocument? Document, InputError? Error) Analysis, PreparedDedupDocument? Dedup, Exception? Failure);

    SourceDocument?[] ReadSources(IReadOnlyList<long> ids, int from, int count)
    {
        var sources = new SourceDocument?[Math.Min(count, ids.Count - from)];
        for (int i = 0; i < sources.Length; i++) sources[i] = ReadSource(ids[from + i]);
        return sources;
    }

    SourceDocument? ReadSource(long id) => store.GetDocument(id) is { } document
        ? new SourceDocument(StoreKey.Of(id), store.GetLocations(id).FirstOrDefault() ?? $"document #{id}", document.Text)
        {
            Title = document.Title,
            Published = document.Published,
        }
        : null;

    PreparedDocument[] Prepare(SourceDocument?[] sources, BoilerplateContext context, int workers, CancellationToken cancel)
    {
        var prepared = new PreparedDocument[sources.Length];
        if (workers <= 1) for (int i = 0; i < sources.Length; i++) prepared[i] = PrepareOne(sources[i], context);
        else Parallel.For(0, sources.Length, new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancel },
            i => prepared[i] = PrepareOne(sources[i], context));
        return prepared;
    }

    PreparedDocument PrepareOne(SourceDocument? source, BoilerplateContext context)
    {
        if (source is null) return new PreparedDocument(0, null, default, null, null);
        long id = StoreKey.IdOf(source.Id);
        try
        {
            var analysis = analyzer.Analyze(source, context);
            var dedup = analysis.Document is { } analyzed
                ? preparer.Prepare(new DedupDocument(source.Id, analyzed.Text, source.Published, analyzed.Sentences))
                : null;
            return new PreparedDocument(id, source, analysis, dedup, null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new PreparedDocument(id, source, default, null, e);
        }
    }

    /// <summary>Adds a batch's documents to dedup in order and writes them in one transaction; observers hear of them
    /// once it committed.</summary>
    List<DocumentResult> WriteBatch(PreparedDocument[] documents, string runId)
    {
        var results = new List<DocumentResult>(documents.Length);
        // One finder for the batch, over whichever document's writer is open: an earlier document that several of the
        // batch's documents share passages with is loaded and prepared once, not once per document.
        var index = new CurrentWriter();
        var finder = new DuplicateFinder(dedupOptions, index: index);
        using (var batch = store.BeginProcessingBatch())
        {
            foreach (var document in documents)
                if (document.Source is not null) results.Add(WriteOne(batch, document, runId, finder, index));
            batch.Commit();
        }
        foreach (var result in results)
        {
            if (result.Status == DocumentStatus.Failed) observer?.Failed(result.Error!);
            else if (result.Status != DocumentStatus.AlreadyDone) observer?.Processed(result.DocumentId, result.Outcome);
        }
        return results;
    }

    DocumentResult WriteOne(IProcessingBatch batch, PreparedDocument document, string runId, DuplicateFinder finder, CurrentWriter index)
    {
        var source = document.Source!;
        try
        {
            if (document.Failure is { } failure) throw failure;
            using var writer = batch.BeginDocument();
            if (writer.HasStageResult(document.Id, DedupStage, DedupStageVersion)) return new DocumentResult(document.Id, DocumentStatus.AlreadyDone);
            index.Writer = writer;
            var outcome = Process(writer, runId, source, document.Analysis, document.Dedup, finder);
            writer.Commit();
            return new DocumentResult(document.Id, outcome is null ? DocumentStatus.Skipped : DocumentStatus.Processed, outcome);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var error = new InputError(source.Source, $"processing document #{document.Id} failed: {e.Message}");
            batch.Log(runId, source.Source, "error", error.Reason);
            return new DocumentResult(document.Id, DocumentStatus.Failed, Error: error);
        }
    }

    /// <summary>What <see cref="ProcessOne"/> did with one document.</summary>
    public enum DocumentStatus { Processed, Skipped, AlreadyDone, Missing, Failed }

    /// <param name="Outcome">What dedup found, when processed.</param>
    /// <param name="Error">Why it failed (also in ingest_log), when failed.</param>
    public sealed record DocumentResult(long DocumentId, DocumentStatus Status, DedupOutcome? Outcome = null, InputError? Error = null);

    /// <summary>Text core and dedup for one stored document in one transaction, unless it already has the current
    /// dedup result: a second delivery of the same work, or two workers given the same document, write it once (the
    /// check is made after the transaction began, so in the server store after the dedup lock was taken). A failure is
    /// logged in ingest_log and returned, not thrown.</summary>
    public DocumentResult ProcessOne(long id, string runId, BoilerplateContext context)
    {
        if (ReadSource(id) is not { } source) return new DocumentResult(id, DocumentStatus.Missing);
        try
        {
            // The text core needs nothing from the store: it runs before the transaction, so that in the server store
            // workers clean documents in parallel and hold the dedup lock only for dedup and the writes.
            var analysis = analyzer.Analyze(source, context);
            using var writer = store.BeginProcessing();
            if (writer.HasStageResult(id, DedupStage, DedupStageVersion)) return new DocumentResult(id, DocumentStatus.AlreadyDone);
            var outcome = Process(writer, runId, source, analysis, prepared: null, finder: null);
            writer.Commit();
            observer?.Processed(id, outcome);
            return new DocumentResult(id, outcome is null ? DocumentStatus.Skipped : DocumentStatus.Processed, outcome);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var error = new InputError(source.Source, $"processing document #{id} failed: {e.Message}");
            using (var log = store.BeginWrite())
            {
                log.Log(runId, source.Source, "error", error.Reason);
                log.Commit();
            }
            observer?.Failed(error);
            return new DocumentResult(id, DocumentStatus.Failed, Error: error);
        }
    }

    /// <summary>The text core's results and dedup for one document, inside <paramref name="writer"/>'s transaction;
    /// null when skipped.</summary>
    DedupOutcome? Process(IProcessingWriter writer, string runId, SourceDocument source, (AnalyzedDocument? Document, InputError? Error) analysis, PreparedDedupDocument? prepared, DuplicateFinder? finder)
    {
        long id = StoreKey.IdOf(source.Id);
        var (analyzed, failure) = analysis;
        if (analyzed is null)
        {
            writer.PutStageResult(new StageResult(id, TextCoreStage, TextCoreStageVersion, TextCorePayload.Skipped(failure!.Reason).ToJson()));
            writer.PutStageResult(new StageResult(id, DedupStage, DedupStageVersion, JsonSerializer.Serialize(new { skipped = true }, Json)));
            writer.Log(runId, source.Source, "note", $"skipped: {failure.Reason}");
            return null;
        }
        writer.SetCleanText(id, analyzed.Text);
        writer.PutStageResult(new StageResult(id, TextCoreStage, TextCoreStageVersion, TextCorePayload.From(analyzed).ToJson()));

        // Alone, one finder over this transaction: it keeps nothing between documents but what the store holds.
        finder ??= new DuplicateFinder(dedupOptions, index: writer);
        var outcome = finder.Add(prepared ?? finder.Prepare(new DedupDocument(source.Id, analyzed.Text, source.Published, analyzed.Sentences)));
        writer.PutStageResult(new StageResult(id, DedupStage, DedupStageVersion, JsonSerializer.Serialize(new
        {
            links = outcome.Links.Select(l => new { document = StoreKey.IdOf(l.Document), kind = l.Kind.ToString(), similarity = l.Similarity }),
            passages = outcome.Passages.Count,
            agencies = outcome.Agencies,
        }, Json)));
        return outcome;
    }

    /// <summary>The store side of dedup for a batch's finder: the writer of the document being added.</summary>
    sealed class CurrentWriter : IDedupIndex
    {
        public IProcessingWriter? Writer;

        IProcessingWriter W => Writer ?? throw new InvalidOperationException("no document is being written");

        public string? FindExact(ulong exactKey) => W.FindExact(exactKey);
        public void FindByBands(ReadOnlySpan<uint> bandKeys, List<string> found) => W.FindByBands(bandKeys, found);
        public long Add(DedupRecord record) => W.Add(record);
        public (DedupDocument Document, long Sequence) Load(string id) => W.Load(id);
        public void VisitSeed(ulong seed, string document, int position, int maxPostings, List<(string Document, int Position)> earlier) =>
            W.VisitSeed(seed, document, position, maxPostings, earlier);
        public void PrefetchSeeds(ReadOnlySpan<ulong> seeds, int maxPostings) => W.PrefetchSeeds(seeds, maxPostings);
        public void AddLink(string document, DuplicateLink link) => W.AddLink(document, link);
        public IReadOnlyList<(long Passage, PassageLocation Location)> PassagesOf(string document) => W.PassagesOf(document);
        public long AddPassage(PassageLocation first, PassageLocation second) => W.AddPassage(first, second);
        public void AddToPassage(long passage, PassageLocation location) => W.AddToPassage(passage, location);
        public IReadOnlyList<PassageLocation> Passage(long passage) => W.Passage(passage);
    }
}
