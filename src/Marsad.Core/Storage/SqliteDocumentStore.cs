using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Marsad.Ingest;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage;

/// <summary>The embedded store: one SQLite file in WAL mode (readers never block the writer, and a killed process
/// leaves the last committed transaction intact), schema migrated on open.</summary>
public sealed partial class SqliteDocumentStore : IPipelineStore
{
    private readonly SqliteConnection connection;
    private readonly Stopwatch sqliteTime = new();

    public string Path { get; }

    /// <summary>Time spent inside SQLite calls by writers of this store (for the ingest benchmark).</summary>
    public TimeSpan SqliteTime => sqliteTime.Elapsed;

    public SqliteDocumentStore(string path)
    {
        Path = path;
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, Mode = SqliteOpenMode.ReadWriteCreate };
        connection = new SqliteConnection(builder.ToString());
        connection.Open();
        // WAL: a crash loses at most the transaction in flight; NORMAL sync is durable across process kills in WAL mode.
        // A 64 MB page cache (default 2 MB): dedup probes the passage-seed index at scattered keys for every document.
        Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000; PRAGMA cache_size=-65536;");
        Migrate(connection);
    }

    /// <summary>Deletes a store file with its WAL and shared-memory companions.</summary>
    public static void DeleteFiles(string path)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            if (File.Exists(path + suffix)) File.Delete(path + suffix);
    }

    internal static string Now() => DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);

    private static string? Format(DateTimeOffset? date) => date?.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);

    private static DateTimeOffset? ParseDate(object value) =>
        value is string s && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d : null;

    public IStoreWriter BeginWrite() => new Writer(this);

    public long CountDocuments() => (long)Scalar("SELECT COUNT(*) FROM documents")!;

    public StoredDocument? GetDocument(long id) => QueryDocuments("WHERE id = $id", ("$id", id)).FirstOrDefault();

    public IEnumerable<StoredDocument> ReadDocuments() => QueryDocuments("ORDER BY id");

    private IEnumerable<StoredDocument> QueryDocuments(string tail, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, content_hash, format, text, raw, title, published, language, metadata, clean_text, ingested_at FROM documents " + tail;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return new StoredDocument(
                reader.GetInt64(0), Convert.ToHexStringLower((byte[])reader[1]), reader.GetString(2), reader.GetString(3),
                reader.IsDBNull(4) ? null : (byte[])reader[4], reader.IsDBNull(5) ? null : reader.GetString(5),
                ParseDate(reader[6]), reader.GetString(7), reader.GetString(8), reader.IsDBNull(9) ? null : reader.GetString(9),
                ParseDate(reader[10]) ?? default);
        }
    }

    public IReadOnlyList<string> GetLocations(long documentId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT l.locator FROM versions v JOIN locations l ON l.id = v.location_id
            WHERE v.document_id = $d GROUP BY l.id ORDER BY MIN(v.seen_at), l.id
            """;
        command.Parameters.AddWithValue("$d", documentId);
        return ReadStrings(command);
    }

    public IReadOnlyList<DocumentVersion> GetVersions(string locator)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT v.version, v.document_id, v.seen_at FROM versions v JOIN locations l ON l.id = v.location_id
            WHERE l.locator = $l ORDER BY v.version
            """;
        command.Parameters.AddWithValue("$l", locator);
        using var reader = command.ExecuteReader();
        var list = new List<DocumentVersion>();
        while (reader.Read()) list.Add(new DocumentVersion(locator, reader.GetInt32(0), reader.GetInt64(1), ParseDate(reader[2]) ?? default));
        return list;
    }

    public IReadOnlyList<IngestLogEntry> ReadLog(string? runId = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, run_id, at, source, level, message FROM ingest_log"
            + (runId is null ? "" : " WHERE run_id = $r") + " ORDER BY id";
        if (runId is not null) command.Parameters.AddWithValue("$r", runId);
        using var reader = command.ExecuteReader();
        var list = new List<IngestLogEntry>();
        while (reader.Read())
            list.Add(new IngestLogEntry(reader.GetInt64(0), reader.GetString(1), ParseDate(reader[2]) ?? default, reader.GetString(3), reader.GetString(4), reader.GetString(5)));
        return list;
    }

    public Validators? GetValidators(string feedLocator)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT etag, last_modified FROM sources WHERE locator = $l";
        command.Parameters.AddWithValue("$l", feedLocator);
        using var reader = command.ExecuteReader();
        if (!reader.Read() || (reader.IsDBNull(0) && reader.IsDBNull(1))) return null;
        return new Validators(reader.IsDBNull(0) ? null : reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1));
    }

    public void SetValidators(string feedLocator, Validators validators)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO sources(locator, kind, etag, last_modified, checked_at) VALUES ($l, 'feed', $e, $m, $at)
            ON CONFLICT(locator) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, checked_at = excluded.checked_at
            """;
        command.Parameters.AddWithValue("$l", feedLocator);
        command.Parameters.AddWithValue("$e", (object?)validators.ETag ?? DBNull.Value);
        command.Parameters.AddWithValue("$m", (object?)validators.LastModified ?? DBNull.Value);
        command.Parameters.AddWithValue("$at", Now());
        command.ExecuteNonQuery();
    }

    public void SetCleanText(long documentId, string cleanText)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE documents SET clean_text = $c WHERE id = $id";
        command.Parameters.AddWithValue("$c", cleanText);
        command.Parameters.AddWithValue("$id", documentId);
        command.ExecuteNonQuery();
    }

    public void PutStageResult(StageResult result)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO stage_results(document_id, stage, stage_version, payload, created_at) VALUES ($d, $s, $v, $p, $at)
            ON CONFLICT(document_id, stage, stage_version) DO UPDATE SET payload = excluded.payload, created_at = excluded.created_at
            """;
        command.Parameters.AddWithValue("$d", result.DocumentId);
        command.Parameters.AddWithValue("$s", result.Stage);
        command.Parameters.AddWithValue("$v", result.StageVersion);
        command.Parameters.AddWithValue("$p", result.PayloadJson);
        command.Parameters.AddWithValue("$at", Now());
        command.ExecuteNonQuery();
    }

    public StageResult? GetStageResult(long documentId, string stage)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT stage_version, payload FROM stage_results WHERE document_id = $d AND stage = $s ORDER BY stage_version DESC LIMIT 1";
        command.Parameters.AddWithValue("$d", documentId);
        command.Parameters.AddWithValue("$s", stage);
        using var reader = command.ExecuteReader();
        return reader.Read() ? new StageResult(documentId, stage, reader.GetInt32(0), reader.GetString(1)) : null;
    }

    /// <summary>Runs PRAGMA integrity_check and returns its answer ("ok" when the file is sound).</summary>
    public string IntegrityCheck() => (string)Scalar("PRAGMA integrity_check")!;

    private object? Scalar(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static List<string> ReadStrings(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        var list = new List<string>();
        while (reader.Read()) list.Add(reader.GetString(0));
        return list;
    }

    public void Dispose() => connection.Dispose();

    /// <summary>An article's metadata as both stores keep it (see <see cref="IngestedArticle.Metadata"/>).</summary>
    public static string MetadataJson(IngestedArticle article) => JsonSerializer.Serialize(article.Metadata(), JsonOptions);

    // Arabic stays readable (and a third the size) instead of \uXXXX escapes.
    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
