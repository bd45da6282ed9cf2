using Marsad.Dedup;
using Npgsql;

namespace Marsad.Storage;

public sealed partial class PostgresDocumentStore
{
    /// <summary>Starts processing one document in a transaction of its own. The dedup lock is held to the end, so
    /// documents join the order of addition one at a time and each is compared with every document committed before
    /// it, whichever worker processed those.</summary>
    public IProcessingWriter BeginProcessing() => new ProcessingWriter(Open());

    public DedupSnapshot ReadDedup()
    {
        using var connection = Open();
        using var transaction = connection.BeginTransaction(System.Data.IsolationLevel.RepeatableRead);
        return StoreTables.ReadDedup(connection, "d.published, d.published_offset", ReadPublished);
    }

    /// <summary>The PostgreSQL side of <see cref="IDedupIndex"/>: every lookup is one indexed query (exact key,
    /// (band, key) for all bands at once, seed, document id).</summary>
    private sealed class ProcessingWriter : IProcessingWriter
    {
        private readonly NpgsqlConnection connection;
        private readonly NpgsqlTransaction transaction;
        private readonly Dictionary<string, long> sequences = new(StringComparer.Ordinal);
        // Seeds: the earlier documents' postings read at once (PrefetchSeeds), and this transaction's own postings,
        // kept here and copied in at commit; together they answer VisitSeed as the table would.
        private readonly Dictionary<long, List<(string Document, int Position)>> storedPostings = [];
        private readonly Dictionary<long, List<(string Document, int Position)>> ownPostings = [];
        private readonly List<object?[]> newSeeds = [];
        // Relations are only written here, never read back in the transaction: kept and copied in at commit, the
        // first of a pair kept as ON CONFLICT DO NOTHING would.
        private readonly List<object?[]> newLinks = [];
        private readonly HashSet<(long, long)> linked = [];

        public ProcessingWriter(NpgsqlConnection connection)
        {
            this.connection = connection;
            transaction = BeginLocked(connection, Locks.Dedup);
        }

        private NpgsqlCommand Sql(string sql, params object?[] values) => Command(connection, sql, values);

        private void Run(string sql, params object?[] values)
        {
            using var command = Sql(sql, values);
            command.ExecuteNonQuery();
        }

        private List<T> Read<T>(string sql, Func<NpgsqlDataReader, T> read, params object?[] values)
        {
            using var command = Sql(sql, values);
            using var reader = command.ExecuteReader();
            var list = new List<T>();
            while (reader.Read()) list.Add(read(reader));
            return list;
        }

        public void SetCleanText(long documentId, string cleanText) => Run("UPDATE documents SET clean_text = $2 WHERE id = $1", documentId, cleanText);

        public bool HasStageResult(long documentId, string stage, int stageVersion)
        {
            using var command = Sql("SELECT 1 FROM stage_results WHERE document_id = $1 AND stage = $2 AND stage_version = $3", documentId, stage, stageVersion);
            return command.ExecuteScalar() is not null;
        }

        public void PutStageResult(StageResult result) => Run(PutStageResultSql, result.DocumentId, result.Stage, result.StageVersion, result.PayloadJson);

        public void Log(string runId, string source, string level, string message) =>
            Run("INSERT INTO ingest_log(run_id, at, source, level, message) VALUES ($1, now(), $2, $3, $4)", runId, source, level, message);

        public void Commit()
        {
            Copy(connection, "dedup_relations(document_id, other_id, kind, similarity)",
                [NpgsqlTypes.NpgsqlDbType.Bigint, NpgsqlTypes.NpgsqlDbType.Bigint, NpgsqlTypes.NpgsqlDbType.Text, NpgsqlTypes.NpgsqlDbType.Double], newLinks);
            Copy(connection, "dedup_seeds(seed, seq, position)", [NpgsqlTypes.NpgsqlDbType.Bigint, NpgsqlTypes.NpgsqlDbType.Bigint, NpgsqlTypes.NpgsqlDbType.Integer], newSeeds);
            transaction.Commit();
        }

        public void Dispose()
        {
            // Rolls back what was not committed; quietly so when the connection is already gone.
            transaction.Dispose();
            connection.Dispose();
        }

        public string? FindExact(ulong exactKey)
        {
            using var command = Sql("SELECT document_id FROM dedup_documents WHERE exact_key = $1 AND exact_copy_of IS NULL ORDER BY seq LIMIT 1", unchecked((long)exactKey));
            return command.ExecuteScalar() is long id ? StoreKey.Of(id) : null;
        }

        public void FindByBands(ReadOnlySpan<uint> bandKeys, List<string> found)
        {
            var bands = new int[bandKeys.Length];
            var keys = new long[bandKeys.Length];
            for (int band = 0; band < bandKeys.Length; band++) (bands[band], keys[band]) = (band, bandKeys[band]);
            found.AddRange(Read("""
                SELECT x.document_id FROM unnest($1::integer[], $2::bigint[]) AS k(band, key)
                JOIN dedup_bands b ON b.band = k.band AND b.key = k.key JOIN dedup_documents x ON x.seq = b.seq
                """, r => StoreKey.Of(r.GetInt64(0)), bands, keys));
        }

        public long Add(DedupRecord record)
        {
            var document = record.Document;
            long sequence;
            using (var insert = Sql("""
                INSERT INTO dedup_documents(document_id, exact_key, exact_copy_of, signature, word_count, agencies, sentences)
                VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING seq
                """, StoreKey.IdOf(document.Id), unchecked((long)record.ExactKey), record.ExactCopyOf is null ? null : StoreKey.IdOf(record.ExactCopyOf),
                record.Signature is null ? null : MinHasher.ToBytes(record.Signature), record.WordCount, string.Join(' ', record.Agencies),
                StoreTables.SentenceBytes(document.Sentences)))
                sequence = (long)insert.ExecuteScalar()!;
            if (record.BandKeys is { } bandKeys)
            {
                var keys = bandKeys.Select(k => (long)k).ToArray();
                Run("""
                    INSERT INTO dedup_bands(band, key, seq) SELECT k.band - 1, k.key, $2 FROM unnest($1::bigint[]) WITH ORDINALITY AS k(key, band)
                    ON CONFLICT DO NOTHING
                    """, keys, sequence);
            }
            sequences[document.Id] = sequence;
            return sequence;
        }

        public (DedupDocument Document, long Sequence) Load(string id)
        {
            var rows = Read("""
                SELECT x.seq, COALESCE(d.clean_text, d.text), d.published, d.published_offset, x.sentences
                FROM dedup_documents x JOIN documents d ON d.id = x.document_id WHERE x.document_id = $1
                """, r => (Sequence: r.GetInt64(0), Document: new DedupDocument(id, r.GetString(1), ReadPublished(r, 2), StoreTables.ReadSentences((byte[])r[4]))),
                StoreKey.IdOf(id));
            if (rows.Count == 0) throw new KeyNotFoundException($"document {id} has no dedup record");
            return (rows[0].Document, rows[0].Sequence);
        }

        public void PrefetchSeeds(ReadOnlySpan<ulong> seeds, int maxPostings)
        {
            var keys = new long[seeds.Length];
            for (int i = 0; i < seeds.Length; i++) keys[i] = unchecked((long)seeds[i]);
            foreach (long key in keys) storedPostings.TryAdd(key, []);
            // The newest maxPostings + 1 postings of each seed, newest first, as VisitSeed's own query reads them.
            foreach (var (key, posting) in Read("""
                SELECT s.seed, x.document_id, s.position FROM (
                    SELECT seed, seq, position, row_number() OVER (PARTITION BY seed ORDER BY seq DESC, position DESC) AS n
                    FROM dedup_seeds WHERE seed = ANY($1)) s
                JOIN dedup_documents x ON x.seq = s.seq WHERE s.n <= $2 ORDER BY s.seed, s.n
                """, r => (r.GetInt64(0), (StoreKey.Of(r.GetInt64(1)), r.GetInt32(2))), keys, maxPostings + 1))
                storedPostings[key].Add(posting);
        }

        public void VisitSeed(ulong seed, string document, int position, int maxPostings, List<(string Document, int Position)> earlier)
        {
            long key = unchecked((long)seed);
            if (!storedPostings.TryGetValue(key, out var stored))
                storedPostings[key] = stored = Read("""
                    SELECT x.document_id, s.position FROM dedup_seeds s JOIN dedup_documents x ON x.seq = s.seq
                    WHERE s.seed = $1 ORDER BY s.seq DESC, s.position DESC LIMIT $2
                    """, r => (StoreKey.Of(r.GetInt64(0)), r.GetInt32(1)), key, maxPostings + 1);
            // This transaction's postings are the newest (highest seq), latest position first.
            ownPostings.TryGetValue(key, out var own);
            int count = Math.Min((own?.Count ?? 0) + stored.Count, maxPostings + 1);
            // Postings stop at maxPostings + 1, so the count is the in-memory count capped there: same decisions.
            if (count > maxPostings) return;
            if (own is not null) for (int i = own.Count - 1; i >= 0; i--) earlier.Add(own[i]);
            earlier.AddRange(stored);
            if (own is null) ownPostings[key] = own = [];
            if (own.Contains((document, position))) return;
            own.Add((document, position));
            newSeeds.Add([key, sequences[document], position]);
        }

        public void AddLink(string document, DuplicateLink link)
        {
            var (from, to) = (StoreKey.IdOf(document), StoreKey.IdOf(link.Document));
            if (linked.Add((from, to))) newLinks.Add([from, to, link.Kind.ToString(), link.Similarity]);
        }

        public IReadOnlyList<(long Passage, PassageLocation Location)> PassagesOf(string document) => Read(
            "SELECT passage_id, start_offset, end_offset FROM dedup_passage_locations WHERE document_id = $1 ORDER BY id",
            r => (r.GetInt64(0), new PassageLocation(document, r.GetInt32(1), r.GetInt32(2))), StoreKey.IdOf(document));

        public long AddPassage(PassageLocation first, PassageLocation second)
        {
            long passage;
            using (var insert = Sql("INSERT INTO dedup_passages DEFAULT VALUES RETURNING id"))
                passage = (long)insert.ExecuteScalar()!;
            AddToPassage(passage, first);
            AddToPassage(passage, second);
            return passage;
        }

        public void AddToPassage(long passage, PassageLocation location) => Run("""
            INSERT INTO dedup_passage_locations(passage_id, document_id, start_offset, end_offset) VALUES ($1, $2, $3, $4)
            """, passage, StoreKey.IdOf(location.DocumentId), location.Start, location.End);

        public IReadOnlyList<PassageLocation> Passage(long passage) => Read(
            "SELECT document_id, start_offset, end_offset FROM dedup_passage_locations WHERE passage_id = $1 ORDER BY id",
            r => new PassageLocation(StoreKey.Of(r.GetInt64(0)), r.GetInt32(1), r.GetInt32(2)), passage);
    }
}
