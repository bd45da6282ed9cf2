using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage;

/// <summary>What one collection run saw and when (see <see cref="IPipelineStore.ReplaceCollection"/>).</summary>
/// <param name="Fingerprint">What the run's input was (see <see cref="IPipelineStore.ProcessedFingerprint"/>): a run
/// over the same input would write the same results, so it is skipped.</param>
public sealed record CollectionRun(string RunId, int StageVersion, string Fingerprint, int Documents, int IndependentSources, DateTimeOffset AnalysedAt);

public sealed partial class SqliteDocumentStore
{
    /// <summary>A summary of what the per-document stages have finished: the documents with a dedup result and the
    /// links between them. It changes whenever a document is processed, and only then.</summary>
    public string ProcessedFingerprint() => StoreTables.ProcessedFingerprint(connection);

    /// <summary>The last collection run, or null when none has happened.</summary>
    public CollectionRun? LastCollectionRun()
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT run_id, stage_version, fingerprint, documents, independent_sources, analysed_at FROM collection_runs ORDER BY id DESC LIMIT 1";
        using var reader = command.ExecuteReader();
        if (!reader.Read()) return null;
        return new CollectionRun(reader.GetString(0), reader.GetInt32(1), reader.GetString(2), reader.GetInt32(3), reader.GetInt32(4),
            ParseDate(reader[5]) ?? default);
    }

    /// <summary>Replaces the collection results with <paramref name="collection"/> in one transaction: readers see the
    /// old results or the new, never a mix, and a failure leaves the old ones in place; refused when newer results
    /// are stored (<see cref="IPipelineStore.ReplaceCollection"/>). The story keys are the server store's (its
    /// candidate lookup); the embedded store clusters in memory and does not keep them.</summary>
    public bool ReplaceCollection(StoredCollection collection, int stageVersion, string fingerprint, int documents)
    {
        using var transaction = connection.BeginTransaction();
        if (StoreTables.IsSuperseded(connection, transaction, fingerprint)) return false;
        foreach (var table in StoreTables.CollectionTables) Run(transaction, $"DELETE FROM {table}");
        foreach (var rows in StoreTables.CollectionRows(collection))
        {
            var placeholders = string.Join(", ", rows.Columns.Select((_, i) => "$" + i));
            using var insert = Prepare(transaction, $"INSERT INTO {rows.Table}({string.Join(", ", rows.Columns)}) VALUES ({placeholders})", rows.Columns.Count);
            foreach (var values in rows.Values) Exec(insert, values);
        }
        using (var run = Prepare(transaction, "INSERT INTO collection_runs(run_id, stage_version, fingerprint, documents, independent_sources, analysed_at) VALUES ($0, $1, $2, $3, $4, $5)", 6))
            Exec(run, collection.RunId, stageVersion, fingerprint, documents, collection.IndependentSources,
                (collection.AnalysedAt ?? DateTimeOffset.UtcNow).ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture));
        transaction.Commit();
        return true;
    }

    /// <summary>The results of the last collection run (<see cref="StoredCollection.Empty"/> before the first). A full
    /// read: callers that serve many requests keep it and read again when <see cref="LastCollectionRun"/> changes.</summary>
    public StoredCollection ReadCollection() =>
        LastCollectionRun() is { } run ? StoreTables.ReadCollection(run, sql => StoreTables.ReadPairs(connection, sql)) : StoredCollection.Empty;

    /// <summary>Ids of the collection entities mentioned in one document, most mentioned first.</summary>
    public IReadOnlyList<string> EntityIdsOf(long documentId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT entity_id FROM collection_mentions WHERE document_id = $d GROUP BY entity_id ORDER BY COUNT(*) DESC, entity_id";
        command.Parameters.AddWithValue("$d", documentId);
        return ReadStrings(command);
    }

    private void Run(SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private SqliteCommand Prepare(SqliteTransaction transaction, string sql, int parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        for (int i = 0; i < parameters; i++) command.Parameters.Add(new SqliteParameter { ParameterName = "$" + i });
        command.Prepare();
        return command;
    }

    private static void Exec(SqliteCommand command, params object?[] values)
    {
        for (int i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
        command.ExecuteNonQuery();
    }
}
