using System.CommandLine;
using Marsad.Server;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad serve [--db FILE] [--urls URL] [--api-key KEY]</c>: the HTTP API and the Arabic web interface
/// over a store and its index, on loopback by default, until Ctrl+C.</summary>
public static class ServeCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var db = new Option<string>("--db") { Description = "The store file (SQLite); its search index is FILE.index/ beside it.", DefaultValueFactory = _ => IngestCommand.DefaultDatabase };
        var urls = new Option<string>("--urls") { Description = "Where to listen (loopback by default).", DefaultValueFactory = _ => ServerOptions.DefaultUrls };
        var apiKey = new Option<string?>("--api-key") { Description = $"The key writes must send in {ServerOptions.ApiKeyHeader} (default: ${ServerOptions.ApiKeyVariable}; without one, writes are refused)." };
        var keyForReads = new Option<bool>("--require-key-for-reads") { Description = "Reads need the API key too (reading is open by default)." };
        var command = new Command("serve", "Serve the HTTP API (OpenAPI at /openapi/v1.json) and the Arabic web interface.") { db, urls, apiKey, keyForReads };
        command.SetAction((parse, cancel) => Execute(Options(parse.GetRequiredValue(db), parse.GetRequiredValue(urls), parse.GetValue(apiKey), parse.GetValue(keyForReads)), output, error, cancel));
        return command;
    }

    /// <summary>Server options from the command line, the key falling back to the environment.</summary>
    public static ServerOptions Options(string database, string urls, string? apiKey, bool keyForReads = false) =>
        new(database, urls, apiKey ?? NullIfEmpty(Environment.GetEnvironmentVariable(ServerOptions.ApiKeyVariable))) { RequireKeyForReads = keyForReads };

    public static async Task<int> Execute(ServerOptions options, TextWriter output, TextWriter error, CancellationToken cancel)
    {
        if (Marsad.Storage.StoreFactory.IsServer(options.Database))
        {
            // The server's library and Lucene index are built over the embedded store; see docs/server-mode.md.
            error.WriteLine("marsad: serve: serving a PostgreSQL store is not supported yet; give an SQLite file (marsad search queries a PostgreSQL store)");
            return MarsadCli.UsageError;
        }
        Microsoft.AspNetCore.Builder.WebApplication app;
        try
        {
            app = MarsadServer.Build(options);
            await app.StartAsync(cancel);
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or Lucene.Net.Store.LockObtainFailedException)
        {
            error.WriteLine($"marsad: serve: {e.Message}");
            return MarsadCli.SomeInputsFailed;
        }
        foreach (var address in MarsadServer.Addresses(app)) output.WriteLine($"marsad: serving {options.Database} at {address}/ (API reference {address}/reference)");
        if (options.ApiKey is null) output.WriteLine($"marsad: no API key given (--api-key or {ServerOptions.ApiKeyVariable}): writes are refused");
        output.Flush();
        try
        {
            await Task.Delay(Timeout.Infinite, cancel);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C: stop cleanly below.
        }
        await app.StopAsync(CancellationToken.None);
        await app.DisposeAsync();
        return MarsadCli.Success;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
