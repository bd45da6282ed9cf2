using Marsad.Storage;

namespace Marsad.Cli.Commands;

/// <summary>What the store-reading verbs (entities, stories --db, events --db) share: opening an existing store and
/// reading its collection results, with one clear error when there is no store or no collection run yet.</summary>
internal static class StoreInputs
{
    /// <summary>For verbs that read either files or a store: true when exactly one of the two was given, else the
    /// reason goes to <paramref name="error"/>.</summary>
    public static bool PathsOrStore(string verb, IReadOnlyList<string> paths, string? database, TextWriter error)
    {
        if ((paths.Count == 0) != (database is null)) return true;
        error.WriteLine($"marsad: {verb}: give either article paths or --db FILE, not both and not neither");
        return false;
    }

    /// <summary>The help text of every <c>--db</c> that opens a store through <see cref="StoreFactory"/>.</summary>
    public const string DatabaseDescription =
        "The store: an SQLite file, or a PostgreSQL server as postgres://user:password@host:port/database (or Host=…;Database=… pairs).";

    /// <summary>The stored collection, or null after writing the reason to <paramref name="error"/>.</summary>
    public static StoredCollection? ReadCollection(string verb, string database, TextWriter error)
    {
        if (!StoreFactory.Exists(database))
        {
            error.WriteLine($"marsad: {verb}: no store at {database} (run 'marsad ingest' and 'marsad process' first)");
            return null;
        }
        using var store = StoreFactory.Open(database);
        if (store.LastCollectionRun() is null)
        {
            error.WriteLine($"marsad: {verb}: {StoreFactory.Describe(database)} has no collection results yet (run 'marsad process --db ...')");
            return null;
        }
        return store.ReadCollection();
    }
}
