using Marsad.Cleaning;
using Marsad.Ingest;
using Marsad.Language;
using Marsad.Pipeline;
using Marsad.Search;
using Marsad.Storage;

namespace Marsad.Server.Library;

/// <summary>What ingesting one article through the API did.</summary>
/// <param name="Analysed">The text core cleaned it and it is searchable.</param>
/// <param name="Reason">Why it was not analysed (no Arabic text, nothing left after cleaning).</param>
public sealed record PipelineOutcome(long DocumentId, StoreStatus Status, bool Analysed, string? Reason);

/// <summary>One article end to end, as <c>marsad process</c> runs it: store → text core and dedup against everything
/// stored (<see cref="StoreProcessor.ProcessOne"/>, one transaction) → the collection stage over the whole store
/// (entities, facts, stories; <see cref="CollectionProcessor"/>) → index. The collection stage runs in the request:
/// the response comes when the article is in its story. That is right for the embedded store's size; a larger
/// collection takes the worker route (docs/server-mode.md).</summary>
public sealed class ArticlePipeline(
    SqliteDocumentStore store, SearchIndex index, Lock gate, ILanguageIdentifier languages, DocumentAnalyzer analyzer, IDocumentFactsSource facts)
{
    public PipelineOutcome Run(IngestedArticle article)
    {
        // Language identification is the slow part and needs no lock.
        var language = languages.Identify(article.Text);
        lock (gate)
        {
            StoreOutcome outcome;
            using (var writer = store.BeginWrite())
            {
                outcome = writer.Put(article, language);
                writer.Commit();
            }
            var id = outcome.DocumentId;
            var runId = Guid.NewGuid().ToString("N")[..12];
            var result = new StoreProcessor(store, analyzer).ProcessOne(id, runId, BoilerplateContext.FromDocuments([]));
            if (result.Status == StoreProcessor.DocumentStatus.Failed) throw new InvalidOperationException(result.Error!.Reason);
            if (store.GetDocument(id)?.CleanText is null)
                return new PipelineOutcome(id, outcome.Status, false, SkipReason(id));
            new CollectionProcessor(store).Run();
            SearchIndexer.IndexDocument(store, index, id, facts);
            return new PipelineOutcome(id, outcome.Status, true, null);
        }
    }

    /// <summary>Why the text core left a document out, as it stored it.</summary>
    private string SkipReason(long id)
    {
        var payload = store.GetStageResult(id, StoreProcessor.TextCoreStage)?.PayloadJson;
        if (payload is null) return "not analysed";
        // Written under this lock a moment ago: a payload that is not JSON is a fault, not an older form.
        var stored = TextCorePayload.ParseLenient(payload) ?? throw new InvalidDataException($"document #{id}: the stored {StoreProcessor.TextCoreStage} result is not a JSON object");
        return stored.SkipReason is { Length: > 0 } reason ? reason : "not analysed";
    }
}
