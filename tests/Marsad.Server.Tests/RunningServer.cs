using System.Net.Http.Json;
using Marsad.Language;
using Marsad.Server.Library;
using Microsoft.AspNetCore.Builder;

namespace Marsad.Server.Tests;

/// <summary>A Marsad server of its own for one test: a fresh store in a scratch directory, Kestrel on 127.0.0.1 with
/// a free port, and a client for it. Nothing is shared between tests.</summary>
public sealed class RunningServer : IAsyncDisposable
{
    public const string ApiKey = "test-key-1234";

    private readonly WebApplication app;
    public string Directory { get; }
    public string Database { get; }
    public Uri Address { get; }
    public HttpClient Client { get; }
    public DocumentLibrary Library { get; }

    private RunningServer(WebApplication app, string directory, string database, DocumentLibrary library)
    {
        this.app = app;
        Directory = directory;
        Database = database;
        Library = library;
        Address = new Uri(MarsadServer.Addresses(app).First());
        Client = new HttpClient { BaseAddress = Address };
    }

    /// <param name="prepare">Fills the store before the server opens it (for example the demo).</param>
    public static async Task<RunningServer> StartAsync(Func<ServerOptions, ServerOptions>? configure = null, Action<string>? prepare = null)
    {
        var directory = System.IO.Directory.CreateTempSubdirectory("marsad-server-test-").FullName;
        var database = Path.Combine(directory, "marsad.db");
        prepare?.Invoke(database);
        var options = new ServerOptions(database, "http://127.0.0.1:0", ApiKey) { MaxIngestBytes = 64 * 1024, MaxPageSize = 50 };
        options = configure?.Invoke(options) ?? options;
        // The script identifier is enough for the Arabic and English texts the tests write, and loads nothing.
        var library = new DocumentLibrary(options, new ScriptLanguageIdentifier());
        var app = MarsadServer.Build(options, library);
        await app.StartAsync();
        return new RunningServer(app, directory, database, library);
    }

    /// <summary>Posts an article with the API key; returns the response.</summary>
    public Task<HttpResponseMessage> IngestAsync(object article, string? key = ApiKey)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/ingest") { Content = JsonContent.Create(article) };
        if (key is not null) request.Headers.Add(ServerOptions.ApiKeyHeader, key);
        return Client.SendAsync(request);
    }

    /// <summary>Ingests an article and returns its document id.</summary>
    public async Task<long> AddAsync(string title, string text, string? source = null, string? published = null, string? url = null)
    {
        var response = await IngestAsync(new { title, text, source, published, url });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"ingest answered {(int)response.StatusCode}: {body}");
        return (await response.Content.ReadFromJsonAsync<Ingest.IngestResponse>())!.Id;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { System.IO.Directory.Delete(Directory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
