using Microsoft.Data.Sqlite;

namespace Marsad.Storage;

public sealed partial class SqliteDocumentStore
{
    /// <summary>Schema migrations in order; each runs once, in its own transaction, and records its number in
    /// schema_version. Never edit a released script: add the next one.</summary>
    internal static readonly IReadOnlyList<(int Version, string Sql)> Migrations =
    [
        (1, """
            CREATE TABLE sources (
                id INTEGER PRIMARY KEY,
                locator TEXT NOT NULL UNIQUE,
                kind TEXT NOT NULL,
                etag TEXT,
                last_modified TEXT,
                checked_at TEXT NOT NULL
            );
            CREATE TABLE documents (
                id INTEGER PRIMARY KEY,
                content_hash BLOB NOT NULL UNIQUE,
                format TEXT NOT NULL,
                text TEXT NOT NULL,
                raw BLOB,
                title TEXT,
                published TEXT,
                language TEXT NOT NULL,
                metadata TEXT NOT NULL,
                clean_text TEXT,
                ingested_at TEXT NOT NULL
            );
            CREATE TABLE locations (
                id INTEGER PRIMARY KEY,
                locator TEXT NOT NULL UNIQUE,
                current_document_id INTEGER NOT NULL REFERENCES documents(id),
                current_version INTEGER NOT NULL,
                first_seen TEXT NOT NULL
            );
            CREATE TABLE versions (
                location_id INTEGER NOT NULL REFERENCES locations(id),
                version INTEGER NOT NULL,
                document_id INTEGER NOT NULL REFERENCES documents(id),
                seen_at TEXT NOT NULL,
                PRIMARY KEY (location_id, version)
            ) WITHOUT ROWID;
            CREATE INDEX versions_by_document ON versions(document_id, location_id);
            CREATE TABLE ingest_log (
                id INTEGER PRIMARY KEY,
                run_id TEXT NOT NULL,
                at TEXT NOT NULL,
                source TEXT NOT NULL,
                level TEXT NOT NULL,
                message TEXT NOT NULL
            );
            CREATE TABLE stage_results (
                document_id INTEGER NOT NULL REFERENCES documents(id),
                stage TEXT NOT NULL,
                stage_version INTEGER NOT NULL,
                payload TEXT NOT NULL,
                created_at TEXT NOT NULL,
                PRIMARY KEY (document_id, stage, stage_version)
            ) WITHOUT ROWID;
            """),
        // Dedup state, so that a new article is checked against everything processed before (see eval/dedup/README.md, "In the store").
        (2, """
            CREATE TABLE dedup_documents (
                seq INTEGER PRIMARY KEY,
                document_id INTEGER NOT NULL UNIQUE REFERENCES documents(id),
                exact_key INTEGER NOT NULL,
                exact_copy_of INTEGER REFERENCES documents(id),
                signature BLOB,
                word_count INTEGER NOT NULL,
                agencies TEXT NOT NULL,
                sentences BLOB NOT NULL
            );
            CREATE INDEX dedup_documents_by_exact_key ON dedup_documents(exact_key) WHERE exact_copy_of IS NULL;
            CREATE TABLE dedup_bands (
                band INTEGER NOT NULL,
                key INTEGER NOT NULL,
                seq INTEGER NOT NULL REFERENCES dedup_documents(seq),
                PRIMARY KEY (band, key, seq)
            ) WITHOUT ROWID;
            CREATE TABLE dedup_seeds (
                seed INTEGER NOT NULL,
                seq INTEGER NOT NULL REFERENCES dedup_documents(seq),
                position INTEGER NOT NULL,
                PRIMARY KEY (seed, seq, position)
            ) WITHOUT ROWID;
            CREATE TABLE dedup_relations (
                id INTEGER PRIMARY KEY,
                document_id INTEGER NOT NULL REFERENCES documents(id),
                other_id INTEGER NOT NULL REFERENCES documents(id),
                kind TEXT NOT NULL,
                similarity REAL NOT NULL,
                UNIQUE (document_id, other_id)
            );
            CREATE INDEX dedup_relations_by_other ON dedup_relations(other_id);
            CREATE TABLE dedup_passages (id INTEGER PRIMARY KEY);
            CREATE TABLE dedup_passage_locations (
                id INTEGER PRIMARY KEY,
                passage_id INTEGER NOT NULL REFERENCES dedup_passages(id),
                document_id INTEGER NOT NULL REFERENCES documents(id),
                start_offset INTEGER NOT NULL,
                end_offset INTEGER NOT NULL
            );
            CREATE INDEX dedup_passage_locations_by_document ON dedup_passage_locations(document_id);
            CREATE INDEX dedup_passage_locations_by_passage ON dedup_passage_locations(passage_id);
            """),
        // The collection stage's results (entities, facts, stories, topics), replaced whole by each collection run.
        // Payloads are the report's own records as JSON; the columns beside them are what queries filter and sort on.
        (3, """
            CREATE TABLE collection_runs (
                id INTEGER PRIMARY KEY,
                run_id TEXT NOT NULL UNIQUE,
                stage_version INTEGER NOT NULL,
                fingerprint TEXT NOT NULL,
                documents INTEGER NOT NULL,
                independent_sources INTEGER NOT NULL,
                analysed_at TEXT NOT NULL
            );
            CREATE TABLE collection_entities (
                entity_id TEXT PRIMARY KEY,
                ordinal INTEGER NOT NULL,
                type TEXT NOT NULL,
                name TEXT NOT NULL,
                mentions INTEGER NOT NULL,
                payload TEXT NOT NULL
            ) WITHOUT ROWID;
            CREATE INDEX collection_entities_by_type ON collection_entities(type, mentions);
            CREATE TABLE collection_mentions (
                id INTEGER PRIMARY KEY,
                entity_id TEXT NOT NULL REFERENCES collection_entities(entity_id),
                document_id INTEGER NOT NULL REFERENCES documents(id),
                start_offset INTEGER NOT NULL,
                end_offset INTEGER NOT NULL
            );
            CREATE INDEX collection_mentions_by_document ON collection_mentions(document_id);
            CREATE INDEX collection_mentions_by_entity ON collection_mentions(entity_id);
            CREATE TABLE collection_facts (
                id INTEGER PRIMARY KEY,
                kind TEXT NOT NULL,
                document_id INTEGER NOT NULL REFERENCES documents(id),
                start_offset INTEGER NOT NULL,
                end_offset INTEGER NOT NULL,
                payload TEXT NOT NULL
            );
            CREATE INDEX collection_facts_by_document ON collection_facts(document_id, kind);
            CREATE INDEX collection_facts_by_kind ON collection_facts(kind, id);
            CREATE TABLE collection_stories (
                story_id TEXT PRIMARY KEY,
                ordinal INTEGER NOT NULL,
                topic_id TEXT,
                first_date TEXT,
                last_date TEXT,
                independent_sources INTEGER NOT NULL,
                payload TEXT NOT NULL
            ) WITHOUT ROWID;
            CREATE TABLE collection_story_documents (
                story_id TEXT NOT NULL REFERENCES collection_stories(story_id),
                document_id INTEGER NOT NULL REFERENCES documents(id),
                PRIMARY KEY (story_id, document_id)
            ) WITHOUT ROWID;
            CREATE INDEX collection_story_documents_by_document ON collection_story_documents(document_id);
            CREATE TABLE collection_topics (
                topic_id TEXT PRIMARY KEY,
                ordinal INTEGER NOT NULL,
                payload TEXT NOT NULL
            ) WITHOUT ROWID;
            CREATE TABLE collection_groups (
                id INTEGER PRIMARY KEY,
                kind TEXT NOT NULL,
                payload TEXT NOT NULL
            );
            CREATE TABLE collection_documents (
                document_id INTEGER PRIMARY KEY REFERENCES documents(id),
                event_date TEXT
            );
            """),
    ];

    public static int LatestSchemaVersion => Migrations[^1].Version;

    private static void Migrate(SqliteConnection connection)
    {
        Execute(connection, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)");
        using var read = connection.CreateCommand();
        read.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version";
        var current = Convert.ToInt32(read.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        if (current > LatestSchemaVersion)
            throw new InvalidOperationException($"database schema version {current} is newer than this program knows ({LatestSchemaVersion})");
        foreach (var (version, sql) in Migrations.Where(m => m.Version > current).OrderBy(m => m.Version))
        {
            using var transaction = connection.BeginTransaction();
            Execute(connection, sql, transaction);
            using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_version(version, applied_at) VALUES ($v, $at)";
            record.Parameters.AddWithValue("$v", version);
            record.Parameters.AddWithValue("$at", Now());
            record.ExecuteNonQuery();
            transaction.Commit();
        }
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
