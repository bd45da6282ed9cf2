using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Text;
using Marsad.Search;

namespace Marsad.Server.Web;

/// <summary>HTML building blocks for the Arabic interface. Every piece of user or article text goes through
/// <see cref="E"/> (which escapes &lt; &gt; &amp; and quotes, and leaves Arabic readable).</summary>
public static class Html
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string E(string? text) => text is null ? "" : Encoder.Encode(text);

    /// <summary>Query-string values.</summary>
    public static string U(string? text) => Uri.EscapeDataString(text ?? "");

    /// <summary>A link target only for http(s) addresses: a stored "javascript:" URL must never become a link.</summary>
    public static string? SafeHref(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? E(uri.AbsoluteUri) : null;

    public static string Date(DateTimeOffset date) => date.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An article's date in a list: its publication date; else the day of its events, said to be that; else
    /// «غير مؤرخ» with the day it was ingested, said to be that (never shown as the article's date).</summary>
    public static string Date(Marsad.Browse.DocumentCard card) => card.DateKind switch
    {
        Marsad.Browse.CardDate.Published => Date(card.Date),
        Marsad.Browse.CardDate.Events => Date(card.Date) + " (تاريخ الأحداث)",
        _ => Undated(card.Date),
    };

    /// <summary>As <see cref="Date(Marsad.Browse.DocumentCard)"/> for a search hit, which knows only whether its date was published.</summary>
    public static string Date(DateTimeOffset date, bool published) => published ? Date(date) : Undated(date);

    private static string Undated(DateTimeOffset ingested) => "غير مؤرخ · أُضيفت " + Date(ingested);

    /// <summary>Highlighted text: matched words in &lt;mark&gt;, everything escaped.</summary>
    public static string Marked(IReadOnlyList<TextPart> parts)
    {
        var html = new StringBuilder();
        foreach (var part in parts)
        {
            if (part.Match) html.Append("<mark>").Append(E(part.Text)).Append("</mark>");
            else html.Append(E(part.Text));
        }
        return html.ToString();
    }

    public static string Title(string? title) => string.IsNullOrWhiteSpace(title) ? "(بلا عنوان)" : E(title);

    /// <summary>A document's title, else the first words of its text.</summary>
    public static string Title(Marsad.Browse.DocumentCard card) =>
        !string.IsNullOrWhiteSpace(card.Title) ? E(card.Title) : card.Lead.Length > 0 ? E(card.Lead) : "(بلا عنوان)";

    /// <summary>A count with its noun in the form Arabic grammar wants: «وثيقة واحدة»، «وثيقتان»، «5 وثائق»، «11 وثيقة».</summary>
    public static string Count(int total, Marsad.Text.CountedNoun noun) => Marsad.Text.ArabicCount.Of(total, noun);

    /// <summary>The link to a document, at a cited span when one is given (the page marks it and scrolls to it).</summary>
    public static string DocumentHref(string id, int? start = null, int? end = null) =>
        start is { } s && end is { } e
            ? $"/documents/{U(id)}?cite={s.ToString(CultureInfo.InvariantCulture)}-{e.ToString(CultureInfo.InvariantCulture)}#s-{s.ToString(CultureInfo.InvariantCulture)}"
            : $"/documents/{U(id)}";

    /// <summary>Entity ids hold a slash, which stays one in the path.</summary>
    public static string EntityHref(string id) => "/entities/" + string.Join('/', id.Split('/').Select(U));

    /// <summary>The page around <paramref name="body"/>: right-to-left Arabic, the navigation (pages still to come are
    /// shown but not linked), and the stylesheet served by this process.</summary>
    public static string Page(string title, string active, string body)
    {
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E(title)).Append(" — مرصد</title>\n")
            .Append("<link rel=\"stylesheet\" href=\"/assets/marsad.css\">\n")
            // The typeahead script only where a filter box asks for it; every other page runs no script at all.
            .Append(body.Contains(" data-suggest=\"", StringComparison.Ordinal) ? "<script src=\"/assets/suggest.js\" defer></script>\n" : "")
            .Append("</head>\n<body>\n")
            .Append("<header class=\"top\"><a class=\"brand\" href=\"/\">مرصد</a>\n<nav aria-label=\"التنقل\">\n");
        foreach (var (key, label, href) in Navigation)
        {
            if (href is null) page.Append("<span class=\"soon\" title=\"قريبًا\">").Append(label).Append("</span>\n");
            else page.Append("<a href=\"").Append(href).Append('"').Append(key == active ? " aria-current=\"page\"" : "").Append('>').Append(label).Append("</a>\n");
        }
        page.Append("</nav>\n<form class=\"quick\" action=\"/search\" method=\"get\" role=\"search\">")
            .Append("<input type=\"search\" name=\"q\" placeholder=\"ابحث في الأخبار\" aria-label=\"بحث\"></form>\n</header>\n<main>\n")
            .Append(body)
            .Append("\n</main>\n<footer><a href=\"/reference\">واجهة البرمجة (API)</a></footer>\n</body>\n</html>\n");
        return page.ToString();
    }

    /// <summary>Pages in the order shown; a null address is a page still to come.</summary>
    private static readonly (string Key, string Label, string? Href)[] Navigation =
    [
        ("day", "اليوم", "/"),
        ("documents", "الوثائق", "/documents"),
        ("stories", "القصص", "/stories"),
        ("entities", "الكيانات", "/entities"),
        ("events", "الأحداث", "/events"),
        ("map", "الخريطة", "/map"),
        ("search", "البحث", "/search"),
    ];
}
