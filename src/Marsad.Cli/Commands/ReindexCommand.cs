using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Marsad.Browse;
using Marsad.Search;
using Marsad.Storage;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad reindex [--db FILE]</c>: rebuilds the search index (FILE.index/) from the store's cleaned documents and its last collection run.</summary>
public static class ReindexCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var db = new Option<string>("--db") { Description = "The store file (SQLite); its index is FILE.index/ beside it.", DefaultValueFactory = _ => IngestCommand.DefaultDatabase };
        var command = new Command("reindex", "Rebuild the search index from the store.") { db };
        command.SetAction(parse => Execute(parse.GetRequiredValue(db), output, error));
        return command;
    }

    public static int Execute(string database, TextWriter output, TextWriter error)
    {
        if (StoreFactory.IsServer(database))
        {
            error.WriteLine("marsad: reindex: the Lucene index is the embedded store's; a PostgreSQL store is searched in the database (marsad search)");
            return MarsadCli.UsageError;
        }
        if (!File.Exists(database))
        {
            error.WriteLine($"marsad: reindex: no store at {database}");
            return MarsadCli.UsageError;
        }
        var clock = Stopwatch.StartNew();
        int count;
        try
        {
            count = Rebuild(database, progress: n => output.WriteLine($"  {n} documents indexed"));
        }
        catch (Lucene.Net.Store.LockObtainFailedException)
        {
            error.WriteLine($"marsad: reindex: the index {SearchIndex.PathFor(database)} is in use (is 'marsad serve' running on this store?)");
            return MarsadCli.SomeInputsFailed;
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"reindex: {count} documents indexed into {SearchIndex.PathFor(database)} in {clock.Elapsed.TotalSeconds:0.0} s"));
        return MarsadCli.Success;
    }

    /// <summary>Deletes the store's index and indexes every cleaned document again, with the entities, places,
    /// events and story of the store's last collection run; returns how many.</summary>
    public static int Rebuild(string database, Action<int>? progress = null)
    {
        using var store = new SqliteDocumentStore(database);
        var path = SearchIndex.PathFor(database);
        SearchIndex.Delete(path);
        using var index = SearchIndex.Open(path);
        var facts = new CollectionFacts(new CollectionView(store.ReadCollection()));
        return SearchIndexer.Rebuild(store, index, facts, progress);
    }
}
