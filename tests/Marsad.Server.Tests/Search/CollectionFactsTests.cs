using Marsad.Browse;
using Marsad.Pipeline;
using Marsad.Report;
using Marsad.Search;
using Marsad.Storage;

namespace Marsad.Server.Tests.Search;

/// <summary>What the stored collection adds to the index: entity and place names with their aliases, event types,
/// stories; and when the index must be rebuilt because the collection changed.</summary>
public sealed class CollectionFactsTests : IDisposable
{
    // يسمي الخبر الأول القوات باسمها الكامل فقط، والثاني باختصارها فقط.
    private const string FullName = "أعلنت قوات سوريا الديمقراطية السيطرة على قرية جديدة في محافظة دير الزور بعد معارك عنيفة مع مسلحي تنظيم داعش.";
    private const string Other = "ارتفعت أسعار القمح في الأسواق المحلية بعد موسم جاف، وقال تجار إن المخزون يكفي لشهرين فقط.";

    private readonly SearchIndex index = SearchIndex.InMemory();

    private static CollectionView Analyse(params (long Id, string Text)[] documents) =>
        new(StoredCollection.FromReport(ReportBuilder.Build(new CollectionAnalyzer().Analyze(
            documents.Select(d => new SourceDocument(d.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "test", d.Text)).ToList())), "run-1", null));

    private void Index(CollectionView view, params (long Id, string Text)[] documents)
    {
        var facts = new CollectionFacts(view);
        foreach (var (id, text) in documents)
        {
            var f = facts.FactsOf(id);
            index.Put(new SearchDocument(id, null, text, "test", null, DateTimeOffset.UnixEpoch, "ar")
            {
                Entities = f.Entities, Places = f.Places, EntityIds = f.EntityIds, PlaceIds = f.PlaceIds, EventTypes = f.EventTypes, Story = f.Story,
            });
        }
        index.Commit(facts.RunId);
    }

    private List<long> Ids(SearchRequest request) => index.Search(request).Results!.Hits.Select(h => h.Id).Order().ToList();

    [Fact]
    public void An_abbreviation_from_the_actors_file_finds_an_article_that_only_uses_the_full_name()
    {
        var documents = new[] { (1L, FullName), (2L, Other) };
        Index(Analyse(documents), documents);
        Assert.Equal([1], Ids(new SearchRequest("قسد")));
    }

    [Fact]
    public void A_document_carries_its_entities_ids_for_the_entity_filter()
    {
        var documents = new[] { (1L, FullName), (2L, Other) };
        Index(Analyse(documents), documents);
        Assert.Equal([1], Ids(new SearchRequest(null) { Entity = "actor/sdf" }));
    }

    [Fact]
    public void Places_go_to_the_place_fields_and_the_other_entities_to_the_entity_fields()
    {
        var view = Analyse((1L, FullName));
        var facts = new CollectionFacts(view).FactsOf(1);
        var found = view.Collection.EntitiesOf("1");
        var places = found.Where(e => e.Type == "LOC").Select(e => e.Id).ToList();
        Assert.NotEmpty(places);
        Assert.Equal(places, facts.PlaceIds);
        Assert.Equal(found.Where(e => e.Type != "LOC").Select(e => e.Id), facts.EntityIds);
        Assert.All(found.Where(e => e.Type == "LOC"), e => Assert.Contains(e.Name, facts.Places));
    }

    [Fact]
    public void A_document_carries_the_types_of_its_events()
    {
        var view = Analyse((1L, FullName));
        var types = new CollectionFacts(view).FactsOf(1).EventTypes;
        Assert.NotEmpty(types);
        Assert.Equal(view.EventsOf("1").Select(e => e.EventType).Distinct().Order(), types);
    }

    [Fact]
    public void A_document_no_collection_run_has_seen_has_no_facts()
    {
        var view = Analyse((1L, FullName));
        Assert.Same(DocumentFacts.None, new CollectionFacts(view).FactsOf(99));
    }

    [Fact]
    public void The_index_remembers_the_collection_run_it_was_built_with_across_later_commits()
    {
        index.Commit("run-7");
        index.Put(new SearchDocument(1, null, Other, "", null, DateTimeOffset.UnixEpoch, "ar"));
        index.Commit();
        Assert.Equal("run-7", index.CollectionRun);
    }

    [Fact]
    public void The_collection_run_survives_reopening_the_index()
    {
        var path = Directory.CreateTempSubdirectory("marsad-index-").FullName;
        try
        {
            using (var first = SearchIndex.Open(path)) first.Commit("run-3");
            using var again = SearchIndex.Open(path);
            Assert.Equal("run-3", again.CollectionRun);
        }
        finally
        {
            Directory.Delete(path, recursive: true);
        }
    }

    public void Dispose() => index.Dispose();
}
