using System.Globalization;
using Marsad.Stories;
using Npgsql;

namespace Marsad.Storage;

public sealed partial class PostgresDocumentStore : IStoryIndex
{
    /// <summary>One round trip: the last run and its story count, then the keys' story counts from the (key, story)
    /// index with the stories of the rare ones and their last dates. Under the collection lock in shared mode, so a
    /// run being replaced is seen whole or not at all.</summary>
    public StoryLookup LookUpStories(IReadOnlyList<string> keys, int maxStoriesPerKey)
    {
        using var connection = Open();
        using var transaction = connection.BeginTransaction();
        using (var share = new NpgsqlCommand($"SELECT pg_advisory_xact_lock_shared({Locks.Collection})", connection, transaction)) share.ExecuteNonQuery();
        using var batch = new NpgsqlBatch(connection, transaction);
        batch.BatchCommands.Add(new NpgsqlBatchCommand(
            "SELECT run_id, (SELECT COUNT(*) FROM collection_stories) FROM collection_runs ORDER BY id DESC LIMIT 1"));
        var hitsCommand = new NpgsqlBatchCommand("""
            WITH n AS (SELECT key, COUNT(*) AS stories FROM collection_story_keys WHERE key = ANY($1) GROUP BY key)
            SELECT n.key, n.stories, k.story_id, s.last_date
            FROM n LEFT JOIN (collection_story_keys k JOIN collection_stories s ON s.story_id = k.story_id)
                ON k.key = n.key AND n.stories <= $2
            ORDER BY n.key, k.story_id
            """);
        hitsCommand.Parameters.Add(new NpgsqlParameter { Value = keys.ToArray() });
        hitsCommand.Parameters.Add(new NpgsqlParameter { Value = maxStoriesPerKey });
        batch.BatchCommands.Add(hitsCommand);
        string runId = "";
        int stories = 0;
        var hits = new List<StoryKeyHit>();
        using (var reader = batch.ExecuteReader())
        {
            if (reader.Read()) (runId, stories) = (reader.GetString(0), (int)reader.GetInt64(1));
            reader.NextResult();
            while (reader.Read())
                hits.Add(new StoryKeyHit(reader.GetString(0), (int)reader.GetInt64(1), NullableString(reader, 2),
                    reader.IsDBNull(3) ? null : DateTimeOffset.Parse(reader.GetString(3), CultureInfo.InvariantCulture)));
        }
        transaction.Commit();
        return runId.Length == 0 ? StoryLookup.Empty : new StoryLookup(runId, stories, hits);
    }

    public bool PutPlacement(long documentId, string runId, StoryMatch match)
    {
        using var connection = Open();
        using var transaction = connection.BeginTransaction();
        using (var share = new NpgsqlCommand($"SELECT pg_advisory_xact_lock_shared({Locks.Collection})", connection, transaction)) share.ExecuteNonQuery();
        using var command = Command(connection, """
            INSERT INTO story_placements(document_id, run_id, story_id, score, placed_at)
            SELECT $1, $2, $3, $4, now() WHERE $2 = (SELECT run_id FROM collection_runs ORDER BY id DESC LIMIT 1)
            ON CONFLICT(document_id) DO UPDATE SET run_id = excluded.run_id, story_id = excluded.story_id, score = excluded.score, placed_at = excluded.placed_at
            """, documentId, runId, match.Story, match.Score);
        command.Transaction = transaction;
        bool written = command.ExecuteNonQuery() == 1;
        transaction.Commit();
        return written;
    }

    public IReadOnlyList<StoredPlacement> Placements() => Query(
        "SELECT document_id, run_id, story_id, score FROM story_placements ORDER BY document_id",
        r => new StoredPlacement(r.GetInt64(0), r.GetString(1), NullableString(r, 2), r.GetDouble(3)));
}
