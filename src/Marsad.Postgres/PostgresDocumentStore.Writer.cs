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
        private readonly NpgsqlConnection connection;
        private readonly NpgsqlTransaction transaction;
        private readonly Dictionary<string, long> batchDocuments = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Location> batchLocations = new(StringComparer.Ordinal);
        private readonly List<object?[]> documents = [], versions = [], log = [];

        /// <summary>A location as this batch leaves it; <see cref="Stored"/> when it is already in the table.</summary>
        private sealed record Location(long Id, long Document, int Version, DateTime FirstSeen, bool Stored, string Locator);

        public Writer(NpgsqlConnection connection)
        {
            this.connection = connection;
            transaction = BeginLocked(connection, Locks.Ingest);
        }

        public StoreOutcome Put(IngestedArticle article, string language)
        {
            var hash = ContentHash.Of(article.Text);
            var key = Convert.ToHexStringLower(hash);
            var now = DateTime.UtcNow;
            bool knownDocument = batchDocuments.TryGetValue(key, out long documentId);
            bool knownLocation = batchLocations.TryGetValue(article.Locator, out var location);
            long newDocumentId = 0, newLocationId = 0;
            if (!knownDocument || !knownLocation)
            {
                // One round trip: the stored document and location, and the ids a new one of each takes. nextval runs
                // only where a CASE asks for it, so ids follow the order of new rows as in the embedded store.
                using var lookup = Command(connection, """
                    WITH found AS (SELECT id FROM documents WHERE content_hash = $1)
                    SELECT (SELECT id FROM found),
                           CASE WHEN $3 AND NOT EXISTS (SELECT 1 FROM found) THEN nextval(pg_get_serial_sequence('documents', 'id')) END,
                           l.id, l.current_document_id, l.current_version, l.first_seen,
                           CASE WHEN $4 AND l.id IS NULL THEN nextval(pg_get_serial_sequence('locations', 'id')) END
                    FROM (VALUES (1)) AS one(x) LEFT JOIN locations l ON l.locator = $2
                    """, hash, article.Locator, !knownDocument, !knownLocation);
                using var reader = lookup.ExecuteReader();
                reader.Read();
                if (!knownDocument && !reader.IsDBNull(0)) documentId = reader.GetInt64(0);
                if (!reader.IsDBNull(1)) newDocumentId = reader.GetInt64(1);
                if (!knownLocation && !reader.IsDBNull(2))
                    location = new Location(reader.GetInt64(2), reader.GetInt64(3), reader.GetInt32(4), reader.GetFieldValue<DateTime>(5), Stored: true, article.Locator);
                if (!reader.IsDBNull(6)) newLocationId = reader.GetInt64(6);
            }

            bool newDocument = documentId == 0;
            if (newDocument)
            {
                documentId = newDocumentId;
                batchDocuments[key] = documentId;
                var (published, offset) = Published(article.Published);
                documents.Add([documentId, hash, article.Format, article.Text, article.Raw, article.Title, published, offset, language,
                    SqliteDocumentStore.MetadataJson(article), now]);
            }

            if (location is null)
            {
                batchLocations[article.Locator] = new Location(newLocationId, documentId, 1, now, Stored: false, article.Locator);
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
        }

        public void Dispose()
        {
            // Rolls back what was not committed; quietly so when the connection is already gone.
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
