using System.Buffers.Binary;
using System.Data.Common;
using System.Globalization;
using Marsad.Dedup;
using Marsad.Pipeline;
using Marsad.Report;

namespace Marsad.Storage;

/// <summary>
/// The relational layout the embedded and the server store share: the dedup and collection tables have the same
/// names and columns in both, so the queries that read them and the rows that fill them are written once here, in the
/// SQL SQLite and PostgreSQL read alike. What differs (types, bulk writes, locks) stays in each store.
/// </summary>
public static class StoreTables
{
    private static class FactKind
    {
        public const string Time = "time", Number = "number", Quote = "quote", Event = "event", Acled = "acled";
    }

    private static class GroupKind
    {
        public const string Family = "family", Syndication = "syndication", StoryLog = "story-log";
    }

    /// <summary>The rows of one table, columns in the order of <see cref="Columns"/>.</summary>
    public sealed record Rows(string Table, IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Values);

    /// <summary>The collection tables, children before parents (the order to delete them in).</summary>
    public static readonly IReadOnlyList<string> CollectionTables =
    [
        "collection_mentions", "collection_entities", "collection_facts", "collection_story_documents",
        "collection_stories", "collection_topics", "collection_groups", "collection_documents",
    ];

    /// <summary><see cref="IPipelineStore.ProcessedFingerprint"/>: counts and the highest id of what dedup recorded.</summary>
    public static string ProcessedFingerprint(DbConnection connection, DbTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            SELECT (SELECT COUNT(*) FROM dedup_documents), (SELECT COALESCE(MAX(document_id), 0) FROM dedup_documents),
                   (SELECT COUNT(*) FROM dedup_relations), (SELECT COUNT(*) FROM dedup_passage_locations)
            """;
        using var reader = command.ExecuteReader();
        reader.Read();
        return string.Create(CultureInfo.InvariantCulture, $"{reader.GetInt64(0)}:{reader.GetInt64(1)}:{reader.GetInt64(2)}:{reader.GetInt64(3)}");
    }

    /// <summary>Whether writing results for <paramref name="fingerprint"/> would overwrite newer ones: the last run
    /// stored is of the current processed state and <paramref name="fingerprint"/> is of another (older) one. Read
    /// inside the replacing transaction, under the collection lock.</summary>
    public static bool IsSuperseded(DbConnection connection, DbTransaction transaction, string fingerprint)
    {
        string current = ProcessedFingerprint(connection, transaction);
        if (fingerprint == current) return false;
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT fingerprint FROM collection_runs ORDER BY id DESC LIMIT 1";
        return command.ExecuteScalar() is string stored && stored == current;
    }

    /// <summary><see cref="IPipelineStore.ReadDedup"/>. <paramref name="published"/> names the document columns that
    /// hold the publication date (read last, from <paramref name="readPublished"/>'s first index on).</summary>
    public static DedupSnapshot ReadDedup(DbConnection connection, string published, Func<DbDataReader, int, DateTimeOffset?> readPublished)
    {
        var members = new List<DedupMember>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"""
                SELECT x.document_id, x.seq, x.word_count, x.agencies, {published}
                FROM dedup_documents x JOIN documents d ON d.id = x.document_id ORDER BY x.seq
                """;
            using var reader = command.ExecuteReader();
            while (reader.Read())
                members.Add(new DedupMember(StoreKey.Of(reader.GetInt64(0)), reader.GetInt64(1), readPublished(reader, 4), reader.GetInt32(2),
                    reader.GetString(3).Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        }
        var relations = new List<DedupRelation>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT document_id, other_id, kind, similarity FROM dedup_relations ORDER BY id";
            using var reader = command.ExecuteReader();
            while (reader.Read())
                relations.Add(new DedupRelation(StoreKey.Of(reader.GetInt64(0)), StoreKey.Of(reader.GetInt64(1)), Enum.Parse<DuplicateKind>(reader.GetString(2)), reader.GetDouble(3)));
        }
        var passages = new List<SharedPassage>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT passage_id, document_id, start_offset, end_offset FROM dedup_passage_locations ORDER BY passage_id, id";
            using var reader = command.ExecuteReader();
            long current = -1;
            List<PassageLocation>? locations = null;
            while (reader.Read())
            {
                long passage = reader.GetInt64(0);
                if (passage != current)
                {
                    if (locations is not null) passages.Add(new SharedPassage(locations));
                    locations = [];
                    current = passage;
                }
                locations!.Add(new PassageLocation(StoreKey.Of(reader.GetInt64(1)), reader.GetInt32(2), reader.GetInt32(3)));
            }
            if (locations is not null) passages.Add(new SharedPassage(locations));
        }
        return new DedupSnapshot(members, relations, passages);
    }

    /// <summary>The rows <see cref="IPipelineStore.ReplaceCollection"/> writes for <paramref name="collection"/>
    /// (all but the run's own row), parents before children. Document ids are numbers, ordinals and offsets 32-bit.</summary>
    public static IReadOnlyList<Rows> CollectionRows(StoredCollection collection)
    {
        var entities = new List<object?[]>();
        var mentions = new List<object?[]>();
        for (int i = 0; i < collection.Entities.Count; i++)
        {
            var e = collection.Entities[i];
            entities.Add([e.Id, i, e.Type, e.Name, e.Mentions.Count, ReportRecordJson.Serialize(e)]);
            foreach (var m in e.Mentions) mentions.Add([e.Id, StoreKey.IdOf(m.Document), m.Start, m.End]);
        }

        var facts = new List<object?[]>();
        foreach (var t in collection.Times) facts.Add([FactKind.Time, StoreKey.IdOf(t.Document), t.Start, t.End, ReportRecordJson.Serialize(t)]);
        foreach (var n in collection.Numbers) facts.Add([FactKind.Number, StoreKey.IdOf(n.Document), n.Start, n.End, ReportRecordJson.Serialize(n)]);
        foreach (var q in collection.Quotes) facts.Add([FactKind.Quote, StoreKey.IdOf(q.Document), q.Start, q.End, ReportRecordJson.Serialize(q)]);
        foreach (var e in collection.Events) facts.Add([FactKind.Event, StoreKey.IdOf(e.Document), e.Start, e.End, ReportRecordJson.Serialize(e)]);
        // An ACLED row names no document: it is filed under its event's.
        var events = collection.Events.ToDictionary(e => e.Id, StringComparer.Ordinal);
        foreach (var row in collection.AcledRows)
        {
            var e = events.GetValueOrDefault(row.EventIdCnty) ?? throw new InvalidOperationException($"ACLED row {row.EventIdCnty} has no event");
            facts.Add([FactKind.Acled, StoreKey.IdOf(e.Document), e.Start, e.End, ReportRecordJson.Serialize(row)]);
        }

        var stories = new List<object?[]>();
        var members = new List<object?[]>();
        for (int i = 0; i < collection.Stories.Count; i++)
        {
            var s = collection.Stories[i];
            stories.Add([s.Id, i, s.Topic, s.First, s.Last, s.IndependentSources, ReportRecordJson.Serialize(s)]);
            foreach (var d in s.Documents.Distinct(StringComparer.Ordinal)) members.Add([s.Id, StoreKey.IdOf(d)]);
        }

        var topics = collection.Topics.Select((t, i) => new object?[] { t.Id, i, ReportRecordJson.Serialize(t) }).ToList();
        var groups = new List<object?[]>();
        foreach (var f in collection.Families) groups.Add([GroupKind.Family, ReportRecordJson.Serialize(f)]);
        foreach (var g in collection.Syndication) groups.Add([GroupKind.Syndication, ReportRecordJson.Serialize(g)]);
        foreach (var l in collection.StoryLog) groups.Add([GroupKind.StoryLog, ReportRecordJson.Serialize(l)]);
        var dated = collection.EventDates.OrderBy(p => StoreKey.IdOf(p.Key)).Select(p => new object?[] { StoreKey.IdOf(p.Key), p.Value }).ToList();

        return
        [
            new("collection_entities", ["entity_id", "ordinal", "type", "name", "mentions", "payload"], entities),
            new("collection_mentions", ["entity_id", "document_id", "start_offset", "end_offset"], mentions),
            new("collection_facts", ["kind", "document_id", "start_offset", "end_offset", "payload"], facts),
            new("collection_stories", ["story_id", "ordinal", "topic_id", "first_date", "last_date", "independent_sources", "payload"], stories),
            new("collection_story_documents", ["story_id", "document_id"], members),
            new("collection_topics", ["topic_id", "ordinal", "payload"], topics),
            new("collection_groups", ["kind", "payload"], groups),
            new("collection_documents", ["document_id", "event_date"], dated),
        ];
    }

    /// <summary><see cref="IDocumentStore.ReadCollection"/> for the last <paramref name="run"/>, over a function
    /// that answers a two-column query as (key, payload) pairs.</summary>
    public static StoredCollection ReadCollection(CollectionRun run, Func<string, List<KeyValuePair<string, string>>> readPairs)
    {
        var facts = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (kind, payload) in readPairs("SELECT kind, payload FROM collection_facts ORDER BY id"))
        {
            if (!facts.TryGetValue(kind, out var list)) facts[kind] = list = [];
            list.Add(payload);
        }
        var groups = readPairs("SELECT kind, payload FROM collection_groups ORDER BY id");
        List<T> Facts<T>(string kind) where T : class => facts.GetValueOrDefault(kind, []).ConvertAll(ReportRecordJson.Deserialize<T>);
        List<T> Groups<T>(string kind) where T : class => groups.Where(g => g.Key == kind).Select(g => ReportRecordJson.Deserialize<T>(g.Value)).ToList();
        List<T> Payloads<T>(string sql) where T : class => readPairs(sql).ConvertAll(p => ReportRecordJson.Deserialize<T>(p.Value));

        return new StoredCollection(
            run.RunId, run.AnalysedAt,
            Payloads<StoryReport>("SELECT story_id, payload FROM collection_stories ORDER BY ordinal"),
            Payloads<TopicReport>("SELECT topic_id, payload FROM collection_topics ORDER BY ordinal"),
            Payloads<EntityReport>("SELECT entity_id, payload FROM collection_entities ORDER BY ordinal"),
            Facts<EventReport>(FactKind.Event), Facts<QuoteReport>(FactKind.Quote), Facts<TimeReport>(FactKind.Time), Facts<NumberReport>(FactKind.Number),
            Groups<FamilyReport>(GroupKind.Family), Groups<SyndicationReport>(GroupKind.Syndication),
            readPairs("SELECT CAST(document_id AS TEXT), event_date FROM collection_documents WHERE event_date IS NOT NULL ORDER BY document_id")
                .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
            run.IndependentSources)
        {
            AcledRows = Facts<Marsad.Export.AcledRow>(FactKind.Acled),
            StoryLog = Groups<StoryLogReport>(GroupKind.StoryLog),
        };
    }

    /// <summary>Reads a two-column query as (key, value) pairs.</summary>
    public static List<KeyValuePair<string, string>> ReadPairs(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var pairs = new List<KeyValuePair<string, string>>();
        while (reader.Read()) pairs.Add(new(reader.GetString(0), reader.GetString(1)));
        return pairs;
    }

    /// <summary>Sentence spans as stored: little-endian (start, end) int pairs.</summary>
    public static byte[] SentenceBytes(IReadOnlyList<TextSpan>? sentences)
    {
        var bytes = new byte[(sentences?.Count ?? 0) * 8];
        for (int i = 0; i < bytes.Length / 8; i++)
        {
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(i * 8), sentences![i].Start);
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(i * 8 + 4), sentences[i].End);
        }
        return bytes;
    }

    public static IReadOnlyList<TextSpan>? ReadSentences(byte[] bytes)
    {
        if (bytes.Length == 0) return null;
        var spans = new TextSpan[bytes.Length / 8];
        for (int i = 0; i < spans.Length; i++)
            spans[i] = new TextSpan(BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(i * 8)), BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(i * 8 + 4)));
        return spans;
    }
}
