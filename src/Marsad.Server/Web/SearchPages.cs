using System.Globalization;
using System.Text;
using Marsad.Browse;
using Marsad.Search;
using Marsad.Server.Library;
using Marsad.Server.Search;
using Marsad.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http;

namespace Marsad.Server.Web;

/// <summary>The search page: the form (names typed, not picked from lists that grow with the collection), the
/// results, and facets with counts for the whole result set whose top values are plain links.</summary>
public static partial class WebPages
{
    /// <summary>How many values of each facet the search page shows; the facet's own page shows up to
    /// <see cref="FacetPageSize"/>.</summary>
    public const int FacetSize = 10, FacetPageSize = 200;

    /// <summary>The facets in the order the page shows them, with their headings and the parameter each sets.</summary>
    private static readonly (string Name, string Heading)[] FacetNames =
    [
        ("source", "المصدر"), ("story", "القصة"), ("entity", "الكيان"), ("place", "المكان"), ("eventType", "نوع الحدث"), ("day", "اليوم"),
    ];

    internal static ContentHttpResult SearchPage([AsParameters] SearchQuery query, DocumentLibrary library)
    {
        var view = library.Collection.Current();
        query = Resolved(query, view);
        var body = new StringBuilder();
        body.Append("<h1>البحث</h1>\n");
        AppendSearchForm(body, query, library.Index.Sources(), view);
        if (query.Q is null && query.Source is null && query.From is null && query.To is null && query.Entity is null && query.Place is null
            && query.Story is null && query.EventType is null)
            return HtmlResult(Html.Page("البحث", "search", body.ToString()));
        if (!SearchMapping.TryParseSort(query.Sort, out var sort)) sort = SearchSort.Relevance;
        int from = Math.Max(0, query.Offset ?? 0);
        var (start, end, dateError) = DateParameter.Range(query.From, query.To);
        var request = dateError is null ? SearchMapping.ToRequest(query, sort, from, PageSize, start, end) : null;
        var outcome = request is not null ? library.Index.Search(request) : SearchOutcome.Fail(DateError(query.From, query.To) ?? dateError!);
        if (outcome.Results is not { } results)
        {
            body.Append("<p class=\"error\" role=\"alert\">تعذّر فهم الاستعلام: ").Append(Html.E(outcome.Error)).Append("</p>\n");
            return HtmlResult(Html.Page("البحث", "search", body.ToString()), StatusCodes.Status400BadRequest);
        }
        body.Append("<p class=\"count\" id=\"result-count\">").Append(Count(results.Total, CountedNoun.Result)).Append("</p>\n");
        if (results.Total == 0 && library.Index.DidYouMean(query.Q) is { } suggestion)
            body.Append("<p class=\"suggestion\">هل تقصد: <a href=\"/search?").Append(SearchQueryString(query with { Q = suggestion }))
                .Append("\">").Append(Html.E(suggestion)).Append("</a>؟</p>\n");
        else if (results.Total == 0 && !string.IsNullOrWhiteSpace(query.Q))
            body.Append("<p class=\"empty\">لم تُعثر على نتائج. جرّب كلمات أقل أو أعمّ، أو أزل بعض المرشحات.</p>\n");
        body.Append("<div class=\"results\">\n");
        if (results.Total > 0 && library.Index.Facets(request! with { Offset = 0 }, FacetSize) is { } facets) AppendFacets(body, query, facets, view);
        body.Append("<div class=\"hit-list\">\n<ol class=\"hits\">\n");
        foreach (var hit in results.Hits) AppendListItem(body, hit, snippet: true);
        body.Append("</ol>\n");
        AppendPager(body, "/search?" + SearchQueryString(query), from, results.Total);
        body.Append("</div>\n</div>\n");
        return HtmlResult(Html.Page(query.Q is { Length: > 0 } q ? q : "البحث", "search", body.ToString()));
    }

    /// <summary><c>/search/facets/{facet}</c>: every value of one facet of a search (up to <see cref="FacetPageSize"/>),
    /// the page a facet's "more" link opens.</summary>
    internal static ContentHttpResult FacetPage(string facet, [AsParameters] SearchQuery query, DocumentLibrary library)
    {
        var view = library.Collection.Current();
        query = Resolved(query, view);
        var heading = FacetNames.FirstOrDefault(f => f.Name == facet).Heading;
        var (start, end, dateError) = DateParameter.Range(query.From, query.To);
        if (!SearchMapping.TryParseSort(query.Sort, out var sort)) sort = SearchSort.Relevance;
        var facets = heading is null || dateError is not null ? null
            : library.Index.Facets(SearchMapping.ToRequest(query, sort, 0, 1, start, end), FacetPageSize);
        if (facets is null)
            return HtmlResult(Html.Page("غير موجودة", "search", "<h1>المرشح غير موجود</h1>\n<p><a href=\"/search\">العودة إلى البحث</a></p>"), StatusCodes.Status404NotFound);
        var body = new StringBuilder();
        body.Append("<h1>").Append(heading).Append(" في نتائج البحث</h1>\n<p class=\"count\">").Append(Count(facets.Total, CountedNoun.Result))
            .Append(" · <a href=\"/search?").Append(SearchQueryString(query)).Append("\">العودة إلى النتائج</a></p>\n");
        var values = FacetOf(facets, facet);
        body.Append("<ul class=\"facet-values wide\">\n");
        AppendFacetValues(body, query, facet, values.Top, view);
        body.Append("</ul>\n");
        if (values.Distinct > values.Top.Count)
            body.Append("<p class=\"meta\">عُرض ").Append(values.Top.Count.ToString(CultureInfo.InvariantCulture)).Append(" من ")
                .Append(values.Distinct.ToString(CultureInfo.InvariantCulture)).Append("؛ ضيّق البحث لترى البقية.</p>\n");
        return HtmlResult(Html.Page(heading!, "search", body.ToString()));
    }

    /// <summary>The query with names typed in the filter boxes turned into the ids the index filters on.</summary>
    private static SearchQuery Resolved(SearchQuery query, CollectionView view) => query with
    {
        Entity = EntityBrowser.Resolve(view, query.Entity, place: false) ?? Blank(query.Entity),
        Place = EntityBrowser.Resolve(view, query.Place, place: true) ?? Blank(query.Place),
        Story = StoryBrowser.Resolve(view, query.Story) ?? Blank(query.Story),
        EventType = Blank(query.EventType),
        Source = query.Source?.Where(s => !string.IsNullOrWhiteSpace(s)).ToArray() is { Length: > 0 } sources ? sources : null,
        From = Blank(query.From),
        To = Blank(query.To),
    };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static void AppendFacets(StringBuilder body, SearchQuery query, SearchFacets facets, CollectionView view)
    {
        body.Append("<aside class=\"facets\" aria-label=\"تضييق النتائج\">\n");
        foreach (var (name, heading) in FacetNames)
        {
            var facet = FacetOf(facets, name);
            if (facet.Top.Count == 0) continue;
            body.Append("<section class=\"facet\" data-facet=\"").Append(name).Append("\">\n<h2>").Append(heading).Append("</h2>\n<ul class=\"facet-values\">\n");
            AppendFacetValues(body, query, name, facet.Top, view);
            body.Append("</ul>\n");
            if (facet.Distinct > facet.Top.Count)
                body.Append("<a class=\"more\" href=\"/search/facets/").Append(name).Append('?').Append(SearchQueryString(query)).Append("\">المزيد (")
                    .Append(facet.Distinct.ToString(CultureInfo.InvariantCulture)).Append(")</a>\n");
            body.Append("</section>\n");
        }
        body.Append("</aside>\n");
    }

    private static Facet FacetOf(SearchFacets facets, string name) => name switch
    {
        "source" => facets.Sources,
        "story" => facets.Stories,
        "entity" => facets.Entities,
        "place" => facets.Places,
        "eventType" => facets.EventTypes,
        _ => facets.Days,
    };

    /// <summary>Each value as a link that narrows the search to it (the chosen one links back to the search without it).</summary>
    private static void AppendFacetValues(StringBuilder body, SearchQuery query, string facet, IReadOnlyList<FacetValue> values, CollectionView view)
    {
        foreach (var value in values)
        {
            var chosen = Chosen(query, facet, value.Value);
            var narrowed = chosen ? Without(query, facet) : With(query, facet, value.Value);
            body.Append("<li><a href=\"/search?").Append(SearchQueryString(narrowed with { Offset = null })).Append('"')
                .Append(chosen ? " aria-current=\"true\" title=\"إلغاء هذا المرشح\"" : "").Append('>').Append(Html.E(FacetLabel(facet, value.Value, view)))
                .Append("</a> <span class=\"n\">").Append(value.Count.ToString(CultureInfo.InvariantCulture)).Append("</span></li>\n");
        }
    }

    private static string FacetLabel(string facet, string value, CollectionView view) => facet switch
    {
        "story" => view.Collection.Story(value)?.Title ?? value,
        "entity" or "place" => view.NameOf(value),
        "eventType" => EventLabel(value),
        _ => value,
    };

    private static bool Chosen(SearchQuery q, string facet, string value) => facet switch
    {
        "source" => q.Source?.Contains(value, StringComparer.Ordinal) == true,
        "story" => q.Story == value,
        "entity" => q.Entity == value,
        "place" => q.Place == value,
        "eventType" => q.EventType == value,
        _ => q.From == value && q.To == value,
    };

    private static SearchQuery With(SearchQuery q, string facet, string value) => facet switch
    {
        "source" => q with { Source = [value] },
        "story" => q with { Story = value },
        "entity" => q with { Entity = value },
        "place" => q with { Place = value },
        "eventType" => q with { EventType = value },
        _ => q with { From = value, To = value },
    };

    private static SearchQuery Without(SearchQuery q, string facet) => facet switch
    {
        "source" => q with { Source = null },
        "story" => q with { Story = null },
        "entity" => q with { Entity = null },
        "place" => q with { Place = null },
        "eventType" => q with { EventType = null },
        _ => q with { From = null, To = null },
    };

    private static void AppendSearchForm(StringBuilder body, SearchQuery query, IReadOnlyList<(string Source, int Documents)> sources, CollectionView view)
    {
        var chosen = query.Source?.FirstOrDefault();
        body.Append("<form class=\"filters\" action=\"/search\" method=\"get\" role=\"search\">\n")
            .Append("<label>الاستعلام<input type=\"search\" name=\"q\" size=\"40\" value=\"").Append(Html.E(query.Q)).Append("\"></label>\n")
            .Append("<label>المصدر<select name=\"source\"><option value=\"\">كل المصادر</option>");
        // Outlets are few (tens even in a large collection): a menu holds them; names and stories are typed.
        foreach (var (source, documents) in sources)
            body.Append("<option value=\"").Append(Html.E(source)).Append('"').Append(source == chosen ? " selected" : "").Append('>')
                .Append(Html.E(source)).Append(" (").Append(documents.ToString(CultureInfo.InvariantCulture)).Append(")</option>");
        body.Append("</select></label>\n");
        AppendSuggestBox(body, "entity", "الكيان", query.Entity is null ? null : view.NameOf(query.Entity), "/api/entities?limit=8&prefix=");
        AppendSuggestBox(body, "place", "المكان", query.Place is null ? null : view.NameOf(query.Place), "/api/places?limit=8&prefix=");
        AppendSuggestBox(body, "story", "القصة", query.Story is null ? null : view.Collection.Story(query.Story)?.Title ?? query.Story, "/api/stories?limit=8&prefix=");
        body.Append("<label>نوع الحدث<select name=\"eventType\"><option value=\"\">الكل</option>");
        foreach (var type in view.Collection.Events.Select(e => e.EventType).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            body.Append("<option value=\"").Append(Html.E(type)).Append('"').Append(type == query.EventType ? " selected" : "").Append('>')
                .Append(Html.E(EventLabel(type))).Append("</option>");
        body.Append("</select></label>\n")
            .Append("<label>من<input type=\"date\" name=\"from\" value=\"").Append(Html.E(query.From)).Append("\"></label>\n")
            .Append("<label>إلى<input type=\"date\" name=\"to\" value=\"").Append(Html.E(query.To)).Append("\"></label>\n")
            .Append("<label>الترتيب<select name=\"sort\">")
            .Append(Option("relevance", "الأكثر صلة", query.Sort)).Append(Option("newest", "الأحدث", query.Sort)).Append(Option("oldest", "الأقدم", query.Sort))
            .Append("</select></label>\n<button type=\"submit\">ابحث</button>\n</form>\n")
            .Append("<p class=\"meta\">تكفي أي كلمة، وتتقدم الوثائق التي فيها الكلمات كلها ثم التي فيها العبارة كما هي؛ ضع العبارة بين \"علامتي تنصيص\" لتطلبها وحدها، واستعمل AND لتشترط كل الكلمات و NOT للاستثناء.</p>\n");

        static string Option(string value, string label, string? current) =>
            $"<option value=\"{value}\"{(string.Equals(value, current ?? "relevance", StringComparison.Ordinal) ? " selected" : "")}>{label}</option>";
    }

    /// <summary>A filter box for a name: typed text works without JavaScript (the server finds the entity or story it
    /// names); with it, suggest.js offers the matching names from <paramref name="suggest"/> as one types.</summary>
    private static void AppendSuggestBox(StringBuilder body, string name, string label, string? value, string suggest)
    {
        body.Append("<label>").Append(label).Append("<input type=\"search\" name=\"").Append(name).Append("\" value=\"").Append(Html.E(value))
            .Append("\" list=\"").Append(name).Append("-names\" autocomplete=\"off\" placeholder=\"اكتب الاسم\" data-suggest=\"").Append(Html.E(suggest))
            .Append("\"><datalist id=\"").Append(name).Append("-names\"></datalist></label>\n");
    }
}
