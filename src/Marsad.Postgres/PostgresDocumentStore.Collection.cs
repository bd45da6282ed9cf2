using System.Data;
using Npgsql;

namespace Marsad.Storage;

public sealed partial class PostgresDocumentStore
{
    public string ProcessedFingerprint()
    {
        using var connection = Open();
        using var transaction = connection.BeginTransaction(IsolationLevel.RepeatableRead);
        return StoreTables.ProcessedFingerprint(connection);
    }

    public CollectionRun? LastCollectionRun()
    {
        using var connection = Open();
        return LastCollectionRun(connection);
    }

    private static CollectionRun? LastCollectionRun(NpgsqlConnection connection)
    {
        using var command = new NpgsqlCommand(
            "SELECT run_id, stage_version, fingerprint, documents, independent_sources, analysed_at FROM collection_runs ORDER BY id DESC LIMIT 1", connection);
        using var reader = command.ExecuteReader();
        if (!reader.Read()) return null;
        return new CollectionRun(reader.GetString(0), reader.GetInt32(1), reader.GetString(2), reader.GetInt32(3), reader.GetInt32(4), Utc(reader, 5));
    }

    /// <summary>Deletes the old results and copies the new ones in, in one transaction under the collection lock:
    /// readers keep seeing the old run until the commit, and two collection runs never interleave. A run that read
    /// an older state than the stored results' is refused (<see cref="IPipelineStore.ReplaceCollection"/>). The
    /// stories' keys are replaced with them, and the placements made against the old stories are dropped: the new
    /// run clustered those documents in batch.</summary>
    public bool ReplaceCollection(StoredCollection collection, int stageVersion, string fingerprint, int documents)
    {
        using var connection = Open();
        using var transaction = BeginLocked(connection, Locks.Collection);
        if (StoreTables.IsSuperseded(connection, transaction, fingerprint)) return false;
        foreach (var table in (string[])["story_placements", "collection_story_keys", .. StoreTables.CollectionTables])
            using (var delete = new NpgsqlCommand($"DELETE FROM {table}", connection, transaction)) delete.ExecuteNonQuery();
        var keys = new StoreTables.Rows("collection_story_keys", ["key", "story_id", "documents"],
            collection.StoryKeys.Select(k => new object?[] { k.Key, k.Story, k.Documents }).ToList());
        foreach (var rows in StoreTables.CollectionRows(collection).Append(keys))
        {
            if (rows.Values.Count == 0) continue;
            using var importer = connection.BeginBinaryImport($"COPY {rows.Table}({string.Join(", ", rows.Columns)}) FROM STDIN (FORMAT BINARY)");
            // The values are strings, 32-bit ordinals and offsets, and 64-bit document ids: the columns' own types.
            foreach (var values in rows.Values) importer.WriteRow(values);
            importer.Complete();
        }
        using (var run = Command(connection, """
            INSERT INTO collection_runs(run_id, stage_version, fingerprint, documents, independent_sources, analysed_at) VALUES ($1, $2, $3, $4, $5, $6)
            """, collection.RunId, stageVersion, fingerprint, documents, collection.IndependentSources, (collection.AnalysedAt ?? DateTimeOffset.UtcNow).UtcDateTime))
            run.ExecuteNonQuery();
        transaction.Commit();
        return true;
    }

    /// <summary>The last run's results, read in one snapshot so that a run committed meanwhile is seen whole or not at all.</summary>
    public StoredCollection ReadCollection()
    {
        using var connection = Open();
        using var transaction = connection.BeginTransaction(IsolationLevel.RepeatableRead);
        return LastCollectionRun(connection) is { } run
            ? StoreTables.ReadCollection(run, sql => StoreTables.ReadPairs(connection, sql))
            : StoredCollection.Empty;
    }

    public IReadOnlyList<string> EntityIdsOf(long documentId) => Query(
        "SELECT entity_id FROM collection_mentions WHERE document_id = $1 GROUP BY entity_id ORDER BY COUNT(*) DESC, entity_id",
        r => r.GetString(0), documentId);
}
