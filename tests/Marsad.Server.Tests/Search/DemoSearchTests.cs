using Marsad.Search;
using Marsad.Storage;

namespace Marsad.Server.Tests.Search;

/// <summary>Search over what <c>marsad demo</c> stores and indexes: the entity fields and filters filled from the
/// collection run, and the index following a new run.</summary>
public sealed class DemoSearchTests
{
    private static Task<RunningServer> DemoAsync() => RunningServer.StartAsync(prepare: DemoStore.CopyTo);

    private static List<long> Ids(RunningServer server, SearchRequest request) =>
        server.Library.Index.Search(request with { Limit = 50 }).Results!.Hits.Select(h => h.Id).Order().ToList();

    private static List<long> Keys(IEnumerable<string> documents) => documents.Select(SqliteDocumentStore.DocumentIdOf).Distinct().Order().ToList();

    [Fact]
    public async Task An_abbreviation_finds_the_articles_that_only_spell_the_name_out()
    {
        var collection = DemoStore.Collection();
        var sdf = collection.Entities.Single(e => e.Actor == "sdf");
        await using var server = await DemoAsync();
        var spelledOut = server.Library.Read(store => store.ReadDocuments()
            .Where(d => d.CleanText is { } t && !t.Contains("قسد", StringComparison.Ordinal) && sdf.Mentions.Any(m => m.Document == SqliteDocumentStore.Key(d.Id)))
            .Select(d => d.Id).ToList());
        Assert.NotEmpty(spelledOut);
        var found = Ids(server, new SearchRequest("قسد"));
        Assert.Equal(Keys(sdf.Mentions.Select(m => m.Document)), found);
    }

    [Fact]
    public async Task The_entity_filter_keeps_the_documents_that_mention_the_entity()
    {
        var collection = DemoStore.Collection();
        var person = collection.Entities.Where(e => e.Type == "PER").MaxBy(e => e.Mentions.Count)!;
        await using var server = await DemoAsync();
        Assert.Equal(Keys(person.Mentions.Select(m => m.Document)), Ids(server, new SearchRequest(null) { Entity = person.Id }));
    }

    [Fact]
    public async Task The_place_filter_keeps_the_documents_that_mention_the_place()
    {
        var collection = DemoStore.Collection();
        var place = collection.Entities.Where(e => e.Type == "LOC" && e.Geo is not null).MinBy(e => e.Mentions.Select(m => m.Document).Distinct().Count())!;
        await using var server = await DemoAsync();
        Assert.Equal(Keys(place.Mentions.Select(m => m.Document)), Ids(server, new SearchRequest(null) { Place = place.Id }));
    }

    [Fact]
    public async Task The_story_filter_keeps_the_storys_documents()
    {
        var story = DemoStore.Collection().Stories.MaxBy(s => s.Documents.Count)!;
        await using var server = await DemoAsync();
        Assert.Equal(Keys(story.Documents), Ids(server, new SearchRequest(null) { Story = story.Id }));
    }

    [Fact]
    public async Task The_event_type_filter_keeps_the_documents_with_such_an_event()
    {
        var collection = DemoStore.Collection();
        var type = collection.Events.GroupBy(e => e.EventType).MinBy(g => g.Select(e => e.Document).Distinct().Count())!;
        await using var server = await DemoAsync();
        Assert.Equal(Keys(type.Select(e => e.Document)), Ids(server, new SearchRequest(null) { EventType = type.Key }));
    }

    [Fact]
    public async Task An_index_built_before_the_collection_run_is_rebuilt_with_its_facts()
    {
        var collection = DemoStore.Collection();
        await using var server = await RunningServer.StartAsync(prepare: database =>
        {
            DemoStore.CopyTo(database);
            // The index as it was before any collection run: text only.
            using var store = new SqliteDocumentStore(database);
            var path = SearchIndex.PathFor(database);
            SearchIndex.Delete(path);
            using var index = SearchIndex.Open(path);
            SearchIndexer.Rebuild(store, index);
        });
        Assert.Equal(collection.RunId, server.Library.Index.CollectionRun);
        var story = collection.Stories[0];
        Assert.Equal(Keys(story.Documents), Ids(server, new SearchRequest(null) { Story = story.Id }));
    }

    [Fact]
    public async Task A_collection_run_while_serving_is_picked_up_by_the_pages_and_the_index()
    {
        await using var server = await DemoAsync();
        var before = server.Library.Collection.Current().Collection.RunId;
        string after;
        // Another process (marsad process) runs the collection stage again on the same store.
        using (var store = new SqliteDocumentStore(server.Database))
            after = new Marsad.Pipeline.CollectionProcessor(store).Run(force: true).RunId;
        Assert.NotEqual(before, after);
        var response = await server.Client.GetAsync("/api/stories");
        response.EnsureSuccessStatusCode();
        Assert.Equal(after, server.Library.Collection.Current().Collection.RunId);
        Assert.Equal(after, server.Library.Index.CollectionRun);
    }
}
