using Marsad.Storage;

namespace Marsad.Tests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresMigrationTests(PostgresServer server) : IDisposable
{
    private readonly TestDatabase database = server.CreateDatabase();

    public void Dispose() => database.Dispose();

    [Fact]
    public void Opening_a_new_database_applies_every_migration_once()
    {
        new PostgresDocumentStore(database.ConnectionString).Dispose();
        new PostgresDocumentStore(database.ConnectionString).Dispose();

        Assert.Equal(PostgresDocumentStore.LatestSchemaVersion, database.Count("schema_version"));
        Assert.Equal(PostgresDocumentStore.LatestSchemaVersion, database.Scalar<int>("SELECT MAX(version) FROM schema_version"));
    }

    [Fact]
    public void Workers_opening_a_new_database_together_migrate_it_once()
    {
        Parallel.For(0, 4, _ => new PostgresDocumentStore(database.ConnectionString).Dispose());

        Assert.Equal(PostgresDocumentStore.LatestSchemaVersion, database.Count("schema_version"));
    }

    [Fact]
    public void A_database_with_a_newer_schema_is_refused()
    {
        new PostgresDocumentStore(database.ConnectionString).Dispose();
        database.Execute($"INSERT INTO schema_version(version, applied_at) VALUES ({PostgresDocumentStore.LatestSchemaVersion + 1}, now())");

        var error = Assert.Throws<InvalidOperationException>(() => new PostgresDocumentStore(database.ConnectionString));
        Assert.Contains("newer than this program knows", error.Message);
    }
}
