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

    [Fact]
    public void Feeds_add_run_and_list_store_a_feeds_items_and_show_them_on_its_row()
    {
        using var site = new FeedServer();
        var url = site.Feed("a", 2);
        Assert.Equal(0, Cli("feeds", "add", url, "--db", database.Url).Code);

        var run = Cli("feeds", "run", "--db", database.Url, "--until-idle", "--allow-private", "--host-interval", "0");
        var list = Cli("feeds", "list", "--db", database.Url);

        Assert.Equal((0, "feeds: 1 polls, 0 not modified, 0 failed, 2 new items handed on, 0 item errors\n"), (run.Code, run.Output));
        Assert.Contains($"#1\t{url}\tevery 900 s", list.Output);
        Assert.EndsWith("\tok\titems 2\n", list.Output);
    }

    [Fact]
    public void Feeds_over_an_sqlite_file_say_the_registry_is_kept_in_postgresql()
    {
        var file = Path.Combine(directory, "embedded.db");

        var (code, _, error) = Cli("feeds", "add", "https://example.org/rss.xml", "--db", file);

        Assert.NotEqual(0, code);
        Assert.Contains("the feed registry is shared by all schedulers and kept in a PostgreSQL store", error);
        Assert.False(File.Exists(file));
    }

    [Fact]
    public void Feeds_add_refuses_what_is_not_an_http_url_naming_it()
    {
        var (code, _, error) = Cli("feeds", "add", "ftp://example.org/rss.xml", "--db", database.Url);

        Assert.NotEqual(0, code);
        Assert.Contains("'ftp://example.org/rss.xml' is not an absolute http or https URL", error);
    }
}
