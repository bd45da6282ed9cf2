using Marsad.Ingest;
using Marsad.Storage;

namespace Marsad.Tests;

/// <summary>Server-side search through PostgreSQL's built-in <c>arabic</c> text-search configuration (a Snowball
/// stemmer) over the clean text. These tests state what that configuration really does, limits included.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresSearchTests(PostgresServer server) : IDisposable
{
    private readonly TestDatabase database = server.CreateDatabase();

    public void Dispose() => database.Dispose();

    /// <summary>A store holding each text as a processed document's clean text; ids in the order given.</summary>
    private (PostgresDocumentStore Store, long[] Ids) StoreWith(params string[] cleanTexts)
    {
        var store = new PostgresDocumentStore(database.ConnectionString);
        var ids = new long[cleanTexts.Length];
        using (var writer = store.BeginWrite())
        {
            for (int i = 0; i < cleanTexts.Length; i++) ids[i] = writer.Put(new IngestedArticle($"doc{i}", "text", cleanTexts[i]), "ar").DocumentId;
            writer.Commit();
        }
        for (int i = 0; i < ids.Length; i++) store.SetCleanText(ids[i], cleanTexts[i]);
        return (store, ids);
    }

    [Fact]
    public void A_plural_with_the_article_finds_the_form_with_a_possessive_suffix()
    {
        var (store, ids) = StoreWith("أعلنت الحركة مقتل عشرة من مقاتليها في الغارة.", "ارتفعت أسعار النفط في الأسواق.");
        using (store)
        {
            var hit = Assert.Single(store.Search("المقاتلين"));

            Assert.Equal(ids[0], hit.DocumentId);
            Assert.Contains("«مقاتليها»", hit.Snippet);
        }
    }

    [Fact]
    public void The_bare_stem_finds_both_forms()
    {
        var (store, ids) = StoreWith("قتل عدد من المقاتلين.", "أعلنت الحركة مقتل عشرة من مقاتليها.", "ارتفعت أسعار النفط.");
        using (store)
            Assert.Equal([ids[0], ids[1]], store.Search("مقاتل").Select(h => h.DocumentId).Order());
    }

    [Fact]
    public void The_document_that_matches_more_often_ranks_first()
    {
        var (store, ids) = StoreWith("قتل أحد المقاتلين.", "المقاتلون انسحبوا، ثم عاد المقاتلون وهاجم مقاتل آخر.");
        using (store)
            Assert.Equal([ids[1], ids[0]], store.Search("مقاتلين").Select(h => h.DocumentId));
    }

    [Fact]
    public void Only_processed_documents_are_searched()
    {
        using var store = new PostgresDocumentStore(database.ConnectionString);
        using (var writer = store.BeginWrite())
        {
            writer.Put(new IngestedArticle("raw", "text", "قتل عدد من المقاتلين."), "ar");
            writer.Commit();
        }

        Assert.Empty(store.Search("المقاتلين"));
    }

    /// <summary>A limit of PostgreSQL's stemmer, not of Marsad: it strips ال, but with the conjunction و glued before
    /// it "والمقاتلين" is indexed as والمقاتل, so a search for the plain word misses that document.</summary>
    [Fact]
    public void The_arabic_configuration_does_not_split_off_a_conjunction_before_the_article()
    {
        var (store, _) = StoreWith("انسحبت القوات والمقاتلين من البلدة.");
        using (store)
            Assert.Empty(store.Search("المقاتلين"));
    }
}
