using System.ServiceModel.Syndication;
using System.Xml;
using AngleSharp.Html.Parser;

namespace Marsad.Ingest;

/// <summary>One item of a feed: its link, and its full text when the feed carries it (content:encoded, Atom content).</summary>
public sealed record FeedEntry(string FeedLocator, string? Link, string? Title, string? Author, DateTimeOffset? Published, string? ContentHtml, string? SummaryHtml)
{
    /// <summary>The item's own id (RSS guid, Atom id), when the feed gives one: what identifies it across polls.</summary>
    public string? ItemId { get; init; }

    /// <summary>The feed's own title (RSS channel title, Atom feed title): who publishes it, when nothing else says.</summary>
    public string? FeedTitle { get; init; }
}

/// <summary>RSS 2.0 and Atom 1.0 through System.ServiceModel.Syndication, with a lenient date parser (feeds
/// routinely write RFC 822 dates that the strict one rejects) and no DTD processing.</summary>
public static class FeedParser
{
    private const string ContentModule = "http://purl.org/rss/1.0/modules/content/";

    /// <summary>True when the text's root element is rss, feed or rdf:RDF; decides between a feed and a page.</summary>
    public static bool LooksLikeFeed(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 2048)).TrimStart();
        if (head.StartsWith("<?xml", StringComparison.Ordinal))
        {
            int end = head.IndexOf("?>");
            head = end > 0 ? head[(end + 2)..] : head;
        }
        // Skip comments and whitespace before the root.
        while (true)
        {
            head = head.TrimStart();
            if (!head.StartsWith("<!--", StringComparison.Ordinal)) break;
            int close = head.IndexOf("-->");
            if (close < 0) return false;
            head = head[(close + 3)..];
        }
        return head.StartsWith("<rss", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<feed", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<rdf:RDF", StringComparison.OrdinalIgnoreCase);
    }

    public static (IReadOnlyList<FeedEntry>? Entries, string? Error) Parse(string xml, string locator)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreComments = true };
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            reader.MoveToContent();
            SyndicationFeedFormatter formatter = reader.LocalName switch
            {
                "rss" => new Rss20FeedFormatter(),
                "feed" => new Atom10FeedFormatter(),
                _ => throw new XmlException($"root element is <{reader.LocalName}>, not <rss> or <feed>"),
            };
            formatter.DateTimeParser = (XmlDateTimeData data, out DateTimeOffset date) => LenientDates.TryParse(data.DateTimeString, out date);
            formatter.ReadFrom(reader);
            var entries = new List<FeedEntry>();
            foreach (var item in formatter.Feed.Items)
            {
                var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri
                    ?? item.Links.FirstOrDefault()?.Uri;
                string? linkText = link is null ? null : link.IsAbsoluteUri ? link.AbsoluteUri : link.OriginalString;
                if (linkText is null && item.Id is { } id && id.StartsWith("http", StringComparison.OrdinalIgnoreCase)) linkText = id;
                entries.Add(new FeedEntry(
                    locator, linkText, item.Title?.Text?.Trim(),
                    item.Authors.Select(a => a.Name ?? a.Email).FirstOrDefault(a => !string.IsNullOrWhiteSpace(a)),
                    item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime != default ? item.LastUpdatedTime : null,
                    FullContent(item), item.Summary?.Text)
                {
                    ItemId = string.IsNullOrWhiteSpace(item.Id) ? null : item.Id.Trim(),
                    FeedTitle = string.IsNullOrWhiteSpace(formatter.Feed.Title?.Text) ? null : formatter.Feed.Title.Text.Trim(),
                });
            }
            return (entries, null);
        }
        catch (XmlException e)
        {
            return (null, $"not an RSS/Atom feed: the XML is malformed ({e.Message})");
        }
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException))
        {
            // The syndication serializers throw several types (XmlException, SerializationException, FormatException).
            return (null, $"not an RSS/Atom feed: {e.Message}");
        }
    }

    private static string? FullContent(SyndicationItem item)
    {
        foreach (var extension in item.ElementExtensions)
        {
            if (extension.OuterName == "encoded" && extension.OuterNamespace == ContentModule)
                return extension.GetObject<string>();
        }
        return item.Content switch
        {
            TextSyndicationContent text when !string.IsNullOrWhiteSpace(text.Text) => text.Text,
            _ => null,
        };
    }

    /// <summary>An entry whose feed carries the full text becomes an article without fetching anything.</summary>
    public static IngestedArticle? ToArticle(FeedEntry entry, int index)
    {
        if (string.IsNullOrWhiteSpace(entry.ContentHtml)) return null;
        var fragment = new HtmlParser().ParseDocument($"<body>{entry.ContentHtml}</body>");
        var text = HtmlText.ToPlainText(fragment.Body!);
        if (text.Length == 0) return null;
        var extra = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["feed"] = entry.FeedLocator };
        return new IngestedArticle(entry.Link ?? $"{entry.FeedLocator}#{index + 1}", "feed", text)
        {
            Title = entry.Title,
            Author = entry.Author,
            Published = entry.Published,
            Url = entry.Link,
            SiteName = entry.FeedTitle,
            Extra = extra,
        };
    }
}
