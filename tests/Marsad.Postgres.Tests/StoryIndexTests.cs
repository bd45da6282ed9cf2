using Marsad.Ingest;
using Marsad.Pipeline;
using Marsad.Storage;
using Npgsql;

namespace Marsad.Tests;

/// <summary>Story candidate lookup in the server store: the stories of the last collection run found by an article's
/// keys with one indexed query, and the place stage built on it.</summary>
[Collection(PostgresCollection.Name)]
public sealed class StoryIndexTests : IDisposable
{
    private readonly TestDatabase database;
    private readonly PostgresDocumentStore store;

    public StoryIndexTests(PostgresServer postgres)
    {
        database = postgres.CreateDatabase();
        store = new PostgresDocumentStore(database.ConnectionString);
        Samples.Ingest(store);
        Samples.Process(store);
    }

    public void Dispose()
    {
        store.Dispose();
        database.Dispose();
    }

    private static string SampleText(string number) =>
        File.ReadAllText(Directory.GetFiles(RepositoryPaths.Samples(), number + "_*.txt").Single());

    /// <summary>Stores and processes one more article (text core and dedup only: no collection run).</summary>
    private long AddProcessed(string locator, string text)
    {
        long id;
        using (var writer = store.BeginWrite())
        {
            id = writer.Put(new IngestedArticle(locator, "text", text), "ar").DocumentId;
            writer.Commit();
        }
        Samples.ProcessDocuments(store);
        return id;
    }

    private string StoryOfSample(string number) =>
        store.ReadCollection().Stories.Single(s => s.Documents.Any(d => Samples.Name(store, d) == number)).Id;

    [Fact]
    public void A_collection_run_stores_each_storys_actor_place_and_term_keys()
    {
        var kinds = database.Scalar<string>("SELECT string_agg(DISTINCT left(key, 2), ' ' ORDER BY left(key, 2)) FROM collection_story_keys");

        Assert.Equal("e: p: t:", kinds);
        Assert.Equal(3L, database.Scalar<long>("SELECT COUNT(DISTINCT story_id) FROM collection_story_keys"));
    }

    [Fact]
    public void The_candidate_lookup_is_an_index_range_per_key_not_a_scan()
    {
        using var connection = new NpgsqlConnection(database.ConnectionString);
        connection.Open();
        // The samples make a tiny table that a scan would read as fast; the plan says what a large one would get.
        using (var off = new NpgsqlCommand("SET enable_seqscan = off", connection)) off.ExecuteNonQuery();
        using var explain = new NpgsqlCommand("EXPLAIN SELECT key, COUNT(*) FROM collection_story_keys WHERE key = ANY($1) GROUP BY key", connection);
        explain.Parameters.Add(new NpgsqlParameter { Value = new[] { "t:x", "e:y" } });
        var plan = new List<string>();
        using (var reader = explain.ExecuteReader()) while (reader.Read()) plan.Add(reader.GetString(0));

        Assert.Contains(plan, line => line.Contains("collection_story_keys_pkey", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, line => line.Contains("Seq Scan", StringComparison.Ordinal));
    }

    [Fact]
    public void A_reworded_copy_of_a_stored_article_is_placed_in_that_articles_story()
    {
        var paragraphs = SampleText("000").Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        long copy = AddProcessed("copy-of-000.txt", string.Join("\n\n", paragraphs.Reverse()) + "\n\nتحديث: أضاف المصدر تفاصيل جديدة.");

        var (outcome, match) = new StorePlacer(store, store).Place(copy);

        Assert.Equal(PlacementOutcome.Placed, outcome);
        Assert.Equal(StoryOfSample("000"), match!.Story);
        Assert.Equal([(copy, StoryOfSample("000"))], store.Placements().Select(p => (p.Document, p.Story!)));
    }

    [Fact]
    public void An_article_about_something_no_story_is_about_is_placed_in_none()
    {
        long other = AddProcessed("football.txt",
            "فاز نادي الهلال على نادي النصر بثلاثة أهداف مقابل هدف في مباراة الدوري السعودي لكرة القدم مساء الجمعة. "
            + "وسجل المهاجم الأهداف الثلاثة في الشوط الثاني أمام جمهور غفير ملأ مدرجات الملعب، ليتصدر الفريق جدول الترتيب.");

        var (outcome, match) = new StorePlacer(store, store).Place(other);

        Assert.Equal(PlacementOutcome.Placed, outcome);
        Assert.Null(match!.Story);
        Assert.True(match.Score < Stories.StoryOptions.Default.PlacementThreshold);
    }

    [Fact]
    public void Placing_a_document_twice_keeps_one_placement()
    {
        long copy = AddProcessed("copy-of-003.txt", SampleText("003") + "\n\nتحديث: تفاصيل جديدة.");
        var placer = new StorePlacer(store, store);

        placer.Place(copy);
        placer.Place(copy);

        Assert.Single(store.Placements());
    }

    [Fact]
    public void The_next_collection_run_clusters_the_placed_document_and_drops_the_placement()
    {
        long copy = AddProcessed("copy-of-003.txt", SampleText("003") + "\n\nتحديث: تفاصيل جديدة.");
        new StorePlacer(store, store).Place(copy);

        new CollectionProcessor(store).Run();

        Assert.Empty(store.Placements());
        Assert.Contains(store.ReadCollection().Stories, s => s.Documents.Contains(StoreKey.Of(copy)));
    }

    [Fact]
    public void A_placement_against_a_run_that_is_no_longer_the_last_is_not_written()
    {
        long copy = AddProcessed("copy-of-003.txt", SampleText("003") + "\n\nتحديث: تفاصيل جديدة.");
        string oldRun = store.LastCollectionRun()!.RunId;
        new CollectionProcessor(store).Run();

        Assert.False(store.PutPlacement(copy, oldRun, new Stories.StoryMatch(null, 0)));
        Assert.Empty(store.Placements());
    }

    [Fact]
    public void A_collection_run_that_read_an_older_state_does_not_overwrite_the_newer_results()
    {
        string older = store.ProcessedFingerprint();
        AddProcessed("copy-of-003.txt", SampleText("003") + "\n\nتحديث: تفاصيل جديدة.");
        new CollectionProcessor(store).Run();
        var newer = store.LastCollectionRun()!;

        bool written = store.ReplaceCollection(StoredCollection.Empty, CollectionProcessor.StageVersion, older, 5);

        Assert.False(written);
        Assert.Equal(newer.RunId, store.LastCollectionRun()!.RunId);
        Assert.NotEmpty(store.ReadCollection().Stories);
    }
}
