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

/// <summary>
/// Runs the pipeline over stored documents that lack its results: the text core (clean text, title, removed pieces,
/// sentences, stored as a <see cref="TextCorePayload"/> under <see cref="TextCoreStage"/> and as the document's clean text), then dedup against everything
/// processed before (<see cref="DuplicateFinder"/> over the store's <see cref="IDedupIndex"/>).
/// <para>Incremental and resumable: a document is done when it has a <see cref="DedupStage"/> result of the current
/// version; each document is one transaction, so a killed run loses at most the document in flight and a re-run
/// writes nothing twice. Documents go by id. A document that fails is logged in ingest_log and retried next run.</para>
/// <para>Lines repeated across the documents of one run are furniture (as in <c>marsad analyze</c>): the boilerplate
/// context is counted over the pending documents.</para>
/// </summary>
public sealed class StoreProcessor(IPipelineStore store, DocumentAnalyzer analyzer, DedupOptions? dedupOptions = null, IProcessObserver? observer = null)
{
    public const string TextCoreStage = "text-core";
    public const int TextCoreStageVersion = 1;
    public const string DedupStage = "dedup";
    public const int DedupStageVersion = 1;

    static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public ProcessSummary Run(CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        var runId = Guid.NewGuid().ToString("N")[..12];
        var pending = store.DocumentsWithoutStageResult(DedupStage, DedupStageVersion);
        observer?.Started(pending.Count);
        var context = BoilerplateContext.FromDocuments(pending.Select(id => store.GetDocument(id)?.Text ?? ""));
        int processed = 0, skipped = 0, links = 0;
        var failures = new List<InputError>();
        foreach (long id in pending)
        {
            cancel.ThrowIfCancellationRequested();
            var result = ProcessOne(id, runId, context);
            switch (result.Status)
            {
                case DocumentStatus.Processed: processed++; links += result.Outcome!.Links.Count; break;
                case DocumentStatus.Skipped: skipped++; break;
                case DocumentStatus.Failed: failures.Add(result.Error!); break;
            }
        }
        return new ProcessSummary(runId, processed, skipped, links, failures, clock.Elapsed);
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
        var document = store.GetDocument(id);
        if (document is null) return new DocumentResult(id, DocumentStatus.Missing);
        var source = new SourceDocument(StoreKey.Of(id), store.GetLocations(id).FirstOrDefault() ?? $"document #{id}", document.Text)
        {
            Title = document.Title,
            Published = document.Published,
        };
        try
        {
            // The text core needs nothing from the store: it runs before the transaction, so that in the server store
            // workers clean documents in parallel and hold the dedup lock only for dedup and the writes.
            var analysis = analyzer.Analyze(source, context);
            using var writer = store.BeginProcessing();
            if (writer.HasStageResult(id, DedupStage, DedupStageVersion)) return new DocumentResult(id, DocumentStatus.AlreadyDone);
            var outcome = Process(writer, runId, source, analysis);
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
    DedupOutcome? Process(IProcessingWriter writer, string runId, SourceDocument source, (AnalyzedDocument? Document, InputError? Error) analysis)
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

        // One finder per document over this transaction: it keeps nothing between documents but what the store holds.
        var finder = new DuplicateFinder(dedupOptions, index: writer);
        var outcome = finder.Add(new DedupDocument(source.Id, analyzed.Text, source.Published, analyzed.Sentences));
        writer.PutStageResult(new StageResult(id, DedupStage, DedupStageVersion, JsonSerializer.Serialize(new
        {
            links = outcome.Links.Select(l => new { document = StoreKey.IdOf(l.Document), kind = l.Kind.ToString(), similarity = l.Similarity }),
            passages = outcome.Passages.Count,
            agencies = outcome.Agencies,
        }, Json)));
        return outcome;
    }
}
