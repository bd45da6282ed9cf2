using System.Buffers.Binary;
using System.Globalization;
using System.Runtime.InteropServices;
using Marsad.Dedup;
using Marsad.Pipeline;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage;

public sealed partial class SqliteDocumentStore
{
    /// <summary>Starts processing one document: its stage results, clean text and dedup records are written in one
    /// transaction, so a failure or a killed run leaves the document unprocessed rather than half done.</summary>
    public ProcessingWriter BeginProcessing() => new ProcessingBatch(connection).BeginAlone();

    IProcessingWriter IPipelineStore.BeginProcessing() => BeginProcessing();

    /// <summary>Starts a batch: one transaction for many documents, a savepoint for each (see <see cref="ProcessingBatch"/>).</summary>
    public ProcessingBatch BeginProcessingBatch() => new(connection);

    IProcessingBatch IPipelineStore.BeginProcessingBatch() => BeginProcessingBatch();

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

    /// <summary>
    /// Documents processed in one transaction, each inside a savepoint, so that a long run commits once per batch
    /// (a transaction commit rewrites every page it touched: per document, the passage seeds alone touch hundreds of
    /// scattered index pages) while a failing document is undone alone. Statements are prepared once per batch.
    /// <para>Passage seeds, the most numerous rows, are read once per document (<see cref="ProcessingWriter.PrefetchSeeds"/>,
    /// one query for all of them) and written at <see cref="Commit"/> in key order; until then the batch's own postings
    /// answer lookups from memory, newest first, as the table would.</para>
    /// </summary>
    public sealed class ProcessingBatch : IProcessingBatch
    {
        readonly SqliteConnection connection;
        readonly SqliteTransaction transaction;
        readonly Dictionary<string, SqliteCommand> commands = new(StringComparer.Ordinal);
        readonly Dictionary<string, long> sequences = new(StringComparer.Ordinal);
        // This batch's postings by seed, oldest first, and the rows to write at commit.
        readonly Dictionary<long, List<(string Document, int Position)>> postings = [];
        readonly List<(long Seed, long Sequence, int Position)> newSeeds = [];
        ProcessingWriter? open;
        int savepoints;
        bool done;

        internal ProcessingBatch(SqliteConnection connection)
        {
            this.connection = connection;
            transaction = connection.BeginTransaction();
        }

        /// <summary>A writer that is the whole batch: its commit commits the transaction.</summary>
        internal ProcessingWriter BeginAlone() => open = new ProcessingWriter(this, savepoint: null);

        public IProcessingWriter BeginDocument()
        {
            if (open is not null) throw new InvalidOperationException("one document at a time: the previous document's writer is still open");
            string name = "doc" + (++savepoints).ToString(CultureInfo.InvariantCulture);
            transaction.Save(name);
            return open = new ProcessingWriter(this, name);
        }

        public void Log(string runId, string source, string level, string message) =>
            Command("INSERT INTO ingest_log(run_id, at, source, level, message) VALUES ($0, $1, $2, $3, $4)", runId, Now(), source, level, message).ExecuteNonQuery();

        public void Commit()
        {
            if (open is not null) throw new InvalidOperationException("a document's writer is still open");
            // In key order, so that consecutive inserts land on neighbouring index pages.
            newSeeds.Sort();
            foreach (var (seed, sequence, position) in newSeeds)
                Command("INSERT OR IGNORE INTO dedup_seeds(seed, seq, position) VALUES ($0, $1, $2)", seed, sequence, position).ExecuteNonQuery();
            transaction.Commit();
            done = true;
        }

        public void Dispose()
        {
            foreach (var command in commands.Values) command.Dispose();
            if (!done) transaction.Rollback();
            transaction.Dispose();
        }

        internal SqliteCommand Command(string sql, params object?[] values)
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

        /// <summary>A document's writer ends: kept (its postings join the batch's) or undone (its savepoint rolled back).</summary>
        internal void Close(ProcessingWriter writer, string? savepoint, bool kept)
        {
            open = null;
            if (savepoint is null)
            {
                if (kept) Keep(writer);
                if (kept) Commit();
                Dispose();
                return;
            }
            if (kept) Keep(writer);
            else
            {
                transaction.Rollback(savepoint);
                foreach (string id in writer.AddedDocuments) sequences.Remove(id);
            }
            transaction.Release(savepoint);
        }

        void Keep(ProcessingWriter writer)
        {
            foreach (var (seed, document, sequence, position) in writer.NewSeeds)
            {
                ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(postings, seed, out _);
                (list ??= []).Add((document, position));
                newSeeds.Add((seed, sequence, position));
            }
        }

        internal long SequenceOf(string document) => sequences[document];

        internal void AddSequence(string document, long sequence) => sequences[document] = sequence;

        internal List<(string Document, int Position)>? BatchPostings(long seed) => postings.GetValueOrDefault(seed);
    }

    /// <summary>One document's processing: stage results, clean text and log lines, and the store side of
    /// <see cref="IDedupIndex"/>. Every lookup is an indexed query (exact key, (band, key), seed, document id).</summary>
    public sealed class ProcessingWriter : IProcessingWriter
    {
        readonly ProcessingBatch batch;
        readonly string? savepoint;
        // Postings of the seeds prefetched for this document, newest first, as the table holds them.
        readonly Dictionary<long, List<(string Document, int Position)>> storedPostings = [];
        // This document's own postings by seed, in the order visited.
        readonly Dictionary<long, List<(string Document, int Position)>> ownPostings = [];
        bool closed;

        internal ProcessingWriter(ProcessingBatch batch, string? savepoint)
        {
            this.batch = batch;
            this.savepoint = savepoint;
        }

        /// <summary>Postings recorded by this document, written when its batch commits.</summary>
        internal List<(long Seed, string Document, long Sequence, int Position)> NewSeeds { get; } = [];

        internal List<string> AddedDocuments { get; } = [];

        SqliteCommand Command(string sql, params object?[] values) => batch.Command(sql, values);

        public void SetCleanText(long documentId, string cleanText) =>
            Command("UPDATE documents SET clean_text = $1 WHERE id = $0", documentId, cleanText).ExecuteNonQuery();

        public bool HasStageResult(long documentId, string stage, int stageVersion) =>
            Command("SELECT 1 FROM stage_results WHERE document_id = $0 AND stage = $1 AND stage_version = $2", documentId, stage, stageVersion).ExecuteScalar() is not null;

        public void PutStageResult(StageResult result) => Command("""
            INSERT INTO stage_results(document_id, stage, stage_version, payload, created_at) VALUES ($0, $1, $2, $3, $4)
            ON CONFLICT(document_id, stage, stage_version) DO UPDATE SET payload = excluded.payload, created_at = excluded.created_at
            """, result.DocumentId, result.Stage, result.StageVersion, result.PayloadJson, Now()).ExecuteNonQuery();

        public void Log(string runId, string source, string level, string message) => batch.Log(runId, source, level, message);

        public void Commit()
        {
            if (closed) throw new InvalidOperationException("already committed or disposed");
            closed = true;
            batch.Close(this, savepoint, kept: true);
        }

        public void Dispose()
        {
            if (closed) return;
            closed = true;
            batch.Close(this, savepoint, kept: false);
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
            batch.AddSequence(document.Id, sequence);
            AddedDocuments.Add(document.Id);
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

        /// <summary>Reads the stored postings of every seed at once: one query instead of one per seed.</summary>
        public void PrefetchSeeds(ReadOnlySpan<ulong> seeds, int maxPostings)
        {
            var json = new System.Text.StringBuilder(seeds.Length * 21 + 2).Append('[');
            for (int i = 0; i < seeds.Length; i++)
            {
                long key = unchecked((long)seeds[i]);
                if (!storedPostings.TryAdd(key, [])) continue;
                if (json.Length > 1) json.Append(',');
                json.Append(key.ToString(CultureInfo.InvariantCulture));
            }
            if (json.Length == 1) return;
            json.Append(']');
            // A seed never holds more than maxPostings + 1 postings (VisitSeed stops recording there); the cap is kept anyway.
            using var reader = Command("""
                SELECT s.seed, x.document_id, s.position FROM dedup_seeds s JOIN dedup_documents x ON x.seq = s.seq
                WHERE s.seed IN (SELECT value FROM json_each($0)) ORDER BY s.seed, s.seq DESC, s.position DESC
                """, json.ToString()).ExecuteReader();
            while (reader.Read())
            {
                var list = storedPostings[reader.GetInt64(0)];
                if (list.Count <= maxPostings) list.Add((Key(reader.GetInt64(1)), reader.GetInt32(2)));
            }
        }

        public void VisitSeed(ulong seed, string document, int position, int maxPostings, List<(string Document, int Position)> earlier)
        {
            long key = unchecked((long)seed);
            if (!storedPostings.TryGetValue(key, out var stored))
            {
                storedPostings[key] = stored = [];
                using var reader = Command("""
                    SELECT x.document_id, s.position FROM dedup_seeds s JOIN dedup_documents x ON x.seq = s.seq
                    WHERE s.seed = $0 ORDER BY s.seq DESC, s.position DESC LIMIT $1
                    """, key, maxPostings + 1).ExecuteReader();
                while (reader.Read()) stored.Add((Key(reader.GetInt64(0)), reader.GetInt32(1)));
            }
            // Newest first: this document's postings, then the batch's (not written yet), then the table's.
            var own = ownPostings.GetValueOrDefault(key);
            var batched = batch.BatchPostings(key);
            // Postings stop at maxPostings + 1, so the count is the in-memory count capped there: same decisions.
            int count = Math.Min((own?.Count ?? 0) + (batched?.Count ?? 0) + stored.Count, maxPostings + 1);
            if (count > maxPostings) return;
            if (own is not null) for (int i = own.Count - 1; i >= 0; i--) earlier.Add(own[i]);
            if (batched is not null) for (int i = batched.Count - 1; i >= 0; i--) earlier.Add(batched[i]);
            earlier.AddRange(stored);
            if (own is null) ownPostings[key] = own = [];
            own.Add((document, position));
            NewSeeds.Add((key, document, batch.SequenceOf(document), position));
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
