using Marsad.Cli;

namespace Marsad.Tests;

/// <summary>The store verbs with <c>--db postgres://…</c>: the same pipeline, the same answers as with a file.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ServerModeCliTests(PostgresServer server) : IDisposable
{
    private readonly TestDatabase database = server.CreateDatabase();
    private readonly string directory = Directory.CreateTempSubdirectory("marsad-pg-cli-").FullName;

    public void Dispose()
    {
        database.Dispose();
        Directory.Delete(directory, recursive: true);
    }

    private static (int Code, string Output, string Error) Cli(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = MarsadCli.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static string IngestProcessAndList(string db)
    {
        Assert.Equal(0, Cli("ingest", RepositoryPaths.Samples(), "--db", db, "--quiet").Code);
        Assert.Equal(0, Cli("process", "--db", db, "--quiet").Code);
        var dups = Cli("dups", "--db", db, "--json");
        Assert.Equal((0, ""), (dups.Code, dups.Error));
        return dups.Output;
    }

    [Fact]
    public void Ingest_process_and_dups_against_a_postgres_url_list_what_they_list_for_a_file()
    {
        var embedded = IngestProcessAndList(Path.Combine(directory, "embedded.db"));

        var server = IngestProcessAndList(database.Url);

        Assert.Contains("\"families\"", server);
        Assert.Equal(embedded, server);
    }

    [Fact]
    public void Enqueue_and_a_worker_leave_what_process_leaves()
    {
        var embedded = IngestProcessAndList(Path.Combine(directory, "embedded.db"));
        using var nats = new NatsServer();
        Assert.Equal(0, Cli("ingest", RepositoryPaths.Samples(), "--db", database.Url, "--quiet").Code);

        var enqueue = Cli("enqueue", "--db", database.Url, "--nats", nats.Url);
        var worker = Cli("worker", "--db", database.Url, "--nats", nats.Url, "--until-idle");

        Assert.Equal((0, "enqueue: 5 documents queued for processing"), (enqueue.Code, enqueue.Output.Trim()));
        Assert.Equal((0, ""), (worker.Code, worker.Error));
        Assert.Contains("processed 5", worker.Output);
        Assert.Equal(embedded, Cli("dups", "--db", database.Url, "--json").Output);
    }

    [Fact]
    public void Stories_are_read_back_from_a_postgres_store()
    {
        IngestProcessAndList(database.Url);

        var stories = Cli("stories", "--db", database.Url, "--format", "json");

        Assert.Equal(0, stories.Code);
        Assert.Contains("\"stories\"", stories.Output);
    }

    [Fact]
    public void Search_finds_a_stemmed_form_in_a_postgres_store()
    {
        IngestProcessAndList(database.Url);

        var search = Cli("search", "المقاتلين", "--db", database.Url, "--json");

        Assert.Equal(0, search.Code);
        Assert.Contains("«مقاتليها»", search.Output);
    }

    [Fact]
    public void Search_refuses_an_embedded_store_with_the_way_to_search_it()
    {
        var search = Cli("search", "المقاتلين", "--db", Path.Combine(directory, "embedded.db"));

        Assert.NotEqual(0, search.Code);
        Assert.Contains("marsad serve", search.Error);
    }
}
