using Marsad.Ingest;
using Marsad.Language;
using Marsad.Pipeline;
using Marsad.Storage;
using Marsad.Tests.Dedup;
using Marsad.Tests.Storage;

namespace Marsad.Tests.Pipeline;

/// <summary>The collection stage of <c>marsad process</c>: entities, facts, stories and topics over what the store holds.</summary>
public sealed class CollectionProcessorTests : IDisposable
{
    private readonly ScratchStore scratch = new();
    private string DbPath => scratch.DbPath;

    public void Dispose() => scratch.Dispose();

    private static long Put(SqliteDocumentStore store, string locator, string text) => ScratchStore.Put(store, locator, text);

    private static CollectionSummary Process(SqliteDocumentStore store)
    {
        new StoreProcessor(store, new DocumentAnalyzer(new ScriptLanguageIdentifier())).Run();
        return new CollectionProcessor(store).Run();
    }

    /// <summary>The samples, stored in file order; store key → the file's number (000 … 004).</summary>
    private static Dictionary<string, string> PutSamples(SqliteDocumentStore store) =>
        Directory.GetFiles(RepositoryPaths.Samples(), "*.txt").Order(StringComparer.Ordinal)
            .ToDictionary(f => SqliteDocumentStore.Key(Put(store, f, File.ReadAllText(f))), f => Path.GetFileNameWithoutExtension(f)[..3]);

    private const string Article =
        "قال المتحدث باسم قوات سوريا الديمقراطية طلال سلو، الأربعاء، إن القوات سيطرت على بلدة هجين في شرق سوريا بعد معارك عنيفة مع تنظيم داعش.\n\n"
        + "وأضاف سلو أن نحو 30 مقاتلا من التنظيم قتلوا في الاشتباكات.";

    [Fact]
    public void The_sample_articles_are_stored_as_three_stories_in_one_topic()
    {
        using var store = new SqliteDocumentStore(DbPath);
        var name = PutSamples(store);

        Process(store);
        var collection = store.ReadCollection();

        var stories = collection.Stories.Select(s => string.Join(",", s.Documents.Select(d => name[d]).Order())).Order().ToList();
        Assert.Equal(["000,004", "001,002", "003"], stories);
        Assert.Single(collection.Topics);
        Assert.All(collection.Stories, s => Assert.Equal(collection.Topics[0].Id, s.Topic));
    }

    [Fact]
    public void Stored_results_are_those_analyze_gives_for_the_same_articles()
    {
        using var store = new SqliteDocumentStore(DbPath);
        var name = PutSamples(store);
        Process(store);
        var stored = store.ReadCollection();
        var files = Directory.GetFiles(RepositoryPaths.Samples(), "*.txt").Order(StringComparer.Ordinal);
        var analyzed = Marsad.Report.ReportBuilder.Build(new CollectionAnalyzer().Analyze(
            files.Select(f => new SourceDocument(Path.GetFileNameWithoutExtension(f), f, File.ReadAllText(f))).ToList()));

        Assert.Equal(analyzed.Entities.Select(e => (e.Type, e.Name)).Order(), stored.Entities.Select(e => (e.Type, e.Name)).Order());
        Assert.Equal(analyzed.Events.Select(e => (e.Document[..3], e.Start, e.EventType)).Order(), stored.Events.Select(e => (name[e.Document], e.Start, e.EventType)).Order());
        Assert.Equal(analyzed.Quotes.Select(q => (q.Document[..3], q.Start, q.SpeakerText)).Order(), stored.Quotes.Select(q => (name[q.Document], q.Start, q.SpeakerText)).Order());
        Assert.Equal(analyzed.Times.Select(t => (t.Document[..3], t.Start, t.Value)).Order(), stored.Times.Select(t => (name[t.Document], t.Start, t.Value)).Order());
        Assert.Equal(analyzed.Numbers.Count, stored.Numbers.Count);
    }

    [Fact]
    public void The_stored_story_log_says_which_article_opened_each_story()
    {
        using var store = new SqliteDocumentStore(DbPath);
        PutSamples(store);
        Process(store);
        var collection = store.ReadCollection();

        var opened = collection.StoryLog.Where(l => l.Change == "opened").Select(l => l.Story).Order().ToList();
        Assert.Equal(collection.Stories.Select(s => s.Id).Order(), opened.Distinct());
        Assert.All(collection.StoryLog.Where(l => l.Change == "opened"), l => Assert.Contains(l.Document, collection.Story(l.Story)?.Documents ?? []));
    }

    [Fact]
    public void Every_stored_span_slices_the_stored_clean_text_to_the_text_it_reports()
    {
        using var store = new SqliteDocumentStore(DbPath);
        PutSamples(store);
        Process(store);
        var collection = store.ReadCollection();
        string Slice(string document, int start, int end) => store.GetDocument(SqliteDocumentStore.DocumentIdOf(document))!.CleanText![start..end];

        Assert.NotEmpty(collection.Entities);
        Assert.All(collection.Entities.SelectMany(e => e.Mentions), m => Assert.Equal(m.Text, Slice(m.Document, m.Start, m.End)));
        Assert.All(collection.Times, t => Assert.Equal(t.Text, Slice(t.Document, t.Start, t.End)));
        Assert.All(collection.Stories.SelectMany(s => s.Summary), s => Assert.Equal(s.Text, Slice(s.Document, s.Start, s.End)));
    }

    [Fact]
    public void A_second_run_over_unchanged_documents_writes_nothing()
    {
        using var store = new SqliteDocumentStore(DbPath);
        Put(store, "a.txt", Article);
        var first = Process(store);

        var second = Process(store);

        Assert.True(first.Ran);
        Assert.False(second.Ran);
        Assert.Equal(first.RunId, store.LastCollectionRun()!.RunId);
    }

    [Fact]
    public void A_newly_processed_document_replaces_the_collection_results_with_ones_that_include_it()
    {
        using var store = new SqliteDocumentStore(DbPath);
        long a = Put(store, "a.txt", Article);
        Process(store);
        long b = Put(store, "b.txt", Articles.Join(Articles.Economy));

        var second = Process(store);

        Assert.True(second.Ran);
        Assert.Equal(2, second.Documents);
        var stories = store.ReadCollection().Stories.SelectMany(s => s.Documents).Order().ToList();
        Assert.Equal([SqliteDocumentStore.Key(a), SqliteDocumentStore.Key(b)], stories);
    }

    [Fact]
    public void Entities_facts_and_events_of_a_written_article_are_stored_with_their_spans()
    {
        using var store = new SqliteDocumentStore(DbPath);
        long id = Put(store, "a.txt", Article);
        Process(store);
        var collection = store.ReadCollection();
        var key = SqliteDocumentStore.Key(id);

        var speaker = Assert.Single(collection.Entities, e => e.Type == "PER");
        Assert.Equal("طلال سلو", speaker.Name);
        Assert.Contains(collection.Quotes, q => q.Document == key && q.Speaker == speaker.Id);
        Assert.Contains(collection.Numbers, n => n.Document == key && n.Value == 30 && n.Approximate);
        Assert.Contains(collection.Events, e => e.Document == key && e.EventType == "Battles");
        Assert.Equal(collection.Events.Count, collection.AcledRows.Count);
        Assert.Contains(collection.EntitiesOf(key), e => e.Name == "سوريا" && e.Geo is not null);
        Assert.Equal(collection.Stories[0].Id, collection.StoryOf(key));
    }

    [Fact]
    public void A_store_without_a_collection_run_reads_as_empty()
    {
        using var store = new SqliteDocumentStore(DbPath);

        Assert.Null(store.LastCollectionRun());
        Assert.Same(StoredCollection.Empty, store.ReadCollection());
    }
}
