using Marsad.Dedup;
using Marsad.Ingest;
using Marsad.Language;
using Marsad.Pipeline;
using Marsad.Storage;
using Marsad.Tests.Dedup;
using Microsoft.Data.Sqlite;

namespace Marsad.Tests.Pipeline;

public sealed class StoreProcessorTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("marsad-process-").FullName;
    private string DbPath => Path.Combine(directory, "test.db");

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static long Put(SqliteDocumentStore store, string locator, string text)
    {
        using var writer = store.BeginWrite();
        var outcome = writer.Put(new IngestedArticle(locator, "text", text), "ar");
        writer.Commit();
        return outcome.DocumentId;
    }

    private static ProcessSummary Process(SqliteDocumentStore store, ILanguageIdentifier? languages = null) =>
        new StoreProcessor(store, new DocumentAnalyzer(languages ?? new ScriptLanguageIdentifier())).Run();

    private long Count(string table)
    {
        using var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table}";
        return (long)command.ExecuteScalar()!;
    }

    private static string Economy => Articles.Join(Articles.Economy);
    private static string EconomyWithoutOneSentence => Articles.Join(Articles.Economy.Where((_, i) => i != 5));

    [Fact]
    public void A_near_copy_ingested_later_is_linked_to_the_earlier_article_without_reprocessing_it()
    {
        using var store = new SqliteDocumentStore(DbPath);
        long a = Put(store, "a.txt", Economy);
        Assert.Equal(1, Process(store).Processed);
        long b = Put(store, "b.txt", EconomyWithoutOneSentence);

        var second = Process(store);

        Assert.Equal(1, second.Processed);
        var link = Assert.Single(store.ReadDedup().LinksOf(SqliteDocumentStore.Key(b)));
        Assert.Equal((SqliteDocumentStore.Key(a), DuplicateKind.Near), (link.Document, link.Kind));
    }

    [Fact]
    public void A_new_store_instance_finds_links_to_documents_processed_by_an_earlier_one()
    {
        long a;
        using (var first = new SqliteDocumentStore(DbPath))
        {
            a = Put(first, "a.txt", Economy);
            Process(first);
        }
        using var store = new SqliteDocumentStore(DbPath);
        long b = Put(store, "b.txt", EconomyWithoutOneSentence);
        Process(store);

        var family = Assert.Single(store.ReadDedup().Families());
        Assert.Equal([SqliteDocumentStore.Key(a), SqliteDocumentStore.Key(b)], family.Members);
    }

    [Fact]
    public void Processing_twice_writes_nothing_the_second_time()
    {
        using var store = new SqliteDocumentStore(DbPath);
        Put(store, "a.txt", Economy);
        Put(store, "b.txt", EconomyWithoutOneSentence);
        Process(store);
        var tables = new[] { "stage_results", "dedup_documents", "dedup_bands", "dedup_seeds", "dedup_relations", "dedup_passage_locations" };
        var before = tables.Select(Count).ToList();

        var again = Process(store);

        Assert.Equal(0, again.Processed);
        Assert.Equal(before, tables.Select(Count).ToList());
    }

    [Fact]
    public void Text_core_results_are_stored_with_the_clean_text()
    {
        using var store = new SqliteDocumentStore(DbPath);
        long a = Put(store, "a.txt", Economy);
        Process(store);

        Assert.False(string.IsNullOrEmpty(store.GetDocument(a)!.CleanText));
        Assert.Contains("\"sentences\"", store.GetStageResult(a, StoreProcessor.TextCoreStage)!.PayloadJson);
    }

    [Fact]
    public void A_document_without_Arabic_text_is_skipped_with_a_note_not_an_error()
    {
        using var store = new SqliteDocumentStore(DbPath);
        Put(store, "en.txt", "The central bank raised its main interest rate by half a point on Monday to fight inflation.");

        var summary = Process(store);

        Assert.Equal((0, 1), (summary.Processed, summary.Skipped));
        Assert.Empty(summary.Failures);
        Assert.Contains(store.ReadLog(summary.RunId), e => e.Level == "note" && e.Source == "en.txt");
        Assert.Equal(0, Process(store).Skipped);
    }

    /// <summary>Throws on one document, as a broken stage would.</summary>
    private sealed class FailingOn(string marker) : ILanguageIdentifier
    {
        public string Identify(string text) => text.Contains(marker, StringComparison.Ordinal) ? throw new InvalidOperationException("stage broke") : "ar";
    }

    [Fact]
    public void A_document_that_fails_is_logged_and_the_run_goes_on()
    {
        using var store = new SqliteDocumentStore(DbPath);
        Put(store, "bad.txt", Articles.Join(Articles.Football));
        long good = Put(store, "good.txt", Economy);

        var summary = Process(store, new FailingOn(Articles.Football[0][..20]));

        Assert.Equal(1, summary.Processed);
        Assert.Equal("bad.txt", Assert.Single(summary.Failures).Source);
        Assert.Contains(store.ReadLog(summary.RunId), e => e.Level == "error" && e.Source == "bad.txt" && e.Message.Contains("stage broke"));
        Assert.NotNull(store.GetStageResult(good, StoreProcessor.DedupStage));
        Assert.Equal(1, Process(store).Processed);
    }

    [Fact]
    public void The_store_finds_the_same_relations_as_analyze_on_the_sample_articles()
    {
        var files = Directory.GetFiles(SamplesDirectory(), "*.txt").Order(StringComparer.Ordinal).ToList();
        var analysis = new CollectionAnalyzer().Analyze(files.Select(f => new SourceDocument(Path.GetFileNameWithoutExtension(f), f, File.ReadAllText(f))).ToList());

        using var store = new SqliteDocumentStore(DbPath);
        var name = files.ToDictionary(f => SqliteDocumentStore.Key(Put(store, f, File.ReadAllText(f))), f => Path.GetFileNameWithoutExtension(f));
        Process(store);
        var snapshot = store.ReadDedup();

        var fromAnalyze = analysis.Links.SelectMany(p => p.Value.Select(l => (p.Key, l.Document, l.Kind, l.Similarity))).Order().ToList();
        var fromStore = name.Keys.SelectMany(id => snapshot.LinksOf(id).Select(l => (name[id], name[l.Document], l.Kind, l.Similarity))).Order().ToList();
        Assert.NotEmpty(fromAnalyze);
        Assert.Equal(fromAnalyze, fromStore);
        Assert.Equal(analysis.SharedPassages.Count, snapshot.Passages.Count);
        Assert.Equal(analysis.IndependentSources, snapshot.IndependentSources());
    }

    [Fact]
    public void Parallel_batched_processing_stores_what_serial_processing_stores_on_the_sample_articles()
    {
        var files = Directory.GetFiles(SamplesDirectory(), "*.txt").Order(StringComparer.Ordinal).ToList();
        string Stored(string name, ProcessOptions options)
        {
            string path = Path.Combine(directory, name);
            using var store = new SqliteDocumentStore(path);
            foreach (var f in files) Put(store, f, File.ReadAllText(f));
            new StoreProcessor(store, new DocumentAnalyzer(new ScriptLanguageIdentifier()), processOptions: options).Run();
            return Dump(store) + Rows(path, "SELECT seed, seq, position FROM dedup_seeds ORDER BY seed, seq, position")
                + Rows(path, "SELECT band, key, seq FROM dedup_bands ORDER BY band, key, seq");
        }

        string serial = Stored("serial.db", new ProcessOptions(Workers: 1, BatchSize: 1));
        string parallel = Stored("parallel.db", new ProcessOptions(Workers: 4, BatchSize: 3));

        Assert.Contains("relation ", serial);
        Assert.Contains("passage ", serial);
        Assert.Equal(serial, parallel);
    }

    private static string Rows(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var text = new System.Text.StringBuilder();
        while (reader.Read()) text.AppendLine($"{reader.GetInt64(0)} {reader.GetInt64(1)} {reader.GetInt64(2)}");
        return text.ToString();
    }

    /// <summary>Everything the per-document stages stored, in a stable text form (times of writing left out).</summary>
    private static string Dump(SqliteDocumentStore store)
    {
        var text = new System.Text.StringBuilder();
        var snapshot = store.ReadDedup();
        foreach (var m in snapshot.Members) text.AppendLine($"member {m.Id} {m.Sequence} {m.WordCount} {string.Join(',', m.Agencies)}");
        foreach (var r in snapshot.Relations) text.AppendLine($"relation {r.Document} {r.Other} {r.Kind} {r.Similarity}");
        foreach (var p in snapshot.Passages) text.AppendLine("passage " + string.Join(' ', p.Locations.Select(l => $"{l.DocumentId}:{l.Start}-{l.End}")));
        foreach (var d in store.ReadDocuments())
        {
            text.AppendLine($"clean {d.Id} {d.CleanText}");
            foreach (var stage in new[] { StoreProcessor.TextCoreStage, StoreProcessor.DedupStage })
                text.AppendLine($"{stage} {d.Id} {store.GetStageResult(d.Id, stage)?.PayloadJson}");
        }
        return text.ToString();
    }

    [Fact]
    public void A_document_undone_inside_a_batch_leaves_the_other_documents_of_the_batch_committed()
    {
        using var store = new SqliteDocumentStore(DbPath);
        long undone = Put(store, "a.txt", Economy);
        long kept = Put(store, "b.txt", EconomyWithoutOneSentence);

        using (var batch = store.BeginProcessingBatch())
        {
            using (var writer = batch.BeginDocument())
            {
                writer.SetCleanText(undone, "نص منظف");
                writer.PutStageResult(new StageResult(undone, StoreProcessor.DedupStage, StoreProcessor.DedupStageVersion, "{}"));
            }
            using (var writer = batch.BeginDocument())
            {
                writer.PutStageResult(new StageResult(kept, StoreProcessor.DedupStage, StoreProcessor.DedupStageVersion, "{}"));
                writer.Commit();
            }
            batch.Commit();
        }

        Assert.Null(store.GetStageResult(undone, StoreProcessor.DedupStage));
        Assert.Null(store.GetDocument(undone)!.CleanText);
        Assert.NotNull(store.GetStageResult(kept, StoreProcessor.DedupStage));
    }

    private static string SamplesDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "samples")) && File.Exists(Path.Combine(dir.FullName, "Marsad.sln")))
                return Path.Combine(dir.FullName, "samples");
        throw new DirectoryNotFoundException("samples/ not found above the test binaries");
    }
}
