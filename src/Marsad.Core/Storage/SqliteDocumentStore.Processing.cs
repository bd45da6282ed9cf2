using System.Buffers.Binary;
using System.Globalization;
using Marsad.Dedup;
using Marsad.Pipeline;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage;

public sealed partial class SqliteDocumentStore
{
    /// <summary>Starts processing one document: its stage results, clean text and dedup records are written in one
    /// transaction, so a failure or a killed run leaves the document unprocessed rather than half done.</summary>
    public ProcessingWriter BeginProcessing() => new(connection);

    IProcessingWriter IPipelineStore.BeginProcessing() => BeginProcessing();

    /// <summary>Documents without a result of this stage and version, by id.</summary>
    public IReadOnlyList<long> DocumentsWithoutStageResult(string stage, int stageVersion)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT id FROM documents d WHERE NOT EXISTS (
                SELECT 1 FROM stage_results s WHERE s.document_id = d.id AND s.stage = $s AND s.stage_version = $v)
            ORDER BY id
            """;
        command.Parameters.AddWithValue("$s", stage);
        command.Parameters.AddWithValue("$v", stageVersion);
        using var reader = command.ExecuteReader();
        var ids = new List<long>();
        while (reader.Read()) ids.Add(reader.GetInt64(0));
        return ids;
    }

    /// <summary>Everything dedup recorded: members in order of addition, relations in the order found, passages in the
    /// order opened. Document ids are the store's, written in invariant digits.</summary>
    public DedupSnapshot ReadDedup() => StoreTables.ReadDedup(connection, "d.published", (reader, i) => ParseDate(reader[i]));

    /// <summary>The dedup identifier of a stored document (<see cref="StoreKey.Of"/>).</summary>
    public static string Key(long documentId) => StoreKey.Of(documentId);

    public static long DocumentIdOf(string key) => StoreKey.IdOf(key);

    /// <summary>One document's processing: stage results, clean text and log lines, and the store side of
    /// <see cref="IDedupIndex"/>. Every lookup is an indexed query (exact key, (band, key), seed, document id).
    /// Statements are prepared once per writer.</summary>
    public sealed class ProcessingWriter : IProcessingWriter
    {
        readonly SqliteConnection connection;
        readonly SqliteTransaction transaction;
        readonly Dictionary<string, SqliteCommand> commands = new(StringComparer.Ordinal);
        readonly Dictionary<string, long> sequences = new(StringComparer.Ordinal);
        bool done;

        internal ProcessingWriter(SqliteConnection connection)
        {
            this.connection = connection;
            transaction = connection.BeginTransaction();
        }

        SqliteCommand Command(string sql, params object?[] values)
        {
            if (!commands.TryGetValue(sql, out var command))
            {
                command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = sql;
                for (int i = 0; i < values.Length; i++) command.Parameters.Add(new SqliteParameter { ParameterName = "$" + i });
                command.Prepare();
                commands[sql] = command;
            }
            for (int i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
            return command;
        }

        public void SetCleanText(long documentId, string cleanText) =>
            Command("UPDATE documents SET clean_text = $1 WHERE id = $0", documentId, cleanText).ExecuteNonQuery();

        public bool HasStageResult(long documentId, string stage, int stageVersion) =>
            Command("SELECT 1 FROM stage_results WHERE document_id = $0 AND stage = $1 AND stage_version = $2", documentId, stage, stageVersion).ExecuteScalar() is not null;

        public void PutStageResult(StageResult result) => Command("""
            INSERT INTO stage_results(document_id, stage, stage_version, payload, created_at) VALUES ($0, $1, $2, $3, $4)
            ON CONFLICT(document_id, stage, stage_version) DO UPDATE SET payload = excluded.payload, created_at = excluded.created_at
            """, result.DocumentId, result.Stage, result.StageVersion, result.PayloadJson, Now()).ExecuteNonQuery();

        public void Log(string runId, string source, string level, string message) =>
            Command("INSERT INTO ingest_log(run_id, at, source, level, message) VALUES ($0, $1, $2, $3, $4)", runId, Now(), source, level, message).ExecuteNonQuery();

        public void Commit()
        {
            transaction.Commit();
            done = true;
        }

        public void Dispose()
        {
            foreach (var command in commands.Values) command.Dispose();
            if (!done) transaction.Rollback();
            transaction.Dispose();
        }

        public string? FindExact(ulong exactKey) =>
            Command("SELECT document_id FROM dedup_documents WHERE exact_key = $0 AND exact_copy_of IS NULL ORDER BY seq LIMIT 1", unchecked((long)exactKey))
                .ExecuteScalar() is long id ? Key(id) : null;

        public void FindByBands(ReadOnlySpan<uint> bandKeys, List<string> found)
        {
            for (int band = 0; band < bandKeys.Length; band++)
            {
                using var reader = Command("""
                    SELECT x.document_id FROM dedup_bands b JOIN dedup_documents x ON x.seq = b.seq WHERE b.band = $0 AND b.key = $1
                    """, band, (long)bandKeys[band]).ExecuteReader();
                while (reader.Read()) found.Add(Key(reader.GetInt64(0)));
            }
        }

        public long Add(DedupRecord record)
        {
            var document = record.Document;
            long sequence = (long)Command("""
                INSERT INTO dedup_documents(document_id, exact_key, exact_copy_of, signature, word_count, agencies, sentences)
                VALUES ($0, $1, $2, $3, $4, $5, $6) RETURNING seq
                """, DocumentIdOf(document.Id), unchecked((long)record.ExactKey), record.ExactCopyOf is null ? null : DocumentIdOf(record.ExactCopyOf),
                record.Signature is null ? null : MinHasher.ToBytes(record.Signature), record.WordCount, string.Join(' ', record.Agencies),
                StoreTables.SentenceBytes(document.Sentences)).ExecuteScalar()!;
            if (record.BandKeys is { } keys)
                for (int band = 0; band < keys.Length; band++)
                    Command("INSERT OR IGNORE INTO dedup_bands(band, key, seq) VALUES ($0, $1, $2)", band, (long)keys[band], sequence).ExecuteNonQuery();
            sequences[document.Id] = sequence;
            return sequence;
        }

        public (DedupDocument Document, long Sequence) Load(string id)
        {
            using var reader = Command("""
                SELECT x.seq, COALESCE(d.clean_text, d.text), d.published, x.sentences
                FROM dedup_documents x JOIN documents d ON d.id = x.document_id WHERE x.document_id = $0
                """, DocumentIdOf(id)).ExecuteReader();
            if (!reader.Read()) throw new KeyNotFoundException($"document {id} has no dedup record");
            var document = new DedupDocument(id, reader.GetString(1), ParseDate(reader[2]), StoreTables.ReadSentences((byte[])reader[3]));
            return (document, reader.GetInt64(0));
        }

        public void VisitSeed(ulong seed, string document, int position, int maxPostings, List<(string Document, int Position)> earlier)
        {
            long key = unchecked((long)seed);
            int first = earlier.Count;
            using (var reader = Command("""
                SELECT x.document_id, s.position FROM dedup_seeds s JOIN dedup_documents x ON x.seq = s.seq
                WHERE s.seed = $0 ORDER BY s.seq DESC, s.position DESC LIMIT $1
                """, key, maxPostings + 1).ExecuteReader())
                while (reader.Read()) earlier.Add((Key(reader.GetInt64(0)), reader.GetInt32(1)));
            // Postings stop at maxPostings + 1, so the count read is the in-memory count capped there: same decisions.
            if (earlier.Count - first > maxPostings)
            {
                earlier.RemoveRange(first, earlier.Count - first);
                return;
            }
            Command("INSERT OR IGNORE INTO dedup_seeds(seed, seq, position) VALUES ($0, $1, $2)", key, sequences[document], position).ExecuteNonQuery();
        }

        public void AddLink(string document, DuplicateLink link) => Command("""
            INSERT INTO dedup_relations(document_id, other_id, kind, similarity) VALUES ($0, $1, $2, $3) ON CONFLICT DO NOTHING
            """, DocumentIdOf(document), DocumentIdOf(link.Document), link.Kind.ToString(), link.Similarity).ExecuteNonQuery();

        public IReadOnlyList<(long Passage, PassageLocation Location)> PassagesOf(string document)
        {
            using var reader = Command("SELECT passage_id, start_offset, end_offset FROM dedup_passage_locations WHERE document_id = $0 ORDER BY id",
                DocumentIdOf(document)).ExecuteReader();
            var list = new List<(long, PassageLocation)>();
            while (reader.Read()) list.Add((reader.GetInt64(0), new PassageLocation(document, reader.GetInt32(1), reader.GetInt32(2))));
            return list;
        }

        public long AddPassage(PassageLocation first, PassageLocation second)
        {
            long passage = (long)Command("INSERT INTO dedup_passages DEFAULT VALUES RETURNING id").ExecuteScalar()!;
            AddToPassage(passage, first);
            AddToPassage(passage, second);
            return passage;
        }

        public void AddToPassage(long passage, PassageLocation location) => Command("""
            INSERT INTO dedup_passage_locations(passage_id, document_id, start_offset, end_offset) VALUES ($0, $1, $2, $3)
            """, passage, DocumentIdOf(location.DocumentId), location.Start, location.End).ExecuteNonQuery();

        public IReadOnlyList<PassageLocation> Passage(long passage)
        {
            using var reader = Command("SELECT document_id, start_offset, end_offset FROM dedup_passage_locations WHERE passage_id = $0 ORDER BY id", passage)
                .ExecuteReader();
            var list = new List<PassageLocation>();
            while (reader.Read()) list.Add(new PassageLocation(Key(reader.GetInt64(0)), reader.GetInt32(1), reader.GetInt32(2)));
            return list;
        }
    }
}
