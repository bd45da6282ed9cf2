using System.Globalization;
using Marsad.Report;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage;

/// <summary>What one collection run saw and when (see <see cref="SqliteDocumentStore.ReplaceCollection"/>).</summary>
/// <param name="Fingerprint">What the run's input was (see <see cref="SqliteDocumentStore.ProcessedFingerprint"/>): a run
/// over the same input would write the same results, so it is skipped.</param>
public sealed record CollectionRun(string RunId, int StageVersion, string Fingerprint, int Documents, int IndependentSources, DateTimeOffset AnalysedAt);

public sealed partial class SqliteDocumentStore
{
    private static class FactKind
    {
        public const string Time = "time", Number = "number", Quote = "quote", Event = "event", Acled = "acled";
    }

    private static class GroupKind
    {
        public const string Family = "family", Syndication = "syndication", StoryLog = "story-log";
    }

    /// <summary>A summary of what the per-document stages have finished: the documents with a dedup result and the
    /// links between them. It changes whenever a document is processed, and only then.</summary>
    public string ProcessedFingerprint()
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT (SELECT COUNT(*) FROM dedup_documents), (SELECT COALESCE(MAX(document_id), 0) FROM dedup_documents),
                   (SELECT COUNT(*) FROM dedup_relations), (SELECT COUNT(*) FROM dedup_passage_locations)
            """;
        using var reader = command.ExecuteReader();
        reader.Read();
        return string.Create(CultureInfo.InvariantCulture, $"{reader.GetInt64(0)}:{reader.GetInt64(1)}:{reader.GetInt64(2)}:{reader.GetInt64(3)}");
    }

    /// <summary>The last collection run, or null when none has happened.</summary>
    public CollectionRun? LastCollectionRun()
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT run_id, stage_version, fingerprint, documents, independent_sources, analysed_at FROM collection_runs ORDER BY id DESC LIMIT 1";
        using var reader = command.ExecuteReader();
        if (!reader.Read()) return null;
        return new CollectionRun(reader.GetString(0), reader.GetInt32(1), reader.GetString(2), reader.GetInt32(3), reader.GetInt32(4),
            ParseDate(reader[5]) ?? default);
    }

    /// <summary>Replaces the collection results with <paramref name="collection"/> in one transaction: readers see the
    /// old results or the new, never a mix, and a failure leaves the old ones in place.</summary>
    public void ReplaceCollection(StoredCollection collection, int stageVersion, string fingerprint, int documents)
    {
        using var transaction = connection.BeginTransaction();
        foreach (var table in new[] { "collection_mentions", "collection_entities", "collection_facts", "collection_story_documents",
                     "collection_stories", "collection_topics", "collection_groups", "collection_documents" })
            Run(transaction, $"DELETE FROM {table}");

        using (var entity = Prepare(transaction, "INSERT INTO collection_entities(entity_id, ordinal, type, name, mentions, payload) VALUES ($0, $1, $2, $3, $4, $5)", 6))
        using (var mention = Prepare(transaction, "INSERT INTO collection_mentions(entity_id, document_id, start_offset, end_offset) VALUES ($0, $1, $2, $3)", 4))
        {
            for (int i = 0; i < collection.Entities.Count; i++)
            {
                var e = collection.Entities[i];
                Exec(entity, e.Id, i, e.Type, e.Name, e.Mentions.Count, ReportRecordJson.Serialize(e));
                foreach (var m in e.Mentions) Exec(mention, e.Id, DocumentIdOf(m.Document), m.Start, m.End);
            }
        }

        using (var fact = Prepare(transaction, "INSERT INTO collection_facts(kind, document_id, start_offset, end_offset, payload) VALUES ($0, $1, $2, $3, $4)", 5))
        {
            foreach (var t in collection.Times) Exec(fact, FactKind.Time, DocumentIdOf(t.Document), t.Start, t.End, ReportRecordJson.Serialize(t));
            foreach (var n in collection.Numbers) Exec(fact, FactKind.Number, DocumentIdOf(n.Document), n.Start, n.End, ReportRecordJson.Serialize(n));
            foreach (var q in collection.Quotes) Exec(fact, FactKind.Quote, DocumentIdOf(q.Document), q.Start, q.End, ReportRecordJson.Serialize(q));
            foreach (var e in collection.Events) Exec(fact, FactKind.Event, DocumentIdOf(e.Document), e.Start, e.End, ReportRecordJson.Serialize(e));
            // An ACLED row names no document: it is filed under its event's.
            var events = collection.Events.ToDictionary(e => e.Id, StringComparer.Ordinal);
            foreach (var row in collection.AcledRows)
            {
                var e = events.GetValueOrDefault(row.EventIdCnty) ?? throw new InvalidOperationException($"ACLED row {row.EventIdCnty} has no event");
                Exec(fact, FactKind.Acled, DocumentIdOf(e.Document), e.Start, e.End, ReportRecordJson.Serialize(row));
            }
        }

        using (var story = Prepare(transaction, "INSERT INTO collection_stories(story_id, ordinal, topic_id, first_date, last_date, independent_sources, payload) VALUES ($0, $1, $2, $3, $4, $5, $6)", 7))
        using (var member = Prepare(transaction, "INSERT OR IGNORE INTO collection_story_documents(story_id, document_id) VALUES ($0, $1)", 2))
        {
            for (int i = 0; i < collection.Stories.Count; i++)
            {
                var s = collection.Stories[i];
                Exec(story, s.Id, i, s.Topic, s.First, s.Last, s.IndependentSources, ReportRecordJson.Serialize(s));
                foreach (var d in s.Documents) Exec(member, s.Id, DocumentIdOf(d));
            }
        }

        using (var topic = Prepare(transaction, "INSERT INTO collection_topics(topic_id, ordinal, payload) VALUES ($0, $1, $2)", 3))
            for (int i = 0; i < collection.Topics.Count; i++) Exec(topic, collection.Topics[i].Id, i, ReportRecordJson.Serialize(collection.Topics[i]));

        using (var group = Prepare(transaction, "INSERT INTO collection_groups(kind, payload) VALUES ($0, $1)", 2))
        {
            foreach (var f in collection.Families) Exec(group, GroupKind.Family, ReportRecordJson.Serialize(f));
            foreach (var g in collection.Syndication) Exec(group, GroupKind.Syndication, ReportRecordJson.Serialize(g));
            foreach (var l in collection.StoryLog) Exec(group, GroupKind.StoryLog, ReportRecordJson.Serialize(l));
        }

        using (var dated = Prepare(transaction, "INSERT INTO collection_documents(document_id, event_date) VALUES ($0, $1)", 2))
            foreach (var (document, date) in collection.EventDates.OrderBy(p => DocumentIdOf(p.Key)))
                Exec(dated, DocumentIdOf(document), date);

        using (var run = Prepare(transaction, "INSERT INTO collection_runs(run_id, stage_version, fingerprint, documents, independent_sources, analysed_at) VALUES ($0, $1, $2, $3, $4, $5)", 6))
            Exec(run, collection.RunId, stageVersion, fingerprint, documents, collection.IndependentSources,
                (collection.AnalysedAt ?? DateTimeOffset.UtcNow).ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture));
        transaction.Commit();
    }

    /// <summary>The results of the last collection run (<see cref="StoredCollection.Empty"/> before the first). A full
    /// read: callers that serve many requests keep it and read again when <see cref="LastCollectionRun"/> changes.</summary>
    public StoredCollection ReadCollection()
    {
        var run = LastCollectionRun();
        if (run is null) return StoredCollection.Empty;
        var facts = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (kind, payload) in ReadPairs("SELECT kind, payload FROM collection_facts ORDER BY id"))
        {
            if (!facts.TryGetValue(kind, out var list)) facts[kind] = list = [];
            list.Add(payload);
        }
        var groups = ReadPairs("SELECT kind, payload FROM collection_groups ORDER BY id");
        List<T> Facts<T>(string kind) where T : class => facts.GetValueOrDefault(kind, []).ConvertAll(ReportRecordJson.Deserialize<T>);
        List<T> Groups<T>(string kind) where T : class => groups.Where(g => g.Key == kind).Select(g => ReportRecordJson.Deserialize<T>(g.Value)).ToList();
        List<T> Payloads<T>(string sql) where T : class => ReadPairs(sql).ConvertAll(p => ReportRecordJson.Deserialize<T>(p.Value));

        return new StoredCollection(
            run.RunId, run.AnalysedAt,
            Payloads<StoryReport>("SELECT story_id, payload FROM collection_stories ORDER BY ordinal"),
            Payloads<TopicReport>("SELECT topic_id, payload FROM collection_topics ORDER BY ordinal"),
            Payloads<EntityReport>("SELECT entity_id, payload FROM collection_entities ORDER BY ordinal"),
            Facts<EventReport>(FactKind.Event), Facts<QuoteReport>(FactKind.Quote), Facts<TimeReport>(FactKind.Time), Facts<NumberReport>(FactKind.Number),
            Groups<FamilyReport>(GroupKind.Family), Groups<SyndicationReport>(GroupKind.Syndication),
            ReadPairs("SELECT CAST(document_id AS TEXT), event_date FROM collection_documents WHERE event_date IS NOT NULL ORDER BY document_id")
                .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
            run.IndependentSources)
        {
            AcledRows = Facts<Marsad.Export.AcledRow>(FactKind.Acled),
            StoryLog = Groups<StoryLogReport>(GroupKind.StoryLog),
        };
    }

    /// <summary>Ids of the collection entities mentioned in one document, most mentioned first.</summary>
    public IReadOnlyList<string> EntityIdsOf(long documentId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT entity_id FROM collection_mentions WHERE document_id = $d GROUP BY entity_id ORDER BY COUNT(*) DESC, entity_id";
        command.Parameters.AddWithValue("$d", documentId);
        return ReadStrings(command);
    }

    private List<KeyValuePair<string, string>> ReadPairs(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var pairs = new List<KeyValuePair<string, string>>();
        while (reader.Read()) pairs.Add(new(reader.GetString(0), reader.GetString(1)));
        return pairs;
    }

    private void Run(SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private SqliteCommand Prepare(SqliteTransaction transaction, string sql, int parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        for (int i = 0; i < parameters; i++) command.Parameters.Add(new SqliteParameter { ParameterName = "$" + i });
        command.Prepare();
        return command;
    }

    private static void Exec(SqliteCommand command, params object?[] values)
    {
        for (int i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
        command.ExecuteNonQuery();
    }
}
