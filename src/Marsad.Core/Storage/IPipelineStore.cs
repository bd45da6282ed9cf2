using Marsad.Dedup;

namespace Marsad.Storage;

/// <summary>What the pipeline needs of a store beyond its documents: per-document processing in one transaction,
/// the dedup state, and the collection stage's results. SQLite (<see cref="SqliteDocumentStore"/>, embedded, the
/// default) and PostgreSQL (server mode) implement it; <c>StoreProcessor</c>, <c>CollectionProcessor</c> and
/// <c>marsad dups</c> run on either.</summary>
public interface IPipelineStore : IDocumentStore
{
    /// <summary>Starts processing one document: everything the writer writes is committed together or not at all.</summary>
    IProcessingWriter BeginProcessing();

    /// <summary>Starts a batch of documents processed one after another in one transaction, each undone alone when it
    /// fails: a long run commits once per batch instead of once per document. By default each document is its own
    /// transaction (<see cref="BeginProcessing"/>).</summary>
    IProcessingBatch BeginProcessingBatch() => new TransactionPerDocument(this);

    /// <summary>Documents without a result of this stage and version, by id.</summary>
    IReadOnlyList<long> DocumentsWithoutStageResult(string stage, int stageVersion);

    /// <summary>Everything dedup recorded: members in order of addition, relations in the order found, passages in
    /// the order opened, with <see cref="StoreKey"/> document keys.</summary>
    DedupSnapshot ReadDedup();

    /// <summary>A summary of what the per-document stages have finished; it changes whenever a document is processed,
    /// and only then.</summary>
    string ProcessedFingerprint();

    /// <summary>Replaces the collection results in one transaction: readers see the old results or the new, never a
    /// mix, and a failure leaves the old ones in place. Returns false, writing nothing, when the stored results are
    /// already those of the current processed state and <paramref name="fingerprint"/> is not: a run that read an
    /// older state finished after a run that read the newer one, and must not overwrite it.</summary>
    bool ReplaceCollection(StoredCollection collection, int stageVersion, string fingerprint, int documents);

    /// <summary>Ids of the collection entities mentioned in one document, most mentioned first.</summary>
    IReadOnlyList<string> EntityIdsOf(long documentId);
}

/// <summary>One document's processing: stage results, clean text and log lines, and the store side of
/// <see cref="IDedupIndex"/>, in one transaction. Disposing without committing rolls it back.</summary>
public interface IProcessingWriter : IDedupIndex, IDisposable
{
    void SetCleanText(long documentId, string cleanText);
    /// <summary>Whether the document has this stage's result, as this transaction sees it.</summary>
    bool HasStageResult(long documentId, string stage, int stageVersion);
    void PutStageResult(StageResult result);
    void Log(string runId, string source, string level, string message);
    void Commit();
}

/// <summary>Documents processed in one transaction (<see cref="IPipelineStore.BeginProcessingBatch"/>). Disposing without
/// committing rolls the whole batch back.</summary>
public interface IProcessingBatch : IDisposable
{
    /// <summary>One document's processing inside the batch: its <see cref="IProcessingWriter.Commit"/> keeps its writes in
    /// the batch, disposing it without committing undoes them and nothing else. One document at a time.</summary>
    IProcessingWriter BeginDocument();

    /// <summary>Logs a line in the batch's transaction (a failed document's error, written after its writes were undone).</summary>
    void Log(string runId, string source, string level, string message);

    /// <summary>Makes every kept document durable.</summary>
    void Commit();
}

/// <summary>The default batch: each document is committed on its own, as <see cref="IPipelineStore.BeginProcessing"/> does.</summary>
public sealed class TransactionPerDocument(IPipelineStore store) : IProcessingBatch
{
    public IProcessingWriter BeginDocument() => store.BeginProcessing();

    public void Log(string runId, string source, string level, string message)
    {
        using var log = store.BeginWrite();
        log.Log(runId, source, level, message);
        log.Commit();
    }

    public void Commit() { }

    public void Dispose() { }
}
