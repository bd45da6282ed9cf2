using System.Text.Json;
using Marsad.Cli;

namespace Marsad.Tests.Cli.Commands;

/// <summary>marsad ingest → process → dups over the project's sample articles (000 and 004 carry one Reuters report;
/// 001 and 002 share passages without being one report; 003 stands alone).</summary>
public sealed class DupsCommandTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("marsad-dups-").FullName;
    private string Db => Path.Combine(directory, "s.db");

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = MarsadCli.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private void IngestAndProcessSamples()
    {
        Assert.Equal(MarsadCli.Success, Run("ingest", RepositoryPaths.Samples(), "--db", Db, "--quiet").Code);
        Assert.Equal(MarsadCli.Success, Run("process", "--db", Db, "--quiet").Code);
    }

    [Fact]
    public void Dups_lists_the_syndication_group_with_its_original_and_the_passage_pairs()
    {
        IngestAndProcessSamples();
        var (code, output, _) = Run("dups", "--db", Db);

        Assert.Equal(MarsadCli.Success, code);
        Assert.Contains("4 independent sources", output);
        Assert.Contains("syndication groups: 1", output);
        Assert.Matches(@"#\d+ \[original\] \S*000_", output);
        Assert.Matches(@"#\d+ \[syndicated [0-9.]+\] \S*004_", output);
        Assert.Contains("documents sharing passages: 2 pairs", output);
    }

    [Fact]
    public void Dups_json_names_the_group_members_by_document_id()
    {
        IngestAndProcessSamples();
        var report = JsonDocument.Parse(Run("dups", "--db", Db, "--json").Output).RootElement;

        var group = Assert.Single(report.GetProperty("syndication_groups").EnumerateArray().ToList());
        Assert.Equal(["reuters"], group.GetProperty("agencies").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(2, group.GetProperty("members").GetArrayLength());
        Assert.Equal(0, report.GetProperty("families").GetArrayLength());
    }

    [Fact]
    public void A_second_process_run_finds_nothing_new()
    {
        IngestAndProcessSamples();
        var (_, output, _) = Run("process", "--db", Db);
        Assert.Contains("processed 0, skipped 0", output);
    }

    [Fact]
    public void Demo_reports_the_syndication_group_and_the_independent_sources()
    {
        var (_, output, _) = Run("demo", "--db", Db, "--samples", RepositoryPaths.Samples(), "--no-serve");
        Assert.Contains("1 syndication groups", output);
        Assert.Contains("4 independent sources among 5 documents", output);
    }

    [Fact]
    public void Dups_without_a_store_is_a_usage_error() =>
        Assert.Equal(MarsadCli.UsageError, Run("dups", "--db", Path.Combine(directory, "missing.db")).Code);
}
