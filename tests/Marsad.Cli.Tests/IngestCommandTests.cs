using System.Diagnostics;
using System.Text.Json;
using Marsad.Cli;
using Marsad.Storage;

namespace Marsad.Tests.Cli;

public sealed class IngestCommandTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("marsad-cli-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static string Article(int n) =>
        $"أعلنت وزارة الزراعة في بيانها رقم {n} عن خطة جديدة لدعم صغار المزارعين في المحافظات الجنوبية.\n\n"
        + $"وقال المتحدث باسم الوزارة إن المرحلة {n} من الخطة تستهدف آلاف الأسر الريفية خلال الموسم المقبل.";

    private string MakeArticles(int count)
    {
        var dir = Path.Combine(directory, "articles");
        Directory.CreateDirectory(dir);
        for (int i = 0; i < count; i++) File.WriteAllText(Path.Combine(dir, $"{i:D5}.txt"), Article(i));
        return dir;
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var run = CliRun.Of(args);
        return (run.ExitCode, run.Output, run.Error);
    }

    [Fact]
    public void Json_logs_are_one_object_per_line_ending_with_a_summary()
    {
        var dir = MakeArticles(3);
        File.WriteAllText(Path.Combine(dir, "bad.jsonl"), "{\"title\":\"بلا نص\"}");
        var (code, output, _) = Run("ingest", dir, "--db", Path.Combine(directory, "a.db"), "--json");
        var events = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(MarsadCli.SomeInputsFailed, code);
        Assert.Equal(["started", "stored", "stored", "stored", "error", "summary"], events.Select(e => e.GetProperty("event").GetString()));
        Assert.Equal(3, events[^1].GetProperty("stored").GetInt32());
        Assert.Equal(1, events[^1].GetProperty("failed").GetInt32());
    }

    [Fact]
    public void The_summary_counts_ingested_unchanged_and_failed_with_reasons()
    {
        var dir = MakeArticles(2);
        var db = Path.Combine(directory, "a.db");
        Run("ingest", dir, "--db", db, "--quiet");
        File.WriteAllText(Path.Combine(dir, "empty.txt"), "");
        var (code, output, error) = Run("ingest", dir, "--db", db);
        Assert.Equal(MarsadCli.SomeInputsFailed, code);
        Assert.Contains("ingested 0 (0 new, 0 new versions), unchanged 2, failed 1", output);
        Assert.Contains("failed (1): file is empty", output);
        Assert.Contains($"marsad: error: {Path.Combine(dir, "empty.txt")}: file is empty", error);
    }

    [Fact]
    public void Quiet_prints_nothing_on_success_and_the_default_store_is_marsad_db_here()
    {
        var dir = MakeArticles(1);
        var before = Directory.GetCurrentDirectory();
        try
        {
            Directory.SetCurrentDirectory(directory);
            var (code, output, error) = Run("ingest", dir, "--quiet");
            Assert.Equal((MarsadCli.Success, "", ""), (code, output, error));
            Assert.True(File.Exists(Path.Combine(directory, "marsad.db")));
        }
        finally
        {
            Directory.SetCurrentDirectory(before);
        }
    }

    [Fact]
    public void A_bad_field_map_is_a_usage_error() =>
        Assert.Equal(MarsadCli.UsageError, Run("ingest", directory, "--map", "colour=red", "--db", Path.Combine(directory, "a.db")).Code);

    [Fact]
    public void Demo_ingests_the_samples_into_a_fresh_store()
    {
        var samples = Path.Combine(directory, "samples");
        Directory.CreateDirectory(samples);
        for (int i = 0; i < 3; i++) File.WriteAllText(Path.Combine(samples, $"{i}.txt"), Article(i));
        var db = Path.Combine(directory, "demo.db");
        File.WriteAllText(db, "not a database: the demo must recreate it");
        var (_, output, _) = Run("demo", "--db", db, "--samples", samples, "--no-serve");
        Assert.Contains("ingested 3 (3 new", output);
        using var store = new SqliteDocumentStore(db);
        Assert.Equal(3, store.CountDocuments());
    }

    /// <summary>The real program in a child process, killed mid-run; the next run finds the file sound and finishes.</summary>
    [Fact]
    public void A_run_killed_mid_ingest_leaves_a_sound_store_and_the_next_run_stores_every_file_once()
    {
        const int count = 3000;
        var dir = MakeArticles(count);
        var db = Path.Combine(directory, "crash.db");
        var marsad = Path.Combine(AppContext.BaseDirectory, "marsad.dll");
        Assert.True(File.Exists(marsad), $"{marsad} is built beside the tests");

        using (var child = Process.Start(new ProcessStartInfo("dotnet", ["exec", marsad, "ingest", dir, "--db", db, "--quiet"]) { RedirectStandardError = true })!)
        {
            var deadline = DateTime.UtcNow.AddSeconds(120);
            long stored = 0;
            while (!child.HasExited && DateTime.UtcNow < deadline && (stored = CountIfReadable(db)) == 0) Thread.Sleep(20);
            Assert.False(child.HasExited, "the first run finished before it could be killed; give it more files");
            child.Kill(entireProcessTree: true);
            child.WaitForExit();
            Assert.InRange(stored, 1, count - 1);
        }

        using (var store = new SqliteDocumentStore(db)) Assert.Equal("ok", store.IntegrityCheck());
        var (code, _, error) = Run("ingest", dir, "--db", db, "--quiet");
        Assert.Equal((MarsadCli.Success, ""), (code, error));
        using var reopened = new SqliteDocumentStore(db);
        Assert.Equal("ok", reopened.IntegrityCheck());
        Assert.Equal(count, reopened.CountDocuments());
        Assert.All(reopened.ReadDocuments(), d => Assert.Single(reopened.GetLocations(d.Id)));
    }

    private static long CountIfReadable(string db)
    {
        if (!File.Exists(db)) return 0;
        try
        {
            using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM documents";
            return (long)command.ExecuteScalar()!;
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return 0; // not created or not migrated yet
        }
    }
}
