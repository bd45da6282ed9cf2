using Marsad.Cli.Commands;
using Marsad.Search;
using Marsad.Storage;

namespace Marsad.Server.Tests;

/// <summary>
/// The store <c>marsad demo</c> builds from samples/ (ingest, process with its collection stage, index), built once
/// per test run by <see cref="DemoCommand.Execute"/> itself, and copied into each test's own directory: every test
/// gets the real demo store without paying for the pipeline again, and none sees another's writes.
/// </summary>
public static class DemoStore
{
    private static readonly Lazy<string> Built = new(() => Build(null), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<string> BuiltWithHostile = new(() => Build(HostileArticle), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>What an attacker would put in an article: script tags in the opening sentence (which becomes the
    /// story's title) and in the body; a page that runs either sets <c>window.pwned</c>.</summary>
    public const string HostileArticle =
        "<script>window.pwned=1</script> أعلن المجلس المحلي في مدينة حلب افتتاح مستشفى جديد يضم مئتي سرير، وقال مدير الصحة في حلب إن المستشفى سيخدم أحياء المدينة الشرقية.\n\n"
        + "وأضاف المدير أن العمل في المستشفى <script>window.pwned=2</script> سيبدأ الشهر المقبل بعد وصول المعدات الطبية من العاصمة دمشق.\n";

    private static void BuildInto(string database, string samples)
    {
        Assert.Equal(0, DemoCommand.Execute(database, samples, TextWriter.Null, TextWriter.Null));
        // Close pooled connections so the files are complete on disk (the WAL checkpointed) before anyone copies them.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    /// <summary>Puts a copy of the demo store (and its index) at <paramref name="database"/>.</summary>
    public static void CopyTo(string database) => Copy(Built.Value, database);

    /// <summary>A copy of the demo store built from the samples and <see cref="HostileArticle"/>.</summary>
    public static void WithHostileCopyTo(string database) => Copy(BuiltWithHostile.Value, database);

    private static void Copy(string source, string database)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            if (File.Exists(source + suffix)) File.Copy(source + suffix, database + suffix, overwrite: true);
        var index = SearchIndex.PathFor(source);
        var target = SearchIndex.PathFor(database);
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(index)) File.Copy(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
    }

    /// <summary>The demo's samples/ directory.</summary>
    public static string Samples => DemoCommand.FindSamples() ?? throw new DirectoryNotFoundException("samples/");

    /// <summary>Reads the demo store's collection (a copy, opened and closed here).</summary>
    public static StoredCollection Collection()
    {
        using var store = new SqliteDocumentStore(Built.Value);
        return store.ReadCollection();
    }

    private static string Build(string? extraArticle)
    {
        var directory = Directory.CreateTempSubdirectory("marsad-demo-store-").FullName;
        var database = Path.Combine(directory, "marsad-demo.db");
        var samples = Samples;
        if (extraArticle is not null)
        {
            samples = Path.Combine(directory, "samples");
            Directory.CreateDirectory(samples);
            foreach (var file in Directory.GetFiles(Samples)) File.Copy(file, Path.Combine(samples, Path.GetFileName(file)));
            File.WriteAllText(Path.Combine(samples, "zz-extra.txt"), extraArticle);
        }
        BuildInto(database, samples);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(directory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        };
        return database;
    }
}
