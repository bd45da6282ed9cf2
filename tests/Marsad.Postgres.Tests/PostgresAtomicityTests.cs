using Marsad.Ingest;
using Marsad.Pipeline;
using Marsad.Storage;
using Npgsql;

namespace Marsad.Tests;

/// <summary>A transaction that fails, or whose process dies, leaves nothing half-written in the server store. A worker
/// killed mid-transaction is, to PostgreSQL, a connection that drops: here the test drops it with
/// pg_terminate_backend while the transaction is open.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresAtomicityTests(PostgresServer server) : IDisposable
{
    private readonly TestDatabase database = server.CreateDatabase();

    public void Dispose() => database.Dispose();

    private PostgresDocumentStore Open() => new(database.ConnectionString);

    /// <summary>Ends every session of the test database that is inside a transaction, as a killed worker would.</summary>
    private int KillOpenTransactions() => (int)database.Scalar<long>("""
        SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity
        WHERE datname = current_database() AND state LIKE 'idle in transaction%'
        """);

    private static long PutOne(PostgresDocumentStore store)
    {
        using var writer = store.BeginWrite();
        long id = writer.Put(new IngestedArticle("a.txt", "text", "قال المتحدث إن القوات سيطرت على البلدة بعد معارك عنيفة مع مقاتلي التنظيم."), "ar").DocumentId;
        writer.Commit();
        return id;
    }

    [Fact]
    public void An_ingest_batch_whose_worker_dies_before_commit_stores_nothing()
    {
        using var store = Open();
        var writer = store.BeginWrite();
        writer.Put(new IngestedArticle("a.txt", "text", "الخبر الأول"), "ar");
        writer.Put(new IngestedArticle("b.txt", "text", "الخبر الثاني"), "ar");

        Assert.Equal(1, KillOpenTransactions());
        Assert.ThrowsAny<NpgsqlException>(writer.Commit);
        writer.Dispose();

        Assert.Equal((0, 0, 0), (database.Count("documents"), database.Count("locations"), database.Count("versions")));
    }

    [Fact]
    public void A_document_whose_worker_dies_mid_processing_leaves_nothing_and_is_processed_next_run()
    {
        using var store = Open();
        long id = PutOne(store);
        var writer = store.BeginProcessing();
        writer.SetCleanText(id, "نص منظف");
        writer.PutStageResult(new StageResult(id, StoreProcessor.TextCoreStage, StoreProcessor.TextCoreStageVersion, "{}"));

        Assert.Equal(1, KillOpenTransactions());
        Assert.ThrowsAny<NpgsqlException>(writer.Commit);
        writer.Dispose();

        Assert.Equal(0, database.Count("stage_results"));
        Assert.Null(store.GetDocument(id)!.CleanText);
        Assert.Equal(1, Samples.ProcessDocuments(store).Processed);
    }

    [Fact]
    public void A_processing_transaction_disposed_without_commit_writes_nothing()
    {
        using var store = Open();
        long id = PutOne(store);

        using (var writer = store.BeginProcessing())
        {
            writer.SetCleanText(id, "نص منظف");
            writer.PutStageResult(new StageResult(id, StoreProcessor.DedupStage, StoreProcessor.DedupStageVersion, "{}"));
            writer.Log("run", "a.txt", "note", "half done");
        }

        Assert.Equal((0, 0), (database.Count("stage_results"), database.Count("ingest_log")));
        Assert.Null(store.GetDocument(id)!.CleanText);
    }

    [Fact]
    public void A_collection_replace_that_fails_keeps_the_previous_results()
    {
        using var store = Open();
        Samples.Ingest(store);
        Samples.Process(store);
        var before = store.ReadCollection();
        Assert.NotEmpty(before.AcledRows);
        var broken = new StoredCollection("broken", DateTimeOffset.UtcNow, before.Stories, before.Topics, before.Entities, before.Events,
            before.Quotes, before.Times, before.Numbers, before.Families, before.Syndication, before.EventDates, before.IndependentSources)
        {
            // An ACLED row whose event is not in the collection fails the replace after the old rows were deleted.
            AcledRows = [before.AcledRows[0] with { EventIdCnty = "no-such-event" }],
        };

        // The current state's fingerprint: a replace with an older one would be refused before deleting anything.
        Assert.Throws<InvalidOperationException>(() => store.ReplaceCollection(broken, CollectionProcessor.StageVersion, store.ProcessedFingerprint(), 0));

        var after = store.ReadCollection();
        Assert.Equal(before.RunId, after.RunId);
        Assert.Equal(before.Stories.Select(s => s.Id), after.Stories.Select(s => s.Id));
        Assert.Equal(before.Entities.Count, after.Entities.Count);
    }
}
