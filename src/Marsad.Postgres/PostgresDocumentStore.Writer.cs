using Marsad.Ingest;
using Npgsql;
using NpgsqlTypes;

namespace Marsad.Storage;

public sealed partial class PostgresDocumentStore
{
    /// <summary>
    /// One ingest batch. <see cref="Put"/> answers at once (ids come from the tables' sequences, reserved in blocks)
    /// but only looks up: the new documents, locations, versions and log lines are kept and written at
    /// <see cref="Commit"/> by binary COPY, one stream per table, so a batch costs one lookup per article and a few
    /// round trips in all. The ingest lock is held from the start, so two ingesters never store the same content twice.
    /// </summary>
    private sealed class Writer : IStoreWriter
    {
        private const int IdBlock = 64;

        private readonly NpgsqlConnection connection;
        private readonly NpgsqlTransaction transaction;
        private readonly Dictionary<string, long> batchDocuments = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Location> batchLocations = new(StringComparer.Ordinal);
        private readonly List<object?[]> documents = [], versions = [], log = [];
        private readonly Dictionary<string, Queue<long>> reserved = new(StringComparer.Ordinal);
        private bool done;

        /// <summary>A location as this batch leaves it; <see cref="Stored"/> when it is already in the table.</summary>
        private sealed record Location(long Id, long Document, int Version, DateTime FirstSeen, bool Stored, string Locator);

        public Writer(NpgsqlConnection connection)
        {
            this.connection = connection;
            transaction = BeginLocked(connection, Locks.Ingest);
        }

        private long NextId(string table)
        {
            if (!reserved.TryGetValue(table, out var ids)) reserved[table] = ids = new Queue<long>();
            if (ids.Count == 0)
            {
                using var command = new NpgsqlCommand(
                    $"SELECT nextval(pg_get_serial_sequence('{table}', 'id')) FROM generate_series(1, {IdBlock})", connection, transaction);
                using var reader = command.ExecuteReader();
                while (reader.Read()) ids.Enqueue(reader.GetInt64(0));
            }
            return ids.Dequeue();
        }

        public StoreOutcome Put(IngestedArticle article, string language)
        {
            var hash = ContentHash.Of(article.Text);
            var key = Convert.ToHexStringLower(hash);
            var now = DateTime.UtcNow;
            batchDocuments.TryGetValue(key, out long documentId);
            batchLocations.TryGetValue(article.Locator, out var location);
            if (documentId == 0 || location is null)
            {
                using var lookup = Command(connection, """
                    SELECT (SELECT id FROM documents WHERE content_hash = $1), l.id, l.current_document_id, l.current_version, l.first_seen
                    FROM (VALUES (1)) AS one(x) LEFT JOIN locations l ON l.locator = $2
                    """, hash, article.Locator);
                using var reader = lookup.ExecuteReader();
                reader.Read();
                if (documentId == 0 && !reader.IsDBNull(0)) documentId = reader.GetInt64(0);
                if (location is null && !reader.IsDBNull(1))
                    location = new Location(reader.GetInt64(1), reader.GetInt64(2), reader.GetInt32(3), reader.GetFieldValue<DateTime>(4), Stored: true, article.Locator);
            }

            bool newDocument = documentId == 0;
            if (newDocument)
            {
                documentId = NextId("documents");
                batchDocuments[key] = documentId;
                var (published, offset) = Published(article.Published);
                documents.Add([documentId, hash, article.Format, article.Text, article.Raw, article.Title, published, offset, language,
                    SqliteDocumentStore.MetadataJson(article), now]);
            }

            if (location is null)
            {
                batchLocations[article.Locator] = new Location(NextId("locations"), documentId, 1, now, Stored: false, article.Locator);
                versions.Add([batchLocations[article.Locator].Id, 1, documentId, now]);
                return new StoreOutcome(documentId, newDocument ? StoreStatus.Stored : StoreStatus.NewLocation, 1);
            }
            if (location.Document == documentId) return new StoreOutcome(documentId, StoreStatus.Unchanged, location.Version);
            var moved = location with { Document = documentId, Version = location.Version + 1 };
            batchLocations[article.Locator] = moved;
            versions.Add([moved.Id, moved.Version, documentId, now]);
            return new StoreOutcome(documentId, StoreStatus.NewVersion, moved.Version);
        }

        public void Log(string runId, string source, string level, string message) => log.Add([runId, DateTime.UtcNow, source, level, message]);

        public void Commit()
        {
            Copy(connection, "documents(id, content_hash, format, text, raw, title, published, published_offset, language, metadata, ingested_at)",
                [NpgsqlDbType.Bigint, NpgsqlDbType.Bytea, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Bytea, NpgsqlDbType.Text,
                 NpgsqlDbType.TimestampTz, NpgsqlDbType.Smallint, NpgsqlDbType.Text, NpgsqlDbType.Jsonb, NpgsqlDbType.TimestampTz], documents);
            var locations = batchLocations.Values.ToList();
            Copy(connection, "locations(id, locator, current_document_id, current_version, first_seen)",
                [NpgsqlDbType.Bigint, NpgsqlDbType.Text, NpgsqlDbType.Bigint, NpgsqlDbType.Integer, NpgsqlDbType.TimestampTz],
                locations.Where(l => !l.Stored).Select(l => new object?[] { l.Id, l.Locator, l.Document, l.Version, l.FirstSeen }).ToList());
            var moved = locations.Where(l => l.Stored).ToList();
            if (moved.Count > 0)
            {
                using var update = Command(connection, """
                    UPDATE locations l SET current_document_id = m.document, current_version = m.version
                    FROM unnest($1::bigint[], $2::bigint[], $3::integer[]) AS m(id, document, version) WHERE l.id = m.id
                    """, moved.Select(l => l.Id).ToArray(), moved.Select(l => l.Document).ToArray(), moved.Select(l => l.Version).ToArray());
                update.ExecuteNonQuery();
            }
            Copy(connection, "versions(location_id, version, document_id, seen_at)",
                [NpgsqlDbType.Bigint, NpgsqlDbType.Integer, NpgsqlDbType.Bigint, NpgsqlDbType.TimestampTz], versions);
            Copy(connection, "ingest_log(run_id, at, source, level, message)",
                [NpgsqlDbType.Text, NpgsqlDbType.TimestampTz, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text], log);
            transaction.Commit();
            done = true;
        }

        public void Dispose()
        {
            if (!done) transaction.Rollback();
            transaction.Dispose();
            connection.Dispose();
        }
    }

    /// <summary>Writes rows into <paramref name="table"/> (with its column list) by binary COPY; nulls as NULL.</summary>
    private static void Copy(NpgsqlConnection connection, string table, IReadOnlyList<NpgsqlDbType> types, IReadOnlyList<object?[]> rows)
    {
        if (rows.Count == 0) return;
        using var importer = connection.BeginBinaryImport($"COPY {table} FROM STDIN (FORMAT BINARY)");
        foreach (var row in rows)
        {
            importer.StartRow();
            for (int i = 0; i < row.Length; i++)
            {
                if (row[i] is null) importer.WriteNull();
                else importer.Write(row[i]!, types[i]);
            }
        }
        importer.Complete();
    }
}
