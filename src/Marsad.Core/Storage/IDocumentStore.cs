using Marsad.Ingest;

namespace Marsad.Storage;

/// <summary>Where ingested articles, their locations and versions, the ingest log and later stages' results live.
/// SQLite (<see cref="SqliteDocumentStore"/>) or PostgreSQL; the pipeline's part is <see cref="IPipelineStore"/>.</summary>
public interface IDocumentStore : IValidatorCache, IDisposable
{
    /// <summary>Starts a unit of work; nothing it writes is visible or durable until <see cref="IStoreWriter.Commit"/>.</summary>
    IStoreWriter BeginWrite();

    long CountDocuments();
    StoredDocument? GetDocument(long id);
    /// <summary>Every document, by id.</summary>
    IEnumerable<StoredDocument> ReadDocuments();
    /// <summary>Every path or URL the document was seen at, in the order first seen.</summary>
    IReadOnlyList<string> GetLocations(long documentId);
    /// <summary>The history of one path or URL: each distinct content it showed, oldest first.</summary>
    IReadOnlyList<DocumentVersion> GetVersions(string locator);
    IReadOnlyList<IngestLogEntry> ReadLog(string? runId = null);

    void SetCleanText(long documentId, string cleanText);
    void PutStageResult(StageResult result);
    StageResult? GetStageResult(long documentId, string stage);

    /// <summary>The collection stage's results (entities, facts, stories, topics) of its last run.</summary>
    StoredCollection ReadCollection();
    /// <summary>The last collection run, or null before the first; a reader holding a <see cref="StoredCollection"/>
    /// reads again when its run id changes.</summary>
    CollectionRun? LastCollectionRun();
}

/// <summary>A batch of writes in one transaction. Disposing without committing rolls it back.</summary>
public interface IStoreWriter : IDisposable
{
    StoreOutcome Put(IngestedArticle article, string language);
    void Log(string runId, string source, string level, string message);
    void Commit();
}
