using Marsad.Export;
using Marsad.Report;
using Marsad.Storage;

namespace Marsad.Tests.Storage;

/// <summary>How the store keeps the collection results: whole snapshots, replaced atomically.</summary>
public sealed class StoredCollectionTests : IDisposable
{
    private readonly ScratchStore scratch = new();
    private string DbPath => scratch.DbPath;

    public void Dispose() => scratch.Dispose();

    private static string Put(SqliteDocumentStore store, string locator, string text) => SqliteDocumentStore.Key(ScratchStore.Put(store, locator, text));

    private static EntityReport Person(string id, string name, string document) =>
        new(id, "PER", name, [name], [new EntityMentionReport(document, 0, name.Length, name)], [new RoleReport("متحدث باسم", "org/1")], null, null, null);

    private static StoredCollection Snapshot(string runId, string document, string person, IReadOnlyList<AcledRow>? rows = null) => new(
        runId, new DateTimeOffset(2018, 11, 27, 12, 0, 0, TimeSpan.Zero),
        [new StoryReport("s1", "عنوان", "t1", "2018-11-27T00:00:00+00:00", null, [document], ["المصدر"], 1, ["per/1"], [], ["e1"], [],
            [new SummarySentenceReport(document, 0, 8, person)], [], [])],
        [new TopicReport("t1", ["s1"], ["per/1"], [])],
        [Person("per/1", person, document)],
        [new EventReport("e1", document, 0, 8, "Battles", "Armed clash", "per/1", null, null, null, "2018-11-27", 2, "اشتباكات")],
        [new QuoteReport(document, 10, 20, "نص", "per/1", person, true, "قال")],
        [new TimeReport(document, 0, 4, "أمس", "2018-11-26", "day", true, null, false)],
        [new NumberReport(document, 5, 9, "نحو 30", 30, true, null, "مقاتل", ["مقاتل"], null)],
        [], [],
        new Dictionary<string, string> { [document] = "2018-11-26" }, 1)
    {
        AcledRows = rows ?? [],
        StoryLog = [new StoryLogReport("opened", document, "s1", null, 0), new StoryLogReport("merged", document, "s1", "s2", 0.61)],
    };

    [Fact]
    public void A_collection_reads_back_as_it_was_written()
    {
        using var store = new SqliteDocumentStore(DbPath);
        var doc = Put(store, "a.txt", "قال طلال سلو");

        store.ReplaceCollection(Snapshot("r1", doc, "طلال سلو"), 1, "f", 1);
        var read = store.ReadCollection();

        Assert.Equal("r1", read.RunId);
        Assert.Equal("طلال سلو", read.Entity("per/1")!.Name);
        Assert.Equal("متحدث باسم", Assert.Single(read.Entity("per/1")!.Roles).Role);
        Assert.Equal("s1", read.StoryOf(doc));
        Assert.Equal(30, Assert.Single(read.Numbers).Value);
        Assert.Equal("2018-11-26", read.EventDates[doc]);
        Assert.Equal("per/1", Assert.Single(read.Quotes).Speaker);
        Assert.Equal(["opened", "merged"], read.StoryLog.Select(l => l.Change));
        Assert.Equal("s2", read.StoryLog[1].Other);
        Assert.Equal(["per/1"], store.EntityIdsOf(SqliteDocumentStore.DocumentIdOf(doc)));
    }

    [Fact]
    public void A_new_run_replaces_every_result_of_the_previous_one()
    {
        using var store = new SqliteDocumentStore(DbPath);
        var doc = Put(store, "a.txt", "قال طلال سلو");
        store.ReplaceCollection(Snapshot("r1", doc, "طلال سلو"), 1, "f1", 1);

        store.ReplaceCollection(Snapshot("r2", doc, "ليلوى العبدالله"), 1, "f2", 1);
        var read = store.ReadCollection();

        Assert.Equal("ليلوى العبدالله", Assert.Single(read.Entities).Name);
        Assert.Single(read.Stories);
        Assert.Single(read.Events);
        Assert.Equal("f2", store.LastCollectionRun()!.Fingerprint);
    }

    [Fact]
    public void A_run_that_fails_while_writing_leaves_the_previous_results_in_place()
    {
        using var store = new SqliteDocumentStore(DbPath);
        var doc = Put(store, "a.txt", "قال طلال سلو");
        store.ReplaceCollection(Snapshot("r1", doc, "طلال سلو"), 1, "f1", 1);
        var orphan = new AcledRow("no-such-event", "", null, 3, "", "", "", "", "", 0, "", "", 0, 0, "", "", "", "", "", "", "", "", null, null, 1, "", "", "", 0, "", 0);

        Assert.Throws<InvalidOperationException>(() => store.ReplaceCollection(Snapshot("r2", doc, "ليلوى العبدالله", [orphan]), 1, "f2", 1));

        Assert.Equal("r1", store.ReadCollection().RunId);
        Assert.Equal("طلال سلو", Assert.Single(store.ReadCollection().Entities).Name);
    }

    [Fact]
    public void Results_citing_a_document_the_store_lacks_are_refused()
    {
        using var store = new SqliteDocumentStore(DbPath);

        Assert.ThrowsAny<Exception>(() => store.ReplaceCollection(Snapshot("r1", "999", "طلال سلو"), 1, "f", 1));
        Assert.Null(store.LastCollectionRun());
    }
}
