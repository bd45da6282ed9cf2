using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Marsad.Ingest;

/// <summary>What a page says about itself, from the most to the least explicit source: Open Graph / article:*
/// meta tags, Dublin Core, JSON-LD (NewsArticle and kin), then <c>&lt;time&gt;</c> and <c>&lt;title&gt;</c>.</summary>
public sealed record PageMetadata(
    string? Title, string? Author, string? SiteName, string? CanonicalUrl, DateTimeOffset? Published, string? Language, string? Description)
{
    private static readonly string[] PublishedKeys =
    [
        "article:published_time", "og:published_time", "og:article:published_time", "datepublished", "pubdate",
        "publish-date", "publish_date", "publishdate", "dc.date.issued", "dcterms.issued", "dcterms.created",
        "dc.date.created", "dc.date", "sailthru.date", "parsely-pub-date", "date",
    ];

    public static PageMetadata Read(IHtmlDocument document)
    {
        var metas = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            var value = meta.GetAttribute("content");
            if (string.IsNullOrWhiteSpace(key) || string.IsNullOrWhiteSpace(value)) continue;
            metas.TryAdd(key.Trim(), value.Trim()); // first wins: pages repeat tags in widgets further down
        }
        var ld = JsonLd.Read(document);

        string? Meta(params string[] keys) => keys.Select(k => metas.GetValueOrDefault(k)).FirstOrDefault(v => v is not null);

        var title = Meta("og:title", "twitter:title", "dc.title", "dcterms.title") ?? ld.Headline
            ?? document.QuerySelector("h1")?.TextContent.Trim() ?? document.Title;
        var author = Meta("author", "article:author", "dc.creator", "dcterms.creator", "byl") ?? ld.Author;
        if (author is not null && author.StartsWith("http", StringComparison.OrdinalIgnoreCase)) author = ld.Author;
        var site = Meta("og:site_name", "application-name", "dc.publisher", "dcterms.publisher") ?? ld.Publisher;
        var canonical = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta("og:url") ?? ld.Url;
        if (canonical is not null && !Uri.TryCreate(canonical, UriKind.Absolute, out _)) canonical = null;

        DateTimeOffset? published = null;
        foreach (var key in PublishedKeys)
            if (metas.GetValueOrDefault(key) is { } value && LenientDates.TryParse(value, out var date)) { published = date; break; }
        published ??= LenientDates.Parse(ld.DatePublished);
        published ??= TimeElement(document);

        var language = document.DocumentElement.GetAttribute("lang") ?? Meta("og:locale", "dc.language", "content-language");
        var description = Meta("description", "og:description");
        return new PageMetadata(Clean(title), Clean(author), Clean(site), canonical, published, Clean(language), Clean(description));
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>A &lt;time&gt; marked as the publication (pubdate, itemprop) first, then the first one inside the article.</summary>
    private static DateTimeOffset? TimeElement(IHtmlDocument document)
    {
        var candidates = document.QuerySelectorAll("time[pubdate], time[itemprop=datePublished], article time[datetime], time[datetime]");
        foreach (var time in candidates)
            if (LenientDates.TryParse(time.GetAttribute("datetime") ?? time.TextContent, out var date)) return date;
        return null;
    }

    /// <summary>The facts of the first JSON-LD object that looks like an article.</summary>
    private sealed record JsonLd(string? Headline, string? Author, string? Publisher, string? Url, string? DatePublished)
    {
        private static readonly JsonLd None = new(null, null, null, null, null);

        public static JsonLd Read(IHtmlDocument document)
        {
            foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
            {
                try
                {
                    using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                    if (Find(json.RootElement) is { } found) return found;
                }
                catch (JsonException)
                {
                    // Broken JSON-LD is common; the meta tags still speak.
                }
            }
            return None;
        }

        private static JsonLd? Find(JsonElement element)
        {
            if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                    if (Find(item) is { } found) return found;
                return null;
            }
            if (element.ValueKind != JsonValueKind.Object) return null;
            if (element.TryGetProperty("@graph", out var graph) && Find(graph) is { } inGraph) return inGraph;
            if (!element.TryGetProperty("datePublished", out _) && !element.TryGetProperty("headline", out _)) return null;
            return new JsonLd(Str(element, "headline"), Name(element, "author"), Name(element, "publisher"),
                Str(element, "url") ?? Str(element, "mainEntityOfPage"), Str(element, "datePublished"));
        }

        private static string? Str(JsonElement element, string name) =>
            element.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

        private static string? Name(JsonElement element, string name)
        {
            if (!element.TryGetProperty(name, out var v)) return null;
            if (v.ValueKind == JsonValueKind.String) return v.GetString();
            if (v.ValueKind == JsonValueKind.Array) v = v.EnumerateArray().FirstOrDefault();
            return v.ValueKind == JsonValueKind.Object ? Str(v, "name") : null;
        }
    }
}
