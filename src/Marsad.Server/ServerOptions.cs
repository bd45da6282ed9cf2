using Marsad.Ingest;

namespace Marsad.Server;

/// <summary>Everything <c>marsad serve</c> can be told, in one record handed to <see cref="MarsadServer.Build"/>.</summary>
/// <param name="Database">The store file (SQLite); its index lives beside it (<c>FILE.index/</c>).</param>
/// <param name="Urls">Where to listen; loopback only by default.</param>
/// <param name="ApiKey">The key writes must carry in <c>X-Api-Key</c>; without one, writes are refused.</param>
public sealed record ServerOptions(string Database, string Urls = ServerOptions.DefaultUrls, string? ApiKey = null)
{
    public const string DefaultUrls = "http://127.0.0.1:5080";
    public const string ApiKeyHeader = "X-Api-Key";
    public const string ApiKeyVariable = "MARSAD_API_KEY";

    /// <summary>Reads need the key too (off: reading is open).</summary>
    public bool RequireKeyForReads { get; init; }
    /// <summary>The most items one page of a list or search may hold.</summary>
    public int MaxPageSize { get; init; } = 100;
    /// <summary>The largest <c>POST /api/ingest</c> body accepted, in bytes.</summary>
    public long MaxIngestBytes { get; init; } = 1024 * 1024;
    /// <summary>How <c>{url}</c> ingests fetch pages (private addresses refused unless allowed).</summary>
    public FetchOptions Fetch { get; init; } = new();
    /// <summary>The index directory; default beside the store.</summary>
    public string? IndexPath { get; init; }
}
