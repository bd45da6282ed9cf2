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
