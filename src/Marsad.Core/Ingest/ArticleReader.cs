using System.Runtime.CompilerServices;
using System.Text;

namespace Marsad.Ingest;

/// <summary>Reads every kind of source a user can name into articles: files by format (text, HTML, JSON, JSON Lines,
/// CSV, RSS/Atom), directories recursively, article URLs and feed URLs. Every failure is an <see cref="InputError"/>
/// naming the source; one bad source never stops the others.</summary>
public sealed class ArticleReader(IngestOptions options, WebFetcher? fetcher = null, IValidatorCache? validators = null)
{
    public static readonly IReadOnlySet<string> Extensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ".txt", ".html", ".htm", ".xhtml", ".json", ".jsonl", ".ndjson", ".csv", ".rss", ".atom", ".xml",
    };

    public IngestOptions Options => options;

    /// <summary>Splits what the user named into files (directories expanded) and URLs, in the order given.</summary>
    public static (IReadOnlyList<string> Files, IReadOnlyList<Uri> Urls, IReadOnlyList<InputError> Errors) Plan(IEnumerable<string> sources)
    {
        var paths = new List<string>();
        var urls = new List<Uri>();
        var errors = new List<InputError>();
        foreach (var source in sources)
        {
            if (source.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || source.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            {
                if (Uri.TryCreate(source, UriKind.Absolute, out var uri)) urls.Add(uri);
                else errors.Add(new InputError(source, "not a valid URL"));
            }
            else paths.Add(source);
        }
        var (files, fileErrors) = InputPaths.Expand(paths, Extensions);
        errors.AddRange(fileErrors);
        return (files, urls, errors);
    }

    /// <summary>All articles of all sources, in order (files, then URLs, then feed items fetched from their pages).</summary>
    public async IAsyncEnumerable<IngestItem> ReadAllAsync(IEnumerable<string> sources, [EnumeratorCancellation] CancellationToken cancel = default)
    {
        var (files, urls, errors) = Plan(sources);
        foreach (var error in errors) yield return new IngestItem(null, error);
        var pending = new List<FeedEntry>();
        foreach (var file in files)
            foreach (var item in ReadFile(file))
            {
                if (item.PendingFetch is { } entry) pending.Add(entry);
                else yield return item;
            }
        foreach (var url in urls)
            await foreach (var item in ReadUrlAsync(url, cancel).ConfigureAwait(false))
            {
                if (item.PendingFetch is { } entry) yield return await FetchEntryAsync(entry, cancel).ConfigureAwait(false);
                else yield return item;
            }
        foreach (var entry in pending) yield return await FetchEntryAsync(entry, cancel).ConfigureAwait(false);
    }

    /// <summary>One file by its extension (or by its first bytes when the extension says nothing).</summary>
    public IEnumerable<IngestItem> ReadFile(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is ".jsonl" or ".ndjson" or ".csv") return ReadRecordFile(path, extension);
        var (bytes, error) = ReadCapped(path);
        if (bytes is null) return [IngestItem.Fail(path, error!)];
        var (text, charset, decodeError) = Charsets.Decode(bytes);
        if (text is null) return [IngestItem.Fail(path, decodeError!)];
        var kind = extension switch
        {
            ".txt" => "text",
            ".html" or ".htm" or ".xhtml" => "html",
            ".json" => "json",
            ".rss" or ".atom" => "feed",
            ".xml" => FeedParser.LooksLikeFeed(text) ? "feed" : "xml",
            _ => Sniff(text),
        };
        return kind switch
        {
            "text" => [IngestItem.Ok(new IngestedArticle(path, "text", text) { Charset = charset, Raw = charset == "utf-8" ? null : bytes })],
            "html" => [HtmlArticleExtractor.Extract(text, path, null, bytes, charset)],
            "json" => RecordReader.ReadJson(text, path, options.FieldMap),
            "feed" => ReadFeed(text, path),
            _ => [IngestItem.Fail(path, "XML file is not an RSS or Atom feed")],
        };
    }

    private static string Sniff(string text)
    {
        var head = text.AsSpan().TrimStart();
        if (head.StartsWith("{") || head.StartsWith("[")) return "json";
        if (FeedParser.LooksLikeFeed(text)) return "feed";
        if (head.StartsWith("<")) return "html";
        return "text";
    }

    private (byte[]? Bytes, string? Error) ReadCapped(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) return (null, "no such file");
            if (info.Length > options.MaxFileBytes)
                return (null, $"file is {info.Length / (1024 * 1024)} MB, over the {options.MaxFileBytes / (1024 * 1024)} MB limit for one article");
            return (File.ReadAllBytes(path), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"cannot be read ({e.Message})");
        }
    }

    private IEnumerable<IngestItem> ReadRecordFile(string path, string extension)
    {
        StreamReader reader;
        try
        {
            reader = new StreamReader(path, DetectRecordEncoding(path), detectEncodingFromByteOrderMarks: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [IngestItem.Fail(path, $"cannot be read ({e.Message})")];
        }
        return Stream(reader);

        IEnumerable<IngestItem> Stream(StreamReader r)
        {
            using (r)
            {
                var items = extension == ".csv" ? RecordReader.ReadCsv(r, path, options.FieldMap) : RecordReader.ReadJsonLines(r, path, options.FieldMap);
                foreach (var item in items) yield return item;
            }
        }
    }

    /// <summary>Record files are UTF-8 nearly always; the first 64 KB decide when they are not.</summary>
    private static Encoding DetectRecordEncoding(string path)
    {
        using var stream = File.OpenRead(path);
        var head = new byte[Math.Min(stream.Length, 64 * 1024)];
        stream.ReadExactly(head);
        if (head.Length == 0 || System.Text.Unicode.Utf8.IsValid(TrimPartial(head))) return new UTF8Encoding(false);
        var (_, charset, _) = Charsets.Decode(head);
        return Charsets.FromName(charset) ?? new UTF8Encoding(false);
    }

    /// <summary>The head may end inside a multi-byte character; drop at most three trailing bytes of it.</summary>
    private static ReadOnlySpan<byte> TrimPartial(ReadOnlySpan<byte> head)
    {
        int end = head.Length;
        for (int i = 0; i < 3 && end > 0 && (head[end - 1] & 0xC0) == 0x80; i++) end--;
        if (end > 0 && head[end - 1] >= 0xC0) end--;
        return head[..end];
    }

    private List<IngestItem> ReadFeed(string text, string locator)
    {
        var (entries, error) = FeedParser.Parse(text, locator);
        if (entries is null) return [IngestItem.Fail(locator, error!)];
        if (entries.Count == 0) return [IngestItem.Fail(locator, "feed holds no items")];
        var items = new List<IngestItem>();
        for (int i = 0; i < entries.Count; i++)
        {
            if (FeedParser.ToArticle(entries[i], i) is { } article) items.Add(IngestItem.Ok(article));
            else if (entries[i].Link is not null) items.Add(IngestItem.Fetch(entries[i]));
            else items.Add(IngestItem.Fail($"{locator}#{i + 1}", "feed item has neither content nor a link"));
        }
        return items;
    }

    /// <summary>A URL: an article page, or a feed (by media type or root element) whose items are then read.</summary>
    public async IAsyncEnumerable<IngestItem> ReadUrlAsync(Uri url, [EnumeratorCancellation] CancellationToken cancel = default)
    {
        var locator = url.AbsoluteUri;
        if (fetcher is null)
        {
            yield return IngestItem.Fail(locator, "web fetching is not available here");
            yield break;
        }
        var known = validators?.GetValidators(locator);
        var result = await fetcher.FetchAsync(url, known, cancel).ConfigureAwait(false);
        if (result.Error is not null)
        {
            yield return IngestItem.Fail(locator, result.Error);
            yield break;
        }
        if (result.NotModified)
        {
            yield return IngestItem.Unchanged(locator);
            yield break;
        }
        var (text, charset, decodeError) = Charsets.Decode(result.Body, result.Charset);
        if (text is null)
        {
            yield return IngestItem.Fail(locator, decodeError!);
            yield break;
        }
        bool feed = result.MediaType is "application/rss+xml" or "application/atom+xml" or "application/rdf+xml"
            || (result.MediaType is null or "application/xml" or "text/xml" or "text/plain" && FeedParser.LooksLikeFeed(text));
        if (!feed && result.MediaType is "application/xml" or "text/xml")
        {
            yield return IngestItem.Fail(locator, "not an RSS/Atom feed: the XML's root is neither <rss> nor <feed>");
            yield break;
        }
        if (feed)
        {
            var items = ReadFeed(text, locator);
            // Validators are saved only once the feed parsed: a broken answer must be fetched again next time.
            if (items.Any(i => i.Error is null) && result.Validators is { } fresh && (fresh.ETag ?? fresh.LastModified) is not null)
                validators?.SetValidators(locator, fresh);
            foreach (var item in items) yield return item;
            yield break;
        }
        yield return HtmlArticleExtractor.Extract(text, locator, result.Url.AbsoluteUri, result.Body, charset);
    }

    /// <summary>A registered feed's URL, fetched with its validators (conditional GET) and parsed: its entries, or
    /// not modified, or the reason there are none (the URL in the message). Entries with a full text become
    /// articles through <see cref="FeedParser.ToArticle"/>; the others through <see cref="FetchEntryAsync"/>.</summary>
    public async Task<FeedFetch> FetchFeedAsync(Uri url, Validators? known, CancellationToken cancel = default)
    {
        var locator = url.AbsoluteUri;
        if (fetcher is null) return FeedFetch.Fail("web fetching is not available here");
        var result = await fetcher.FetchAsync(url, known, cancel).ConfigureAwait(false);
        if (result.Error is not null) return FeedFetch.Fail(result.Error);
        if (result.NotModified) return new FeedFetch([], known, true, null);
        var (text, _, decodeError) = Charsets.Decode(result.Body, result.Charset);
        if (text is null) return FeedFetch.Fail(decodeError!);
        if (!FeedParser.LooksLikeFeed(text))
            return FeedFetch.Fail($"not an RSS/Atom feed: the answer ({result.MediaType ?? "no media type"}) has neither <rss> nor <feed> at its root");
        var (entries, error) = FeedParser.Parse(text, locator);
        return entries is null ? FeedFetch.Fail(error!) : new FeedFetch(entries, result.Validators, false, null);
    }

    /// <summary>Fetches the page of a feed item that carries no full text and extracts its article.</summary>
    public async Task<IngestItem> FetchEntryAsync(FeedEntry entry, CancellationToken cancel = default)
    {
        var link = entry.Link!;
        if (fetcher is null) return FromSummary(entry) ?? IngestItem.Fail(link, "feed item has no full text and web fetching is not available here");
        if (!Uri.TryCreate(link, UriKind.Absolute, out var url)) return IngestItem.Fail(link, "feed item link is not an absolute URL");
        var result = await fetcher.FetchAsync(url, null, cancel).ConfigureAwait(false);
        if (result.Error is not null) return FromSummary(entry) ?? IngestItem.Fail(link, result.Error);
        var (text, charset, decodeError) = Charsets.Decode(result.Body, result.Charset);
        if (text is null) return IngestItem.Fail(link, decodeError!);
        var item = HtmlArticleExtractor.Extract(text, link, result.Url.AbsoluteUri, result.Body, charset);
        if (item.Article is { } article)
        {
            var extra = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["feed"] = entry.FeedLocator };
            foreach (var (key, value) in article.Extra) extra.TryAdd(key, value);
            item = IngestItem.Ok(article with
            {
                Title = article.Title ?? entry.Title,
                Author = article.Author ?? entry.Author,
                Published = article.Published ?? entry.Published,
                Extra = extra,
            });
        }
        return item;
    }

    /// <summary>When the page cannot be had, a feed summary long enough to be an article is still one.</summary>
    private static IngestItem? FromSummary(FeedEntry entry)
    {
        if (string.IsNullOrWhiteSpace(entry.SummaryHtml)) return null;
        var article = FeedParser.ToArticle(entry with { ContentHtml = entry.SummaryHtml }, 0);
        return article is not null && article.Text.Length >= HtmlArticleExtractor.MinArticleChars
            ? IngestItem.Ok(article with { Locator = entry.Link ?? article.Locator }) : null;
    }
}
