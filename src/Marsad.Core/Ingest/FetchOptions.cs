namespace Marsad.Ingest;

/// <summary>How the fetcher behaves on the web. The defaults suit a polite crawl of news sites.</summary>
public sealed record FetchOptions
{
    public const string DefaultUserAgent = "marsad/0.1 (Arabic news monitoring; fetches articles and feeds named by its user)";

    /// <summary>Time for one attempt, from connecting to the last byte.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(20);
    /// <summary>Largest body accepted as sent on the wire.</summary>
    public long MaxBytes { get; init; } = 10L * 1024 * 1024;
    /// <summary>Largest body accepted after gzip/deflate decompression.</summary>
    public long MaxDecompressedBytes { get; init; } = 20L * 1024 * 1024;
    public int MaxRedirects { get; init; } = 5;
    /// <summary>Retries after a 5xx answer, a timeout or a dropped connection; 0 tries once.</summary>
    public int Retries { get; init; } = 2;
    /// <summary>Delay before the first retry; each further retry waits twice as long.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);
    /// <summary>Least time between two requests to the same host.</summary>
    public TimeSpan PerHostDelay { get; init; } = TimeSpan.FromSeconds(1);
    public string UserAgent { get; init; } = DefaultUserAgent;
    /// <summary>Allow loopback, link-local and private addresses (tests and intranets); refused by default.</summary>
    public bool AllowPrivate { get; init; }
}

/// <summary>ETag and Last-Modified of a feed as last fetched, for a conditional GET.</summary>
public sealed record Validators(string? ETag, string? LastModified);

/// <summary>What a fetch brought back: a body (decompressed), a 304, or the reason there is none.</summary>
public sealed record FetchResult(Uri Url, int Status, byte[]? Body, string? MediaType, string? Charset, Validators? Validators, string? Error)
{
    public bool NotModified => Status == 304;
}

/// <summary>A feed as fetched for the scheduler: its entries (none when <see cref="NotModified"/>), the validators to
/// send next time, or the reason it could not be read.</summary>
public sealed record FeedFetch(IReadOnlyList<FeedEntry> Entries, Validators? Validators, bool NotModified, string? Error)
{
    public static FeedFetch Fail(string error) => new([], null, false, error);
}
