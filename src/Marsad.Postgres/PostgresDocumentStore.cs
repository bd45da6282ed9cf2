using System.Data;
using System.Data.Common;
using System.Text.Json;
using Marsad.Ingest;
using Npgsql;

namespace Marsad.Storage;

/// <summary>
/// The server store: the same collection as <see cref="SqliteDocumentStore"/> in a PostgreSQL database, so that
/// several processes on several machines can ingest into it, deduplicate and analyse against all of it, and search it.
/// Schema migrated on open (<see cref="Migrations"/>). Every call takes a pooled connection of its own; writers hold
/// theirs for their transaction. Steps whose answer depends on what came before (ingest's content lookup, dedup's
/// order of addition, replacing the collection) are serialised across processes by transaction-scoped advisory locks.
/// </summary>
public sealed partial class PostgresDocumentStore : IPipelineStore
{
    private readonly NpgsqlDataSource dataSource;

    /// <summary>Advisory lock keys, one per step that must not interleave across workers.</summary>
    private static class Locks
    {
        public const long Migration = 0x4D5253_01, Ingest = 0x4D5253_02, Dedup = 0x4D5253_03, Collection = 0x4D5253_04;
    }

    /// <param name="connectionString">Npgsql key=value pairs (see <see cref="StoreFactory.ConnectionString"/> for URLs).</param>
    public PostgresDocumentStore(string connectionString)
    {
        // Statements repeat per article and per dedup lookup: let Npgsql prepare them server-side once used twice.
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = 64, AutoPrepareMinUsages = 2 };
        dataSource = NpgsqlDataSource.Create(builder);
        using var connection = dataSource.OpenConnection();
        Migrate(connection);
    }

    /// <summary>The database this store is in (host, port and name; no credentials), for messages.</summary>
    public string Describe() => Describe(dataSource.ConnectionString);

    internal static string Describe(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return $"postgres://{builder.Host}:{builder.Port}/{builder.Database}";
    }

    private NpgsqlConnection Open() => dataSource.OpenConnection();

    /// <summary>One round trip to the server (readiness probes); throws when it does not answer.</summary>
    public async Task PingAsync(CancellationToken cancel)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancel).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("SELECT 1", connection);
        await command.ExecuteScalarAsync(cancel).ConfigureAwait(false);
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, params object?[] values)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var value in values) command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        return command;
    }

    private T? Scalar<T>(string sql, params object?[] values)
    {
        using var connection = Open();
        using var command = Command(connection, sql, values);
        return command.ExecuteScalar() is T value ? value : default;
    }

    private void NonQuery(string sql, params object?[] values)
    {
        using var connection = Open();
        using var command = Command(connection, sql, values);
        command.ExecuteNonQuery();
    }

    private List<T> Query<T>(string sql, Func<NpgsqlDataReader, T> read, params object?[] values)
    {
        using var connection = Open();
        using var command = Command(connection, sql, values);
        using var reader = command.ExecuteReader();
        var list = new List<T>();
        while (reader.Read()) list.Add(read(reader));
        return list;
    }

    /// <summary>Publication dates as the embedded store keeps them: to the second, with the offset the source gave.</summary>
    internal static (DateTime? Utc, short? OffsetMinutes) Published(DateTimeOffset? date) => date is { } d
        ? (new DateTime(d.UtcTicks - d.UtcTicks % TimeSpan.TicksPerSecond, DateTimeKind.Utc), (short)d.Offset.TotalMinutes)
        : (null, null);

    /// <summary>Reads (published, published_offset) at <paramref name="index"/> and the column after it.</summary>
    internal static DateTimeOffset? ReadPublished(DbDataReader reader, int index) => reader.IsDBNull(index) ? null
        : new DateTimeOffset(reader.GetFieldValue<DateTime>(index), TimeSpan.Zero).ToOffset(TimeSpan.FromMinutes(reader.GetInt16(index + 1)));

    private static DateTimeOffset Utc(DbDataReader reader, int index) => new(reader.GetFieldValue<DateTime>(index), TimeSpan.Zero);

    private static string? NullableString(DbDataReader reader, int index) => reader.IsDBNull(index) ? null : reader.GetString(index);

    public IStoreWriter BeginWrite() => new Writer(Open());

    public long CountDocuments() => Scalar<long>("SELECT COUNT(*) FROM documents");

    public StoredDocument? GetDocument(long id) => QueryDocuments("WHERE id = $1", id).FirstOrDefault();

    public IEnumerable<StoredDocument> ReadDocuments() => QueryDocuments("ORDER BY id");

    // Streamed, not listed: ReadDocuments may be every document of a large collection.
    private IEnumerable<StoredDocument> QueryDocuments(string tail, params object?[] values)
    {
        using var connection = Open();
        using var command = Command(connection,
            "SELECT id, content_hash, format, text, raw, title, published, published_offset, language, metadata::text, clean_text, ingested_at FROM documents " + tail,
            values);
        using var reader = command.ExecuteReader();
        while (reader.Read())
            yield return new StoredDocument(reader.GetInt64(0), Convert.ToHexStringLower((byte[])reader[1]), reader.GetString(2), reader.GetString(3),
                reader.IsDBNull(4) ? null : (byte[])reader[4], NullableString(reader, 5), ReadPublished(reader, 6), reader.GetString(8),
                CompactJson(reader.GetString(9)), NullableString(reader, 10), Utc(reader, 11));
    }

    // jsonb gives its own spacing back; callers get the compact form the embedded store keeps.
    private static string CompactJson(string json)
    {
        using var document = JsonDocument.Parse(json);
        return JsonSerializer.Serialize(document.RootElement, CompactOptions);
    }

    private static readonly JsonSerializerOptions CompactOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public IReadOnlyList<string> GetLocations(long documentId) => Query("""
        SELECT l.locator FROM versions v JOIN locations l ON l.id = v.location_id
        WHERE v.document_id = $1 GROUP BY l.id ORDER BY MIN(v.seen_at), l.id
        """, r => r.GetString(0), documentId);

    public IReadOnlyList<DocumentVersion> GetVersions(string locator) => Query("""
        SELECT v.version, v.document_id, v.seen_at FROM versions v JOIN locations l ON l.id = v.location_id
        WHERE l.locator = $1 ORDER BY v.version
        """, r => new DocumentVersion(locator, r.GetInt32(0), r.GetInt64(1), Utc(r, 2)), locator);

    public IReadOnlyList<IngestLogEntry> ReadLog(string? runId = null) => Query(
        "SELECT id, run_id, at, source, level, message FROM ingest_log" + (runId is null ? "" : " WHERE run_id = $1") + " ORDER BY id",
        r => new IngestLogEntry(r.GetInt64(0), r.GetString(1), Utc(r, 2), r.GetString(3), r.GetString(4), r.GetString(5)),
        runId is null ? [] : [runId]);

    public Validators? GetValidators(string feedLocator) => Query(
        "SELECT etag, last_modified FROM sources WHERE locator = $1 AND (etag IS NOT NULL OR last_modified IS NOT NULL)",
        r => new Validators(NullableString(r, 0), NullableString(r, 1)), feedLocator).FirstOrDefault();

    public void SetValidators(string feedLocator, Validators validators) => NonQuery("""
        INSERT INTO sources(locator, kind, etag, last_modified, checked_at) VALUES ($1, 'feed', $2, $3, now())
        ON CONFLICT(locator) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, checked_at = excluded.checked_at
        """, feedLocator, validators.ETag, validators.LastModified);

    public void SetCleanText(long documentId, string cleanText) =>
        NonQuery("UPDATE documents SET clean_text = $2 WHERE id = $1", documentId, cleanText);

    private const string PutStageResultSql = """
        INSERT INTO stage_results(document_id, stage, stage_version, payload, created_at) VALUES ($1, $2, $3, $4::jsonb, now())
        ON CONFLICT(document_id, stage, stage_version) DO UPDATE SET payload = excluded.payload, created_at = excluded.created_at
        """;

    public void PutStageResult(StageResult result) =>
        NonQuery(PutStageResultSql, result.DocumentId, result.Stage, result.StageVersion, result.PayloadJson);

    public StageResult? GetStageResult(long documentId, string stage) => Query(
        "SELECT stage_version, payload::text FROM stage_results WHERE document_id = $1 AND stage = $2 ORDER BY stage_version DESC LIMIT 1",
        r => new StageResult(documentId, stage, r.GetInt32(0), CompactJson(r.GetString(1))), documentId, stage).FirstOrDefault();

    public IReadOnlyList<long> DocumentsWithoutStageResult(string stage, int stageVersion) => Query("""
        SELECT id FROM documents d WHERE NOT EXISTS (
            SELECT 1 FROM stage_results s WHERE s.document_id = d.id AND s.stage = $1 AND s.stage_version = $2)
        ORDER BY id
        """, r => r.GetInt64(0), stage, stageVersion);

    public void Dispose() => dataSource.Dispose();

    /// <summary>A transaction on its own connection that first takes <paramref name="lockKey"/> (released at its end).</summary>
    private static NpgsqlTransaction BeginLocked(NpgsqlConnection connection, long lockKey, IsolationLevel isolation = IsolationLevel.ReadCommitted)
    {
        var transaction = connection.BeginTransaction(isolation);
        using var command = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({lockKey})", connection, transaction);
        command.ExecuteNonQuery();
        return transaction;
    }
}
