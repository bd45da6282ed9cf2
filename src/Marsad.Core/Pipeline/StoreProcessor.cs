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
/// sentences, stored as <see cref="TextCoreStage"/> and as the document's clean text), then dedup against everything
/// processed before (<see cref="DuplicateFinder"/> over the store's <see cref="IDedupIndex"/>).
/// <para>Incremental and resumable: a document is done when it has a <see cref="DedupStage"/> result of the current
/// version; each document is one transaction, so a killed run loses at most the document in flight and a re-run
/// writes nothing twice. Documents go by id. A document that fails is logged in ingest_log and retried next run.</para>
/// <para>Lines repeated across the documents of one run are furniture (as in <c>marsad analyze</c>): the boilerplate
/// context is counted over the pending documents.</para>
/// </summary>
public sealed class StoreProcessor(SqliteDocumentStore store, DocumentAnalyzer analyzer, DedupOptions? dedupOptions = null, IProcessObserver? observer = null)
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
            var document = store.GetDocument(id);
            if (document is null) continue;
            var source = new SourceDocument(SqliteDocumentStore.Key(id), store.GetLocations(id).FirstOrDefault() ?? $"document #{id}", document.Text)
            {
                Title = document.Title,
                Published = document.Published,
            };
            try
            {
                using var writer = store.BeginProcessing();
                var outcome = Process(writer, runId, source, context);
                writer.Commit();
                if (outcome is null) skipped++;
                else { processed++; links += outcome.Links.Count; }
                observer?.Processed(id, outcome);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                var error = new InputError(source.Source, $"processing document #{id} failed: {e.Message}");
                failures.Add(error);
                using (var log = store.BeginWrite())
                {
                    log.Log(runId, source.Source, "error", error.Reason);
                    log.Commit();
                }
                observer?.Failed(error);
            }
        }
        return new ProcessSummary(runId, processed, skipped, links, failures, clock.Elapsed);
    }

    /// <summary>Text core then dedup for one document, inside <paramref name="writer"/>'s transaction; null when skipped.</summary>
    DedupOutcome? Process(SqliteDocumentStore.ProcessingWriter writer, string runId, SourceDocument source, BoilerplateContext context)
    {
        long id = SqliteDocumentStore.DocumentIdOf(source.Id);
        var (analyzed, failure) = analyzer.Analyze(source, context);
        if (analyzed is null)
        {
            writer.PutStageResult(new StageResult(id, TextCoreStage, TextCoreStageVersion, JsonSerializer.Serialize(new { skipped = failure!.Reason }, Json)));
            writer.PutStageResult(new StageResult(id, DedupStage, DedupStageVersion, JsonSerializer.Serialize(new { skipped = true }, Json)));
            writer.Log(runId, source.Source, "note", $"skipped: {failure.Reason}");
            return null;
        }
        writer.SetCleanText(id, analyzed.Text);
        writer.PutStageResult(new StageResult(id, TextCoreStage, TextCoreStageVersion, JsonSerializer.Serialize(new
        {
            language = analyzed.Language,
            title = analyzed.Source.Title,
            tokens = analyzed.TokenCount,
            sentences = analyzed.Sentences.Select(s => new[] { s.Start, s.End }),
            removed = analyzed.Clean.Removed.Select(r => new { kind = r.Kind.ToString(), reason = r.Reason, text = r.Text }),
            metadata = analyzed.Clean.Metadata,
            clean_title = analyzed.Clean.Title,
        }, Json)));

        // One finder per document over this transaction: it keeps nothing between documents but what the store holds.
        var finder = new DuplicateFinder(dedupOptions, index: writer);
        var outcome = finder.Add(new DedupDocument(source.Id, analyzed.Text, source.Published, analyzed.Sentences));
        writer.PutStageResult(new StageResult(id, DedupStage, DedupStageVersion, JsonSerializer.Serialize(new
        {
            links = outcome.Links.Select(l => new { document = SqliteDocumentStore.DocumentIdOf(l.Document), kind = l.Kind.ToString(), similarity = l.Similarity }),
            passages = outcome.Passages.Count,
            agencies = outcome.Agencies,
        }, Json)));
        return outcome;
    }
}
