using System.Text.Json;
using Marsad.Cli;

namespace Marsad.Tests.Cli.Commands;

/// <summary>The sample articles ingested and processed once, for the verbs that read a store's collection results.</summary>
public sealed class ProcessedSamplesStore : IDisposable
{
    private readonly TempDirectory directory = new();
    public string Db => Path.Combine(directory.Path, "samples.db");
    public CliRun Process { get; }

    public ProcessedSamplesStore()
    {
        Assert.Equal(MarsadCli.Success, CliRun.Of("ingest", RepositoryPaths.Samples(), "--db", Db, "--quiet").ExitCode);
        Process = CliRun.Of("process", "--db", Db);
    }

    public void Dispose() => directory.Dispose();
}

/// <summary>marsad process ends with the collection stage; entities, stories --db and events --db read what it stored.</summary>
public sealed class StoreVerbsTests(ProcessedSamplesStore samples) : IClassFixture<ProcessedSamplesStore>
{
    [Fact]
    public void Process_reports_the_collection_stage_it_ran()
    {
        Assert.Equal(MarsadCli.Success, samples.Process.ExitCode);
        Assert.Matches(@"collection: 5 documents — \d+ entities, 3 stories in 1 topics", samples.Process.Output);
    }

    [Fact]
    public void Process_again_says_the_collection_is_unchanged()
    {
        var again = CliRun.Of("process", "--db", samples.Db);

        Assert.Equal(MarsadCli.Success, again.ExitCode);
        Assert.Contains("collection: unchanged since run", again.Output);
    }

    [Fact]
    public void Entities_lists_the_persons_with_their_mention_counts_and_roles()
    {
        var run = CliRun.Of("entities", "--db", samples.Db, "--type", "PER");

        Assert.Equal(MarsadCli.Success, run.ExitCode);
        Assert.Matches(@"PER\t4 mentions in 2 documents\tطلال سيلو\taliases: [^\t]*طلال سلو", run.Output);
        Assert.Matches(@"ليلوى العبدالله\taliases: العبدالله\troles: ناطقة رسمية باسم", run.Output);
        Assert.DoesNotContain("\tLOC\t", run.Output);
    }

    [Fact]
    public void Entities_as_json_are_the_report_records()
    {
        var run = CliRun.Of("entities", "--db", samples.Db, "--type", "LOC", "--format", "json");

        using var json = JsonDocument.Parse(run.Output);
        var places = json.RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(places);
        Assert.All(places, p => Assert.Equal("LOC", p.GetProperty("type").GetString()));
        Assert.Contains(places, p => p.GetProperty("name").GetString() == "هجين" && p.GetProperty("geo").ValueKind == JsonValueKind.Object);
    }

    [Fact]
    public void Entities_refuses_an_unknown_type()
    {
        var run = CliRun.Of("entities", "--db", samples.Db, "--type", "PLACE");

        Assert.NotEqual(MarsadCli.Success, run.ExitCode);
        Assert.Contains("PLACE", run.Error);
    }

    [Fact]
    public void Entities_on_a_missing_store_names_the_file()
    {
        var run = CliRun.Of("entities", "--db", "/nonexistent/x.db");

        Assert.Equal(MarsadCli.UsageError, run.ExitCode);
        Assert.Contains("no store at /nonexistent/x.db", run.Error);
    }

    [Fact]
    public void Entities_on_a_store_never_processed_says_to_run_process()
    {
        using var directory = new TempDirectory();
        var db = Path.Combine(directory.Path, "raw.db");
        CliRun.Of("ingest", RepositoryPaths.Samples(), "--db", db, "--quiet");

        var run = CliRun.Of("entities", "--db", db);

        Assert.Equal(MarsadCli.UsageError, run.ExitCode);
        Assert.Contains("has no collection results yet (run 'marsad process", run.Error);
    }

    [Fact]
    public void Stories_from_the_store_lists_three_stories_with_their_source_counts()
    {
        var run = CliRun.Of("stories", "--db", samples.Db);

        Assert.Equal(MarsadCli.Success, run.ExitCode);
        Assert.StartsWith("3 قصص، 1 مواضيع", run.Output);
        Assert.Equal(3, run.Output.Split('\n').Count(l => l.StartsWith("  documents: ")));
    }

    [Fact]
    public void Stories_wants_paths_or_a_store_but_not_both()
    {
        var both = CliRun.Of("stories", RepositoryPaths.Samples(), "--db", samples.Db);
        var neither = CliRun.Of("stories");

        Assert.Equal(MarsadCli.UsageError, both.ExitCode);
        Assert.Equal(MarsadCli.UsageError, neither.ExitCode);
        Assert.Contains("either article paths or --db FILE", both.Error);
    }

    [Fact]
    public void Events_from_the_store_are_acled_csv_with_collection_actors()
    {
        var run = CliRun.Of("events", "--db", samples.Db, "--format", "csv");

        Assert.Equal(MarsadCli.Success, run.ExitCode);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("event_id_cnty,event_date,year,time_precision,disorder_type,event_type", lines[0]);
        Assert.Contains(lines, l => l.Contains(",Battles,") && l.Contains("Syrian Democratic Forces"));
        Assert.Contains(lines, l => l.Contains(",Explosions/Remote violence,"));
    }
}
