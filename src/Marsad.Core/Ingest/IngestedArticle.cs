using Marsad.Pipeline;

namespace Marsad.Ingest;

/// <summary>An article as ingestion found it: its text and the facts around it, before any cleaning.</summary>
/// <param name="Locator">Where it was found: a path, a URL, or a path with a record number ("file.jsonl#12").</param>
/// <param name="Format">The reader that produced it: text, html, json, jsonl, csv, feed.</param>
/// <param name="Text">The article text (for HTML: the main content only).</param>
public sealed record IngestedArticle(string Locator, string Format, string Text)
{
    public string? Title { get; init; }
    public string? Author { get; init; }
    public string? SiteName { get; init; }
    /// <summary>The article's own address: a canonical URL, a feed item link or a record's url field.</summary>
    public string? Url { get; init; }
    public DateTimeOffset? Published { get; init; }
    /// <summary>The bytes as fetched or read, kept when they differ from the text (HTML pages, legacy charsets).</summary>
    public byte[]? Raw { get; init; }
    /// <summary>The charset the bytes were decoded with, when there were bytes to decode.</summary>
    public string? Charset { get; init; }
    /// <summary>Other facts, sorted by key so stored JSON is deterministic.</summary>
    public IReadOnlyDictionary<string, string> Extra { get; init; } = new SortedDictionary<string, string>(StringComparer.Ordinal);

    /// <summary>All metadata in one sorted map, as stored and as handed to the pipeline.</summary>
    public SortedDictionary<string, string> Metadata()
    {
        var map = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (k, v) in Extra) map[k] = v;
        if (Title is not null) map["title"] = Title;
        if (Author is not null) map["author"] = Author;
        if (SiteName is not null) map["site"] = SiteName;
        if (Url is not null) map["url"] = Url;
        if (Published is { } p) map["published"] = p.ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);
        if (Charset is not null) map["charset"] = Charset;
        map["format"] = Format;
        return map;
    }

    /// <summary>The pipeline's view: an id from the locator's last segment, the text, title, date and metadata.</summary>
    public SourceDocument ToSourceDocument() => new(IdOf(Locator), Locator, Text)
    {
        Title = Title,
        Published = Published,
        Metadata = Metadata(),
    };

    private static string IdOf(string locator)
    {
        if (Uri.TryCreate(locator, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            var last = uri.Segments.LastOrDefault()?.Trim('/') ?? "";
            return last.Length > 0 ? Uri.UnescapeDataString(Path.GetFileNameWithoutExtension(last)) : uri.Host;
        }
        int hash = locator.LastIndexOf('#');
        var path = hash > 0 ? locator[..hash] : locator;
        var name = Path.GetFileNameWithoutExtension(path);
        return hash > 0 ? $"{name}#{locator[(hash + 1)..]}" : name;
    }
}

/// <summary>One outcome of reading a source: an article, an error, or a link still to fetch (a feed item without
/// its full text).</summary>
/// <param name="NotModified">A feed that answered 304 Not Modified: nothing new, nothing wrong.</param>
public readonly record struct IngestItem(IngestedArticle? Article, InputError? Error, FeedEntry? PendingFetch = null, string? NotModified = null)
{
    public static IngestItem Unchanged(string source) => new(null, null, null, source);
    public static IngestItem Ok(IngestedArticle article) => new(article, null);
    public static IngestItem Fail(string source, string reason) => new(null, new InputError(source, reason));
    public static IngestItem Fetch(FeedEntry entry) => new(null, null, entry);
}
