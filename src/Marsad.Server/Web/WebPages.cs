using System.Globalization;
using System.Text;
using Marsad.Search;
using Marsad.Server.Documents;
using Marsad.Server.Library;
using Marsad.Server.Search;
using Marsad.Server.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Marsad.Server.Web;

/// <summary>The Arabic web interface, rendered on the server: the documents list (with the stories to come), one
/// document (clean text, removed furniture, duplicates, similar documents) and search with highlighting and filters.</summary>
public static partial class WebPages
{
    public const int PageSize = 20;

    public static IEndpointRouteBuilder MapWebPages(this IEndpointRouteBuilder routes, ServerOptions options)
    {
        var pages = routes.MapGroup("").ExcludeFromDescription().RequireReadKey(options);
        pages.MapGet("/", Documents);
        pages.MapGet("/documents/{id:long}", Document);
        pages.MapGet("/search", SearchPage);
        routes.MapGet("/assets/{name}", Asset).ExcludeFromDescription();
        routes.MapGet("/reference", () => Asset("reference.html")).ExcludeFromDescription();
        return routes;
    }

    private static ContentHttpResult HtmlResult(string html, int status = StatusCodes.Status200OK) =>
        TypedResults.Content(html, "text/html; charset=utf-8", Encoding.UTF8, status);

    internal static ContentHttpResult Documents(int? offset, string? source, DocumentLibrary library)
    {
        int from = Math.Max(0, offset ?? 0);
        var results = library.Index.Search(new SearchRequest(null)
        {
            Sources = string.IsNullOrEmpty(source) ? [] : [source],
            Offset = from,
            Limit = PageSize,
            Sort = SearchSort.Newest,
            Highlight = false,
        }).Results!;
        var body = new StringBuilder();
        body.Append("<h1>الوثائق</h1>\n<p class=\"count\">").Append(Count(results.Total, "وثيقة")).Append("</p>\n");
        if (results.Total == 0) body.Append("<p class=\"empty\">لا توجد وثائق بعد. أضفها بالأمر <code>marsad ingest</code> أو عبر <code>POST /api/ingest</code>.</p>\n");
        body.Append("<ol class=\"docs\">\n");
        foreach (var hit in results.Hits) AppendListItem(body, hit, snippet: false);
        body.Append("</ol>\n");
        AppendPager(body, "/?" + (string.IsNullOrEmpty(source) ? "" : "source=" + Html.U(source) + "&amp;"), from, results.Total);
        body.Append("<h2>القصص</h2>\n<p class=\"empty\" id=\"stories\">لا توجد قصص بعد: تظهر هنا حين تجمع مرحلة القصص الوثائق المتصلة بحدث واحد.</p>\n");
        return HtmlResult(Html.Page("الوثائق", "documents", body.ToString()));
    }

    internal static ContentHttpResult Document(long id, DocumentLibrary library)
    {
        var detail = library.Read(store => DocumentReader.Read(store, id));
        if (detail is null)
            return HtmlResult(Html.Page("غير موجودة", "documents", "<h1>الوثيقة غير موجودة</h1>\n<p><a href=\"/\">العودة إلى الوثائق</a></p>"), StatusCodes.Status404NotFound);
        var body = new StringBuilder();
        body.Append("<article>\n<h1>").Append(Html.Title(detail.Title)).Append("</h1>\n<p class=\"meta\">");
        if (detail.Source.Length > 0) body.Append(Html.E(detail.Source)).Append(" · ");
        body.Append(detail.Published ? "نُشرت " : "أُضيفت ").Append(Html.Date(detail.Date));
        if (Html.SafeHref(detail.Url) is { } href) body.Append(" · <a href=\"").Append(href).Append("\" rel=\"noopener noreferrer\">المصدر</a>");
        body.Append("</p>\n<div class=\"text\">\n");
        if (detail.CleanText is null) body.Append("<p class=\"empty\">لم يُنظَّف النص بعد.</p>\n");
        else
            foreach (var paragraph in detail.CleanText.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                body.Append("<p>").Append(Html.E(paragraph)).Append("</p>\n");
        body.Append("</div>\n</article>\n");

        body.Append("<h2>ما حُذف من الصفحة</h2>\n");
        if (detail.Removed.Count == 0) body.Append("<p class=\"empty\">لم يُحذف شيء.</p>\n");
        else
        {
            body.Append("<ul class=\"removed\">\n");
            foreach (var piece in detail.Removed)
                body.Append("<li><span class=\"kind\">").Append(RemovalLabel(piece.Kind)).Append("</span> ")
                    .Append(Html.E(piece.Text)).Append(" <small>(").Append(Html.E(piece.Reason)).Append(")</small></li>\n");
            body.Append("</ul>\n");
        }

        body.Append("<h2>النسخ المكررة</h2>\n");
        if (detail.Duplicates.Count == 0) body.Append("<p class=\"empty\">لا نسخ مكررة معروفة.</p>\n");
        else
        {
            body.Append("<ol class=\"docs duplicates\">\n");
            foreach (var d in detail.Duplicates)
                body.Append("<li><a href=\"/documents/").Append(d.Id.ToString(CultureInfo.InvariantCulture)).Append("\">").Append(Html.Title(d.Title))
                    .Append("</a> <span class=\"meta\">").Append(Html.E(d.Kind)).Append(' ')
                    .Append(d.Similarity.ToString("0.00", CultureInfo.InvariantCulture)).Append("</span></li>\n");
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
        return HtmlResult(Html.Page(detail.Title ?? "وثيقة", "documents", body.ToString()));
    }

    internal static ContentHttpResult SearchPage([AsParameters] SearchQuery query, DocumentLibrary library)
    {
        var body = new StringBuilder();
        body.Append("<h1>البحث</h1>\n");
        AppendSearchForm(body, query, library.Index.Sources());
        if (query.Q is null && query.Source is null && query.From is null && query.To is null)
            return HtmlResult(Html.Page("البحث", "search", body.ToString()));
        if (!SearchMapping.TryParseSort(query.Sort, out var sort)) sort = SearchSort.Relevance;
        int from = Math.Max(0, query.Offset ?? 0);
        var (start, end, dateError) = DateParameter.Range(query.From, query.To);
        var outcome = dateError is null ? library.Index.Search(SearchMapping.ToRequest(query, sort, from, PageSize, start, end)) : SearchOutcome.Fail(dateError);
        if (outcome.Results is not { } results)
        {
            body.Append("<p class=\"error\" role=\"alert\">تعذّر فهم الاستعلام: ").Append(Html.E(outcome.Error)).Append("</p>\n");
            return HtmlResult(Html.Page("البحث", "search", body.ToString()), StatusCodes.Status400BadRequest);
        }
        body.Append("<p class=\"count\" id=\"result-count\">").Append(Count(results.Total, "نتيجة")).Append("</p>\n<ol class=\"hits\">\n");
        foreach (var hit in results.Hits) AppendListItem(body, hit, snippet: true);
        body.Append("</ol>\n");
        AppendPager(body, "/search?" + SearchQueryString(query), from, results.Total);
        return HtmlResult(Html.Page(query.Q is { Length: > 0 } q ? q : "البحث", "search", body.ToString()));
    }

    private static void AppendSearchForm(StringBuilder body, SearchQuery query, IReadOnlyList<(string Source, int Documents)> sources)
    {
        var chosen = query.Source?.FirstOrDefault();
        body.Append("<form class=\"filters\" action=\"/search\" method=\"get\" role=\"search\">\n")
            .Append("<label>الاستعلام<input type=\"search\" name=\"q\" size=\"40\" value=\"").Append(Html.E(query.Q)).Append("\"></label>\n")
            .Append("<label>المصدر<select name=\"source\"><option value=\"\">كل المصادر</option>");
        foreach (var (source, documents) in sources)
            body.Append("<option value=\"").Append(Html.E(source)).Append('"').Append(source == chosen ? " selected" : "").Append('>')
                .Append(Html.E(source)).Append(" (").Append(documents.ToString(CultureInfo.InvariantCulture)).Append(")</option>");
        body.Append("</select></label>\n")
            .Append("<label>من<input type=\"date\" name=\"from\" value=\"").Append(Html.E(query.From)).Append("\"></label>\n")
            .Append("<label>إلى<input type=\"date\" name=\"to\" value=\"").Append(Html.E(query.To)).Append("\"></label>\n")
            .Append("<label>الترتيب<select name=\"sort\">")
            .Append(Option("relevance", "الأكثر صلة", query.Sort)).Append(Option("newest", "الأحدث", query.Sort)).Append(Option("oldest", "الأقدم", query.Sort))
            .Append("</select></label>\n<button type=\"submit\">ابحث</button>\n</form>\n")
            .Append("<p class=\"meta\">كل الكلمات مطلوبة؛ ضع العبارة بين \"علامتي تنصيص\"، واستعمل OR و NOT للبدائل والاستثناء.</p>\n");

        static string Option(string value, string label, string? current) =>
            $"<option value=\"{value}\"{(string.Equals(value, current ?? "relevance", StringComparison.Ordinal) ? " selected" : "")}>{label}</option>";
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
        body.Append(Html.Date(hit.Date)).Append("</div></li>\n");
    }

    /// <summary>The first words of the text, for a document without a title.</summary>
    private static string Lead(IReadOnlyList<TextPart> snippet, int maxChars = 90)
    {
        var text = string.Concat(snippet.Select(p => p.Text)).Trim();
        if (text.Length <= maxChars) return text;
        int cut = text.LastIndexOf(' ', maxChars);
        return text[..(cut > maxChars / 2 ? cut : maxChars)] + " …";
    }

    private static void AppendPager(StringBuilder body, string baseUrl, int offset, int total)
    {
        if (total <= PageSize) return;
        body.Append("<nav class=\"pager\" aria-label=\"الصفحات\">");
        if (offset > 0) body.Append("<a href=\"").Append(baseUrl).Append("offset=").Append(Math.Max(0, offset - PageSize).ToString(CultureInfo.InvariantCulture)).Append("\">السابق</a>");
        if (offset + PageSize < total) body.Append("<a href=\"").Append(baseUrl).Append("offset=").Append((offset + PageSize).ToString(CultureInfo.InvariantCulture)).Append("\">التالي</a>");
        body.Append("</nav>\n");
    }

    private static string SearchQueryString(SearchQuery query)
    {
        var parts = new List<string>();
        if (query.Q is not null) parts.Add("q=" + Html.U(query.Q));
        foreach (var source in query.Source ?? []) parts.Add("source=" + Html.U(source));
        if (!string.IsNullOrEmpty(query.From)) parts.Add("from=" + Html.U(query.From));
        if (!string.IsNullOrEmpty(query.To)) parts.Add("to=" + Html.U(query.To));
        if (query.Sort is not null) parts.Add("sort=" + Html.U(query.Sort));
        return string.Concat(parts.Select(p => Html.E(p) + "&amp;"));
    }

    private static string Count(int total, string noun) => $"{total.ToString(CultureInfo.InvariantCulture)} {noun}";

    private static string RemovalLabel(string kind) => kind switch
    {
        "Boilerplate" => "حشو الصفحة",
        "Embed" => "منشور مضمّن",
        "RepeatedParagraph" => "فقرة مكررة",
        _ => Html.E(kind),
    };

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
