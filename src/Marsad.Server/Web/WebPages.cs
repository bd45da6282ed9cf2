using System.Globalization;
using System.Text;
using Marsad.Browse;
using Marsad.Search;
using Marsad.Server.Documents;
using Marsad.Server.Library;
using Marsad.Server.Search;
using Marsad.Server.Security;
using Marsad.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Marsad.Server.Web;

/// <summary>The Arabic web interface, rendered on the server: the documents list with the latest stories, one
/// document (clean text with the cited span marked, its entities and story, removed furniture, duplicates, similar
/// documents), search with highlighting and filters; stories, entities, events and the map in the other parts.</summary>
public static partial class WebPages
{
    public const int PageSize = 20;

    public static IEndpointRouteBuilder MapWebPages(this IEndpointRouteBuilder routes, ServerOptions options)
    {
        var pages = routes.MapGroup("").ExcludeFromDescription().RequireReadKey(options);
        pages.MapGet("/", DayPage);
        pages.MapGet("/documents", Documents);
        pages.MapGet("/documents/{id:long}", Document);
        pages.MapGet("/search", SearchPage);
        pages.MapGet("/search/facets/{facet}", FacetPage);
        pages.MapGet("/stories", StoriesPage);
        pages.MapGet("/stories/{id}", StoryPage);
        pages.MapGet("/entities", EntitiesPage);
        pages.MapGet("/entities/{**id}", EntityPage);
        pages.MapGet("/topics/{id}", TopicPage);
        pages.MapGet("/events", EventsPage);
        pages.MapGet("/map", MapPage);
        routes.MapGet("/assets/{name}", Asset).ExcludeFromDescription();
        routes.MapGet("/reference", ReferencePage.Render).ExcludeFromDescription();
        return routes;
    }

    private static ContentHttpResult HtmlResult(string html, int status = StatusCodes.Status200OK) =>
        TypedResults.Content(html, "text/html; charset=utf-8", Encoding.UTF8, status);

    /// <summary>Every document, newest first, one page at a time. The next page starts after the last document shown
    /// (its date and id in the cursor), so articles ingested meanwhile never shift a page.</summary>
    internal static ContentHttpResult Documents(string? cursor, string? source, DocumentLibrary library)
    {
        var after = PageCursor.ReadAfter(cursor);
        var results = library.Index.Search(new SearchRequest(null)
        {
            Sources = string.IsNullOrEmpty(source) ? [] : [source],
            // One more than shown: whether there is a next page.
            Limit = PageSize + 1,
            Sort = SearchSort.Newest,
            Highlight = false,
            After = after,
        }).Results!;
        var body = new StringBuilder();
        body.Append("<h1>الوثائق</h1>\n<p class=\"count\">").Append(Count(results.Total, CountedNoun.Document)).Append("</p>\n");
        if (results.Total == 0) body.Append("<p class=\"empty\">لا توجد وثائق بعد. أضفها بالأمر <code>marsad ingest</code> أو عبر <code>POST /api/ingest</code>.</p>\n");
        body.Append("<ol class=\"docs\">\n");
        foreach (var hit in results.Hits.Take(PageSize)) AppendListItem(body, hit, snippet: false);
        body.Append("</ol>\n");
        var first = "/documents" + (string.IsNullOrEmpty(source) ? "" : "?source=" + Html.U(source));
        var here = first + (string.IsNullOrEmpty(source) ? "?" : "&amp;");
        bool more = results.Hits.Count > PageSize;
        if (after is not null || more)
        {
            body.Append("<nav class=\"pager\" aria-label=\"الصفحات\">");
            if (after is not null) body.Append("<a href=\"").Append(first).Append("\">الأحدث</a>");
            if (more && results.Hits[PageSize - 1] is { } last)
                body.Append("<a rel=\"next\" href=\"").Append(here).Append("cursor=").Append(PageCursor.After(new DateKey(last.Date.UtcTicks, last.Id))).Append("\">التالي</a>");
            body.Append("</nav>\n");
        }
        return HtmlResult(Html.Page("الوثائق", "documents", body.ToString()));
    }

    internal static ContentHttpResult Document(long id, string? cite, DocumentLibrary library)
    {
        var read = library.Read(store => DocumentReader.Read(store, id));
        var detail = read is null ? null : DocumentMapping.WithCollection(read, library.Collection.Current());
        if (detail is null)
            return HtmlResult(Html.Page("غير موجودة", "documents", "<h1>الوثيقة غير موجودة</h1>\n<p><a href=\"/\">العودة إلى الوثائق</a></p>"), StatusCodes.Status404NotFound);
        // Without a title the page is headed by the start of the text, as lists show the document.
        var heading = !string.IsNullOrWhiteSpace(detail.Title) ? detail.Title
            : detail.CleanText is { Length: > 0 } clean ? DocumentReader.Lead(clean) : null;
        var body = new StringBuilder();
        body.Append("<article>\n<h1").Append(detail.Title is null && heading is not null ? " class=\"lead-title\"" : "").Append('>')
            .Append(Html.Title(heading)).Append("</h1>\n<p class=\"meta\">");
        if (detail.Source.Length > 0) body.Append(Html.E(detail.Source)).Append(" · ");
        body.Append(detail.Published ? "نُشرت " + Html.Date(detail.Date) : "غير مؤرخ · أُضيفت " + Html.Date(detail.Date));
        if (Html.SafeHref(detail.Url) is { } href) body.Append(" · <a href=\"").Append(href).Append("\" rel=\"noopener noreferrer\">المصدر</a>");
        body.Append("</p>\n");
        if (detail.Story is { } story)
            body.Append("<p class=\"meta\">القصة: <a class=\"story-link\" href=\"/stories/").Append(Html.U(story.Id)).Append("\">").Append(Html.E(story.Name)).Append("</a></p>\n");
        body.Append("<div class=\"text\">\n");
        if (detail.CleanText is null) body.Append("<p class=\"empty\">لم يُنظَّف النص بعد.</p>\n");
        else AppendText(body, detail.CleanText, ParseCite(cite, detail.CleanText.Length));
        body.Append("</div>\n</article>\n");
        if (detail.Entities.Count + detail.Places.Count > 0)
        {
            body.Append("<h2>الكيانات والأماكن</h2>\n<ul class=\"chips\">\n");
            foreach (var e in detail.Entities.Concat(detail.Places))
                body.Append("<li><a href=\"").Append(Html.EntityHref(e.Id)).Append("\">").Append(Html.E(e.Name)).Append("</a></li>\n");
            body.Append("</ul>\n");
        }

        body.Append("<h2>ما حُذف من الصفحة</h2>\n");
        if (detail.Removed.Count == 0) body.Append("<p class=\"empty\">لم يُحذف شيء.</p>\n");
        else
        {
            body.Append("<ul class=\"removed\">\n");
            foreach (var piece in detail.Removed)
                body.Append("<li><span class=\"kind\">").Append(RemovalLabel(piece.Kind)).Append("</span> ")
                    .Append(Html.E(piece.Text)).Append(" <small>(").Append(Html.E(Marsad.Report.ArabicLabels.RemovalReason(piece.Reason))).Append(")</small></li>\n");
            body.Append("</ul>\n");
        }

        body.Append("<h2>النسخ المكررة</h2>\n");
        if (detail.Duplicates.Count == 0) body.Append("<p class=\"empty\">لا نسخ مكررة معروفة.</p>\n");
        else
        {
            body.Append("<ol class=\"docs duplicates\">\n");
            foreach (var d in detail.Duplicates)
                body.Append("<li><a href=\"/documents/").Append(d.Id.ToString(CultureInfo.InvariantCulture)).Append("\">").Append(Html.Title(d.Title))
                    .Append("</a> <span class=\"meta\">").Append(Html.E(Marsad.Report.ArabicLabels.Duplicate(d.Kind))).Append(" · تشابه ")
                    .Append((d.Similarity * 100).ToString("0", CultureInfo.InvariantCulture)).Append("٪</span></li>\n");
            body.Append("</ol>\n");
        }

        var similar = library.Index.MoreLikeThis(id, 5) ?? [];
        body.Append("<h2>وثائق مشابهة</h2>\n");
        if (similar.Count == 0) body.Append("<p class=\"empty\">لا وثائق مشابهة.</p>\n");
        else
        {
            body.Append("<ol class=\"docs similar\">\n");
            foreach (var hit in similar) AppendListItem(body, hit, snippet: false);
            body.Append("</ol>\n");
        }
        return HtmlResult(Html.Page(heading ?? "وثيقة", "documents", body.ToString()));
    }

    /// <summary>The cited span of <c>?cite=START-END</c>, when it lies in the text.</summary>
    internal static (int Start, int End)? ParseCite(string? cite, int length)
    {
        if (cite is null) return null;
        var parts = cite.Split('-');
        return parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var end) && start < end && end <= length
            ? (start, end) : null;
    }

    /// <summary>The clean text in paragraphs; the cited span marked with the id its links scroll to (<c>#s-START</c>).</summary>
    private static void AppendText(StringBuilder body, string text, (int Start, int End)? cited)
    {
        int at = 0;
        while (at < text.Length)
        {
            int end = text.IndexOf("\n\n", at, StringComparison.Ordinal);
            if (end < 0) end = text.Length;
            int start = at;
            while (start < end && char.IsWhiteSpace(text[start])) start++;
            int stop = end;
            while (stop > start && char.IsWhiteSpace(text[stop - 1])) stop--;
            if (stop > start)
            {
                body.Append("<p>");
                if (cited is { } c && c.Start < stop && c.End > start)
                {
                    int from = Math.Max(c.Start, start), to = Math.Min(c.End, stop);
                    body.Append(Html.E(text[start..from]));
                    body.Append("<mark class=\"cited\"").Append(from == c.Start ? $" id=\"s-{c.Start.ToString(CultureInfo.InvariantCulture)}\"" : "").Append('>')
                        .Append(Html.E(text[from..to])).Append("</mark>").Append(Html.E(text[to..stop]));
                }
                else body.Append(Html.E(text[start..stop]));
                body.Append("</p>\n");
            }
            at = end + 2;
        }
    }

    /// <summary>A document in a list: its title (matched words marked), else the start of its text; the snippet on
    /// search pages.</summary>
    private static void AppendListItem(StringBuilder body, SearchHit hit, bool snippet)
    {
        body.Append("<li><a class=\"doc-title\" href=\"/documents/").Append(hit.Id.ToString(CultureInfo.InvariantCulture)).Append("\">")
            .Append(hit.TitleParts.Count > 0 ? Html.Marked(hit.TitleParts) : hit.Title is { Length: > 0 } title ? Html.E(title) : Html.E(Lead(hit.Snippet)))
            .Append("</a>\n");
        if (snippet) body.Append("<p class=\"snippet\">").Append(Html.Marked(hit.Snippet)).Append("</p>\n");
        body.Append("<div class=\"meta\">");
        if (hit.Source.Length > 0) body.Append(Html.E(hit.Source)).Append(" · ");
        body.Append(Html.Date(hit.Date, hit.Published)).Append("</div></li>\n");
    }

    /// <summary>The first words of the text, for a document without a title.</summary>
    private static string Lead(IReadOnlyList<TextPart> snippet, int maxChars = 90)
    {
        var text = string.Concat(snippet.Select(p => p.Text)).Trim();
        if (text.Length <= maxChars) return text;
        int cut = text.LastIndexOf(' ', maxChars);
        return text[..(cut > maxChars / 2 ? cut : maxChars)] + " …";
    }

    private static void AppendPager(StringBuilder body, string baseUrl, int offset, int total, int pageSize = PageSize)
    {
        if (total <= pageSize && offset == 0) return;
        body.Append("<nav class=\"pager\" aria-label=\"الصفحات\">");
        if (offset > 0) body.Append("<a rel=\"prev\" href=\"").Append(baseUrl).Append("offset=").Append(Math.Max(0, offset - pageSize).ToString(CultureInfo.InvariantCulture)).Append("\">السابق</a>");
        if (offset + pageSize < total) body.Append("<a rel=\"next\" href=\"").Append(baseUrl).Append("offset=").Append((offset + pageSize).ToString(CultureInfo.InvariantCulture)).Append("\">التالي</a>");
        body.Append(" <span class=\"meta\">").Append((offset + 1).ToString(CultureInfo.InvariantCulture)).Append("–")
            .Append(Math.Min(total, offset + pageSize).ToString(CultureInfo.InvariantCulture)).Append(" من ").Append(total.ToString(CultureInfo.InvariantCulture)).Append("</span>");
        body.Append("</nav>\n");
    }

    private static string SearchQueryString(SearchQuery query)
    {
        var parts = new List<string>();
        if (query.Q is not null) parts.Add("q=" + Html.U(query.Q));
        foreach (var source in query.Source ?? []) parts.Add("source=" + Html.U(source));
        if (!string.IsNullOrEmpty(query.From)) parts.Add("from=" + Html.U(query.From));
        if (!string.IsNullOrEmpty(query.To)) parts.Add("to=" + Html.U(query.To));
        if (!string.IsNullOrEmpty(query.Entity)) parts.Add("entity=" + Html.U(query.Entity));
        if (!string.IsNullOrEmpty(query.Place)) parts.Add("place=" + Html.U(query.Place));
        if (!string.IsNullOrEmpty(query.Story)) parts.Add("story=" + Html.U(query.Story));
        if (!string.IsNullOrEmpty(query.EventType)) parts.Add("eventType=" + Html.U(query.EventType));
        if (query.Sort is not null) parts.Add("sort=" + Html.U(query.Sort));
        return string.Concat(parts.Select(p => Html.E(p) + "&amp;"));
    }

    private static string Count(int total, CountedNoun noun) => Html.Count(total, noun);

    /// <summary>What is wrong with a page's date filters, in Arabic (the API says it in English).</summary>
    /// <param name="dayOnly">Only YYYY-MM-DD is accepted (the events filter), not a time as well.</param>
    internal static string? DateError(string? from, string? to, bool dayOnly = false)
    {
        bool Valid(string? text, bool endOfDay) => dayOnly
            ? string.IsNullOrWhiteSpace(text) || DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            : DateParameter.TryParse(text, endOfDay, out _);
        if (!Valid(from, endOfDay: false)) return $"التاريخ «{from}» في خانة «من» غير مفهوم؛ اكتبه بالصيغة سنة-شهر-يوم، مثل 2024-01-31.";
        if (!Valid(to, endOfDay: true)) return $"التاريخ «{to}» في خانة «إلى» غير مفهوم؛ اكتبه بالصيغة سنة-شهر-يوم، مثل 2024-01-31.";
        return null;
    }

    private static string RemovalLabel(string kind) => Html.E(Marsad.Report.ArabicLabels.Removal(kind));

    internal static IResult Asset(string name)
    {
        var stream = typeof(WebPages).Assembly.GetManifestResourceStream("Marsad.Server.Assets." + name);
        if (stream is null) return TypedResults.NotFound();
        var type = Path.GetExtension(name) switch
        {
            ".css" => "text/css; charset=utf-8",
            ".js" => "text/javascript; charset=utf-8",
            ".html" => "text/html; charset=utf-8",
            _ => "application/octet-stream",
        };
        return TypedResults.Stream(stream, type);
    }
}
