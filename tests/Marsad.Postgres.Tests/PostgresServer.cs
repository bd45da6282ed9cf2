using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Marsad.Tests;

/// <summary>
/// A throwaway PostgreSQL server for the tests (and the scale benchmark, which links this file): initdb into a temporary directory, started with pg_ctl on a free
/// loopback port (and a Unix socket in the same directory), stopped and deleted when the tests end. PostgreSQL refuses
/// to run as root, so under root every server command runs as the <c>postgres</c> user. Missing binaries fail the
/// tests with the package to install: a server-mode test that skips would pass without testing anything.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    public const string Package = "postgresql";

    private readonly string directory;
    private readonly string binaries;
    private readonly string data;
    private int databases;
    private int disposed;

    public int Port { get; }

    /// <summary>The tests' server: fsync and synchronous commit off, since they test atomicity, not durability.</summary>
    public PostgresServer() : this(durable: false) { }

    /// <param name="durable">Keep fsync and synchronous commit on, as a production server runs (the scale benchmark).
    /// Internal: an xunit collection fixture may have one public constructor only.</param>
    internal PostgresServer(bool durable)
    {
        binaries = FindBinaries() ?? throw new InvalidOperationException(
            $"PostgreSQL server binaries (initdb, pg_ctl) not found in /usr/lib/postgresql/*/bin, $MARSAD_PG_BIN or on PATH: " +
            $"install Debian's '{Package}' package (apt-get install -y {Package}; .ci/apt-packages lists it)");
        directory = Directory.CreateTempSubdirectory("marsad-pg-").FullName;
        data = Path.Combine(directory, "data");
        if (AsRoot) Run("chown", "-R", "postgres:postgres", directory);
        Server("initdb", "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync");
        // A port found free can be taken before the server binds it: try a few.
        for (int attempt = 1; ; attempt++)
        {
            Port = FreePort();
            try
            {
                // Durability is not under test in the tests (atomicity is): no fsync keeps the suite fast on a shared machine.
                Server("pg_ctl", "-D", data, "-l", Path.Combine(directory, "server.log"), "-w", "-t", "60", "start",
                    "-o", $"-c listen_addresses=127.0.0.1 -p {Port} -k {directory}" + (durable ? "" : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"));
                break;
            }
            catch (InvalidOperationException) when (attempt < 3) { }
        }
        // Should a test run end without disposing this, the server still goes with it.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Dispose();
    }

    private static bool AsRoot => Environment.UserName == "root";

    private static string? FindBinaries()
    {
        static bool Has(string dir) => File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl"));
        if (Environment.GetEnvironmentVariable("MARSAD_PG_BIN") is { Length: > 0 } given && Has(given)) return given;
        if (Directory.Exists("/usr/lib/postgresql"))
        {
            var debian = Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => (Dir: Path.Combine(d, "bin"), Version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0))
                .Where(d => Has(d.Dir)).OrderByDescending(d => d.Version).FirstOrDefault();
            if (debian.Dir is not null) return debian.Dir;
        }
        return (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(Has);
    }

    /// <summary>A TCP port free on 127.0.0.1 now (the OS picks it).</summary>
    internal static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private void Server(string tool, params string[] args)
    {
        var path = Path.Combine(binaries, tool);
        if (AsRoot) Run("runuser", ["-u", "postgres", "--", path, .. args]);
        else Run(path, args);
    }

    private static void Run(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {file}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} did not finish in 120 s");
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} exited with {process.ExitCode}: {error.Result}{output.Result}");
    }

    private string AdminConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres;Pooling=false";

    /// <summary>A new, empty database on this server, dropped when disposed: no test sees another's data.</summary>
    public TestDatabase CreateDatabase()
    {
        var name = $"marsad_test_{Interlocked.Increment(ref databases)}";
        Admin($"CREATE DATABASE {name}");
        return new TestDatabase(this, name);
    }

    internal void Admin(string sql)
    {
        using var connection = new NpgsqlConnection(AdminConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1) return;
        try
        {
            Server("pg_ctl", "-D", data, "-m", "immediate", "-w", "stop");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}

/// <summary>One test's database: a connection string, the same as a <c>postgres://</c> URL, and raw SQL for checks.</summary>
public sealed class TestDatabase(PostgresServer server, string name) : IDisposable
{
    public string ConnectionString { get; } = $"Host=127.0.0.1;Port={server.Port};Username=postgres;Database={name}";

    public string Url { get; } = $"postgres://postgres@127.0.0.1:{server.Port}/{name}";

    public T Scalar<T>(string sql)
    {
        using var connection = new NpgsqlConnection(ConnectionString + ";Pooling=false");
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return (T)command.ExecuteScalar()!;
    }

    public void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(ConnectionString + ";Pooling=false");
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    public long Count(string table) => Scalar<long>($"SELECT COUNT(*) FROM {table}");

    public void Dispose() => server.Admin($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
}

