using Marsad.Ingest;
using Marsad.Storage;
using Microsoft.Data.Sqlite;

namespace Marsad.Tests.Storage;

public sealed class SqliteDocumentStoreTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("marsad-store-").FullName;
    private string DbPath => Path.Combine(directory, "test.db");

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static IngestedArticle Article(string locator, string text) => new(locator, "text", text) { Title = "عنوان" };

    private static StoreOutcome Put(IDocumentStore store, IngestedArticle article, string language = "ar")
    {
        using var writer = store.BeginWrite();
        var outcome = writer.Put(article, language);
        writer.Commit();
        return outcome;
    }

    private static object? Query(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    [Fact]
    public void A_new_store_is_migrated_to_the_latest_schema_in_wal_mode()
    {
        using (new SqliteDocumentStore(DbPath)) { }
        Assert.Equal((long)SqliteDocumentStore.LatestSchemaVersion, Query(DbPath, "SELECT MAX(version) FROM schema_version"));
        Assert.Equal("wal", Query(DbPath, "PRAGMA journal_mode"));
    }

    [Fact]
    public void Reopening_a_store_does_not_run_migrations_again()
    {
        using (new SqliteDocumentStore(DbPath)) { }
        using (new SqliteDocumentStore(DbPath)) { }
        Assert.Equal((long)SqliteDocumentStore.Migrations.Count, Query(DbPath, "SELECT COUNT(*) FROM schema_version"));
    }

    [Fact]
    public void Storing_the_same_content_at_the_same_place_twice_is_a_no_op()
    {
        using var store = new SqliteDocumentStore(DbPath);
        var first = Put(store, Article("a.txt", "نص الخبر"));
        var second = Put(store, Article("a.txt", "نص الخبر"));
        Assert.Equal(StoreStatus.Stored, first.Status);
        Assert.Equal(new StoreOutcome(first.DocumentId, StoreStatus.Unchanged, 1), second);
        Assert.Equal(1, store.CountDocuments());
    }

    [Fact]
    public void The_same_content_at_another_place_records_the_extra_location()
    {
        using var store = new SqliteDocumentStore(DbPath);
        var first = Put(store, Article("a.txt", "نص الخبر"));
        var second = Put(store, Article("https://news.example/a", "نص الخبر"));
        Assert.Equal(StoreStatus.NewLocation, second.Status);
        Assert.Equal(first.DocumentId, second.DocumentId);
        Assert.Equal(["a.txt", "https://news.example/a"], store.GetLocations(first.DocumentId));
        Assert.Equal(1, store.CountDocuments());
    }

    [Fact]
    public void Changed_content_at_a_known_url_becomes_a_new_version()
    {
        using var store = new SqliteDocumentStore(DbPath);
        var first = Put(store, Article("https://news.example/a", "الصيغة الأولى من الخبر"));
        var second = Put(store, Article("https://news.example/a", "الصيغة الثانية من الخبر بعد التحديث"));
        Assert.Equal(new StoreOutcome(second.DocumentId, StoreStatus.NewVersion, 2), second);
        Assert.NotEqual(first.DocumentId, second.DocumentId);
        Assert.Equal([first.DocumentId, second.DocumentId], store.GetVersions("https://news.example/a").Select(v => v.DocumentId));
    }

    [Fact]
    public void Documents_keep_text_language_metadata_and_a_content_hash()
    {
        using var store = new SqliteDocumentStore(DbPath);
        var article = Article("a.txt", "نص الخبر") with { Published = new DateTimeOffset(2024, 3, 10, 9, 0, 0, TimeSpan.FromHours(3)) };
        var id = Put(store, article, "ar").DocumentId;
        var stored = store.GetDocument(id)!;
        Assert.Equal(("نص الخبر", "ar", "عنوان"), (stored.Text, stored.Language, stored.Title));
        Assert.Equal(article.Published, stored.Published);
        Assert.Equal(32, stored.ContentHash.Length);
        Assert.Contains("\"title\":\"عنوان\"", stored.MetadataJson);
        Assert.Null(stored.CleanText);
    }

    [Fact]
    public void An_uncommitted_batch_leaves_nothing_behind()
    {
        using var store = new SqliteDocumentStore(DbPath);
        using (var writer = store.BeginWrite())
        {
            writer.Put(Article("a.txt", "نص"), "ar");
            writer.Log("run", "b.txt", "error", "سبب");
        }
        Assert.Equal(0, store.CountDocuments());
        Assert.Empty(store.ReadLog());
    }

    [Fact]
    public void Errors_are_kept_in_the_ingest_log()
    {
        using var store = new SqliteDocumentStore(DbPath);
        using (var writer = store.BeginWrite())
        {
            writer.Log("run1", "bad.json", "error", "record has no text field");
            writer.Commit();
        }
        var entry = Assert.Single(store.ReadLog("run1"));
        Assert.Equal(("bad.json", "error", "record has no text field"), (entry.Source, entry.Level, entry.Message));
    }

    [Fact]
    public void Later_stages_store_clean_text_and_json_results_by_stage_and_version()
    {
        using var store = new SqliteDocumentStore(DbPath);
        var id = Put(store, Article("a.txt", "نص")).DocumentId;
        store.SetCleanText(id, "نص نظيف");
        store.PutStageResult(new StageResult(id, "entities", 1, "{\"n\":1}"));
        store.PutStageResult(new StageResult(id, "entities", 2, "{\"n\":2}"));
        Assert.Equal("نص نظيف", store.GetDocument(id)!.CleanText);
        Assert.Equal(new StageResult(id, "entities", 2, "{\"n\":2}"), store.GetStageResult(id, "entities"));
    }

    [Fact]
    public void Feed_validators_are_remembered()
    {
        using (var store = new SqliteDocumentStore(DbPath)) store.SetValidators("https://news.example/rss", new Validators("\"v1\"", "Sun, 10 Mar 2024 09:00:00 GMT"));
        using var reopened = new SqliteDocumentStore(DbPath);
        Assert.Equal(new Validators("\"v1\"", "Sun, 10 Mar 2024 09:00:00 GMT"), reopened.GetValidators("https://news.example/rss"));
        Assert.Null(reopened.GetValidators("https://news.example/other"));
    }
}
