using Marsad.Ingest;
using Marsad.Storage;

namespace Marsad.Tests;

/// <summary>Ingestion into the server store: content-addressed documents, locations and versions, written by binary
/// COPY at each batch's commit.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresIngestTests(PostgresServer server) : IDisposable
{
    private readonly TestDatabase database = server.CreateDatabase();
    private readonly string scratch = Directory.CreateTempSubdirectory("marsad-pg-ingest-").FullName;

    public void Dispose()
    {
        database.Dispose();
        Directory.Delete(scratch, recursive: true);
    }

    private PostgresDocumentStore Open() => new(database.ConnectionString);

    private static IngestedArticle Article(string locator, string text) => new(locator, "text", text);

    [Fact]
    public void The_samples_are_stored_once_each_over_several_batches()
    {
        using var store = Open();

        var summary = Samples.Ingest(store, RepositoryPaths.Samples(), batchSize: 2);

        Assert.Equal(5, summary.Stored);
        Assert.Equal(5, store.CountDocuments());
        Assert.Equal(5, database.Count("versions"));
    }

    [Fact]
    public void Ingesting_the_same_files_again_stores_nothing()
    {
        using var store = Open();
        Samples.Ingest(store);

        var again = Samples.Ingest(store);

        Assert.Equal((0, 0, 5), (again.Stored, again.NewVersions, again.Unchanged));
        Assert.Equal(5, store.CountDocuments());
        Assert.Equal(5, database.Count("versions"));
    }

    [Fact]
    public void The_same_content_at_a_new_location_adds_only_the_location()
    {
        using var store = Open();
        Samples.Ingest(store);
        var sample = Directory.GetFiles(RepositoryPaths.Samples(), "*.txt").Order(StringComparer.Ordinal).First();
        var copy = Path.Combine(scratch, "mirror.txt");
        File.Copy(sample, copy);

        var summary = Samples.Ingest(store, copy);

        Assert.Equal((0, 0), (summary.Stored, summary.NewVersions));
        Assert.Equal(5, store.CountDocuments());
        var document = store.ReadDocuments().Single(d => store.GetLocations(d.Id).Contains(copy));
        Assert.Equal([Path.GetFullPath(sample), copy], store.GetLocations(document.Id).Select(Path.GetFullPath));
    }

    [Fact]
    public void Content_seen_twice_in_one_batch_is_one_document_at_two_locations()
    {
        using var store = Open();
        StoreOutcome first, second;
        using (var writer = store.BeginWrite())
        {
            first = writer.Put(Article("a.txt", "نص الخبر الأول"), "ar");
            second = writer.Put(Article("b.txt", "نص الخبر الأول"), "ar");
            writer.Commit();
        }

        Assert.Equal((StoreStatus.Stored, StoreStatus.NewLocation), (first.Status, second.Status));
        Assert.Equal(first.DocumentId, second.DocumentId);
        Assert.Equal(1, store.CountDocuments());
        Assert.Equal(["a.txt", "b.txt"], store.GetLocations(first.DocumentId));
    }

    [Fact]
    public void A_location_whose_content_changes_keeps_every_version_within_and_across_batches()
    {
        using var store = Open();
        using (var writer = store.BeginWrite())
        {
            writer.Put(Article("page", "النسخة الأولى"), "ar");
            writer.Put(Article("page", "النسخة الثانية"), "ar");
            writer.Commit();
        }
        StoreOutcome back;
        using (var writer = store.BeginWrite())
        {
            back = writer.Put(Article("page", "النسخة الأولى"), "ar");
            writer.Commit();
        }

        Assert.Equal((StoreStatus.NewVersion, 3), (back.Status, back.Version));
        Assert.Equal([1, 2, 3], store.GetVersions("page").Select(v => v.Version));
        Assert.Equal(3, database.Scalar<int>("SELECT current_version FROM locations WHERE locator = 'page'"));
        Assert.Equal(2, store.CountDocuments());
    }

    [Fact]
    public void A_publication_date_reads_back_with_the_offset_it_was_given()
    {
        using var store = Open();
        var published = new DateTimeOffset(2024, 3, 1, 0, 30, 0, TimeSpan.FromHours(3));
        long id;
        using (var writer = store.BeginWrite())
        {
            id = writer.Put(Article("dated.txt", "خبر مؤرخ") with { Published = published }, "ar").DocumentId;
            writer.Commit();
        }

        var read = store.GetDocument(id)!.Published!.Value;

        Assert.Equal((published, published.Offset), (read, read.Offset));
    }

    [Fact]
    public void Log_lines_of_a_batch_are_kept_with_their_run()
    {
        using var store = Open();
        using (var writer = store.BeginWrite())
        {
            writer.Log("run-1", "bad.html", "error", "no article text");
            writer.Commit();
        }

        var entry = Assert.Single(store.ReadLog("run-1"));
        Assert.Equal(("bad.html", "error", "no article text"), (entry.Source, entry.Level, entry.Message));
    }
}
