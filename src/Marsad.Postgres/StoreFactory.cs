using Npgsql;

namespace Marsad.Storage;

/// <summary>Opens the store a <c>--db</c> value names: a PostgreSQL connection (a <c>postgres://</c> or
/// <c>postgresql://</c> URL, or Npgsql <c>Host=…;Database=…</c> pairs) in server mode, otherwise an embedded SQLite
/// file, the default.</summary>
public static class StoreFactory
{
    public static bool IsServer(string database) =>
        database.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || database.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || database.Contains("Host=", StringComparison.OrdinalIgnoreCase);

    public static IPipelineStore Open(string database) =>
        IsServer(database) ? new PostgresDocumentStore(ConnectionString(database)) : new SqliteDocumentStore(database);

    /// <summary>Whether there is a store to read: a file that exists, or any server (its schema is made on open).</summary>
    public static bool Exists(string database) => IsServer(database) || File.Exists(database);

    /// <summary>The store named without its password, for messages.</summary>
    public static string Describe(string database) => IsServer(database) ? PostgresDocumentStore.Describe(ConnectionString(database)) : database;

    /// <summary>Npgsql key=value pairs for <paramref name="database"/>; a URL's user, password (percent-decoded), host,
    /// port, database and query parameters (e.g. sslmode=require) become the matching keys.</summary>
    public static string ConnectionString(string database)
    {
        if (!database.Contains("://", StringComparison.Ordinal)) return database;
        var uri = new Uri(database);
        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host, Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port };
        var name = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (name.Length > 0) builder.Database = name;
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2) builder.Password = Uri.UnescapeDataString(parts[1]);
        }
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, value) = pair.Split('=', 2) is [var k, var v] ? (Uri.UnescapeDataString(k), Uri.UnescapeDataString(v)) : (pair, "");
            builder[key.Equals("sslmode", StringComparison.OrdinalIgnoreCase) ? "SSL Mode" : key] = value;
        }
        return builder.ConnectionString;
    }
}
