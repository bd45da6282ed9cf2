using Marsad.Storage;

namespace Marsad.Tests;

/// <summary>The same samples through the embedded store and the server store give the same results.</summary>
[Collection(PostgresCollection.Name)]
public sealed class EmbeddedAndServerTests : IDisposable
{
    private readonly TestDatabase database;
    private readonly string directory = Directory.CreateTempSubdirectory("marsad-modes-").FullName;
    private readonly SqliteDocumentStore embedded;
    private readonly PostgresDocumentStore server;

    public EmbeddedAndServerTests(PostgresServer postgres)
    {
        database = postgres.CreateDatabase();
        embedded = new SqliteDocumentStore(Path.Combine(directory, "embedded.db"));
        server = new PostgresDocumentStore(database.ConnectionString);
        Samples.Ingest(embedded);
        Samples.Ingest(server);
    }

    public void Dispose()
    {
        embedded.Dispose();
        server.Dispose();
        database.Dispose();
        Directory.Delete(directory, recursive: true);
    }

    private static List<(string, string, Dedup.DuplicateKind, double)> Relations(IPipelineStore store) =>
        store.ReadDedup().Relations.Select(r => (Samples.Name(store, r.Document), Samples.Name(store, r.Other), r.Kind, r.Similarity)).Order().ToList();

    private static List<string> Passages(IPipelineStore store) =>
        store.ReadDedup().Passages.Select(p => string.Join(" ", p.Locations.Select(l => $"{Samples.Name(store, l.DocumentId)}:{l.Start}-{l.End}"))).ToList();

    private static List<string> Stories(IPipelineStore store) =>
        store.ReadCollection().Stories.Select(s => string.Join(",", s.Documents.Select(d => Samples.Name(store, d)).Order())).Order().ToList();

    [Fact]
    public void Dedup_finds_the_same_relations_in_both_stores()
    {
        Samples.ProcessDocuments(embedded);
        Samples.ProcessDocuments(server);

        Assert.NotEmpty(Relations(embedded));
        Assert.Equal(Relations(embedded), Relations(server));
    }

    [Fact]
    public void Dedup_finds_the_same_shared_passages_in_both_stores()
    {
        Samples.ProcessDocuments(embedded);
        Samples.ProcessDocuments(server);

        Assert.NotEmpty(Passages(embedded));
        Assert.Equal(Passages(embedded), Passages(server));
    }

    [Fact]
    public void The_server_store_groups_the_samples_into_the_same_three_stories()
    {
        Samples.Process(embedded);
        Samples.Process(server);

        Assert.Equal(["000,004", "001,002", "003"], Stories(server));
        Assert.Equal(Stories(embedded), Stories(server));
    }

    [Fact]
    public void The_server_store_resolves_the_same_entities_and_events()
    {
        Samples.Process(embedded);
        Samples.Process(server);
        var (e, s) = (embedded.ReadCollection(), server.ReadCollection());

        Assert.NotEmpty(e.Entities);
        Assert.Equal(e.Entities.Select(x => (x.Id, x.Type, x.Name, x.Mentions.Count)), s.Entities.Select(x => (x.Id, x.Type, x.Name, x.Mentions.Count)));
        Assert.NotEmpty(e.Events);
        Assert.Equal(e.Events.Select(x => (Samples.Name(embedded, x.Document), x.Start, x.End, x.EventType)),
            s.Events.Select(x => (Samples.Name(server, x.Document), x.Start, x.End, x.EventType)));
    }

    [Fact]
    public void The_server_store_keeps_the_same_collection_report()
    {
        Samples.Process(embedded);
        Samples.Process(server);

        // Document keys are the stores' ids, assigned in the same ingest order, so the reports match to the letter.
        Assert.Equal(Report.ReportJson.Serialize(embedded.ReadCollection().ToReport()), Report.ReportJson.Serialize(server.ReadCollection().ToReport()));
    }
}
