using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using SmartReader;

namespace Marsad.Ingest;

/// <summary>The article inside a web page: main content by SmartReader (Mozilla Readability), and the facts publishers
/// put in <c>&lt;meta&gt;</c> (Open Graph, article:*, Dublin Core), JSON-LD and <c>&lt;time&gt;</c>.</summary>
public static partial class HtmlArticleExtractor
{
    /// <summary>Main content shorter than this is a teaser, a video page or an index, not an article.</summary>
    public const int MinArticleChars = 200;

    /// <summary>Share of the main content's text inside links above which it is a list of links, not an article.</summary>
    public const double MaxLinkShare = 0.5;

    public static IngestItem Extract(string html, string locator, string? pageUrl, byte[]? raw = null, string? charset = null)
    {
        var parser = new HtmlParser();
        IHtmlDocument document;
        try
        {
            document = parser.ParseDocument(html);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            return IngestItem.Fail(locator, $"HTML cannot be parsed ({e.Message})");
        }
        var meta = PageMetadata.Read(document);
        var baseUri = pageUrl ?? meta.CanonicalUrl ?? "https://localhost/";
        if (!Uri.TryCreate(baseUri, UriKind.Absolute, out _)) baseUri = "https://localhost/";

        Article article;
        try
        {
            var reader = new Reader(baseUri, document) { Debug = false };
            article = reader.GetArticle();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return IngestItem.Fail(locator, $"main content cannot be extracted ({e.GetType().Name}: {e.Message})");
        }

        string text = "";
        double linkShare = 0;
        if (article.IsReadable && !string.IsNullOrEmpty(article.Content))
        {
            var content = parser.ParseDocument(article.Content);
            text = HtmlText.ToPlainText(content.Body ?? (INode)content);
            linkShare = LinkShare(content);
        }
        if (text.Length < MinArticleChars || linkShare > MaxLinkShare)
        {
            var why = text.Length == 0 ? "no main article text found"
                : linkShare > MaxLinkShare ? $"main content is a list of links ({linkShare:P0} of its text), not an article"
                : $"main content is only {text.Length} characters, too short for an article";
            return IngestItem.Fail(locator, $"{why} (the page holds menus, lists or teasers only)");
        }

        var extra = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (meta.Language is { } lang) extra["html_lang"] = lang;
        if (meta.CanonicalUrl is { } canonical) extra["canonical_url"] = canonical;
        if (meta.Description is { } description) extra["description"] = description;
        if (article.Dir is { Length: > 0 } dir) extra["dir"] = dir;
        return IngestItem.Ok(new IngestedArticle(locator, "html", text)
        {
            Title = Blank(meta.Title) ?? Blank(article.Title),
            Author = Blank(meta.Author) ?? Blank(article.Byline) ?? Blank(article.Author),
            SiteName = Blank(meta.SiteName) ?? Blank(article.SiteName),
            Url = meta.CanonicalUrl ?? pageUrl,
            Published = meta.Published ?? article.PublicationDate.ToOffset(),
            Raw = raw,
            Charset = charset,
            Extra = extra,
        });
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static DateTimeOffset? ToOffset(this DateTime? date) =>
        date is { } d ? new DateTimeOffset(DateTime.SpecifyKind(d, d.Kind == DateTimeKind.Unspecified ? DateTimeKind.Utc : d.Kind)) : null;

    private static double LinkShare(IHtmlDocument content)
    {
        var all = content.Body?.TextContent ?? "";
        int total = all.Count(c => !char.IsWhiteSpace(c));
        if (total == 0) return 0;
        int linked = content.QuerySelectorAll("a").Sum(a => a.TextContent.Count(c => !char.IsWhiteSpace(c)));
        return (double)linked / total;
    }
}
