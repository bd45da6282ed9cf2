using System.Globalization;
using System.Text;
using Marsad.Browse;
using Marsad.Server.Entities;
using Marsad.Server.Events;
using Marsad.Server.Library;
using Marsad.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http;

namespace Marsad.Server.Web;

/// <summary>The entities list, the entity page, the events page and the map of every place.</summary>
public static partial class WebPages
{
    internal static ContentHttpResult EntitiesPage(string? type, string? prefix, int? offset, DocumentLibrary library)
    {
        var chosen = string.IsNullOrWhiteSpace(type) ? null : type.Trim().ToUpperInvariant();
        if (chosen is not null && !EntityEndpoints.Types.Contains(chosen)) chosen = null;
        int from = Math.Max(0, offset ?? 0);
        var (entities, total) = EntityBrowser.List(library.Collection.Current(), chosen, prefix, from, PageSize, library.Collection.RankedEntities());
        var body = new StringBuilder();
        body.Append("<h1>الكيانات</h1>\n<form class=\"filters\" action=\"/entities\" method=\"get\">\n<label>الاسم يبدأ بـ<input type=\"search\" name=\"prefix\" value=\"")
            .Append(Html.E(prefix)).Append("\"></label>\n<label>النوع<select name=\"type\"><option value=\"\">كل الأنواع</option>");
        foreach (var t in EntityEndpoints.Types)
            body.Append("<option value=\"").Append(t).Append('"').Append(t == chosen ? " selected" : "").Append('>').Append(TypeLabel(t)).Append("</option>");
        body.Append("</select></label>\n<button type=\"submit\">اعرض</button>\n</form>\n<p class=\"count\">").Append(Html.Count(total, CountedNoun.Entity)).Append("</p>\n<ol class=\"entities\">\n");
        foreach (var e in entities)
            body.Append("<li><a href=\"").Append(Html.EntityHref(e.Id)).Append("\">").Append(Html.E(e.Name)).Append("</a> <span class=\"meta\">")
                .Append(TypeLabel(e.Type)).Append(" · ذُكر ").Append(Html.Count(e.Mentions, CountedNoun.Time)).Append(" في ").Append(Html.Count(e.Documents, CountedNoun.Document)).Append("</span></li>\n");
        body.Append("</ol>\n");
        AppendPager(body, "/entities?type=" + Html.U(chosen) + "&amp;prefix=" + Html.U(prefix) + "&amp;", from, total);
        return HtmlResult(Html.Page("الكيانات", "entities", body.ToString()));
    }

    /// <summary>The most stories an entity page lists; the rest are in search, filtered by the entity.</summary>
    public const int EntityStoryLimit = 20;

    internal static ContentHttpResult EntityPage(string id, int? offset, DocumentLibrary library)
    {
        var view = library.Collection.Current();
        if (EntityBrowser.View(view, id, library.Collection.Cards()) is not { } entity)
            return HtmlResult(Html.Page("غير موجود", "entities", "<h1>الكيان غير موجود</h1>\n<p><a href=\"/entities\">العودة إلى الكيانات</a></p>"), StatusCodes.Status404NotFound);
        var e = entity.Entity;
        var body = new StringBuilder();
        body.Append("<h1>").Append(Html.E(e.Name)).Append("</h1>\n<p class=\"meta\">").Append(TypeLabel(e.Type)).Append(" · ")
            .Append("ذُكر ").Append(Html.Count(e.Mentions, CountedNoun.Time)).Append(" في ").Append(Html.Count(e.Documents, CountedNoun.Document));
        if (entity.Actor is not null) body.Append(" · من ملف الأطراف (").Append(ActorKindLabel(entity.ActorKind)).Append(')');
        var filterHref = "/search?" + (e.Type == CollectionView.PlaceType ? "place=" : "entity=") + Html.U(e.Id);
        body.Append(" · <a href=\"").Append(filterHref).Append("\">وثائقه في البحث</a>");
        if (view.Collection.Events.Any(x => x.Actor1 == e.Id || x.Actor2 == e.Id || x.Location == e.Id))
            body.Append(" · <a href=\"/events?entity=").Append(Html.U(e.Id)).Append("\">أحداثه</a>");
        body.Append("</p>\n");

        body.Append("<section id=\"aliases\">\n<h2>الأسماء الأخرى</h2>\n<ul class=\"chips\">\n");
        foreach (var alias in e.Aliases) body.Append("<li>").Append(Html.E(alias)).Append("</li>\n");
        body.Append("</ul>\n</section>\n");

        body.Append("<section id=\"roles\">\n<h2>الصفات والمناصب</h2>\n");
        if (entity.Roles.Count == 0) body.Append("<p class=\"empty\">لا صفات معروفة.</p>\n");
        else
        {
            body.Append("<ul>\n");
            foreach (var r in entity.Roles)
            {
                body.Append("<li>").Append(Html.E(r.Role));
                if (r.Of is not null) body.Append(" — <a href=\"").Append(Html.EntityHref(r.Of)).Append("\">").Append(Html.E(r.OfName ?? r.Of)).Append("</a>");
                body.Append("</li>\n");
            }
            body.Append("</ul>\n");
        }
        body.Append("</section>\n");

        body.Append("<section id=\"mentions\">\n<h2>الذكر عبر الزمن</h2>\n<figure class=\"chart\">").Append(Charts.Bars(entity.MentionsOverTime, "عدد مرات الذكر في اليوم")).Append("</figure>\n</section>\n");

        if (e.Type == CollectionView.PlaceType && view.Collection.Entity(e.Id) is { } place) AppendMap(body, [place], "موقع " + e.Name);

        body.Append("<section id=\"cooccurring\">\n<h2>كيانات ترد معه</h2>\n<ul class=\"chips\">\n");
        foreach (var c in entity.CoOccurring)
            body.Append("<li><a href=\"").Append(Html.EntityHref(c.Entity.Id)).Append("\">").Append(Html.E(c.Entity.Name)).Append("</a> <small>")
                .Append(Html.Count(c.Documents, CountedNoun.Document)).Append("</small></li>\n");
        body.Append("</ul>\n</section>\n");

        var cards = library.Collection.Cards();
        body.Append("<section id=\"stories\">\n<h2>القصص</h2>\n");
        if (entity.Stories.Count == 0) body.Append("<p class=\"empty\">لا قصص.</p>\n");
        else
        {
            // The largest first: an entity named in thousands of articles is in hundreds of stories.
            AppendStoryList(body, entity.Stories.OrderByDescending(s => s.Documents.Count).ThenBy(s => s.Id, StringComparer.Ordinal)
                .Take(EntityStoryLimit).Select(s => StoryBrowser.Line(s, cards)).ToList());
            AppendMore(body, Math.Min(EntityStoryLimit, entity.Stories.Count), entity.Stories.Count, filterHref);
        }
        int from = Math.Clamp(offset ?? 0, 0, Math.Max(0, entity.Documents.Count - 1));
        body.Append("</section>\n<section id=\"documents\">\n<h2>الوثائق</h2>\n<ol class=\"docs\">\n");
        foreach (var d in entity.Documents.Skip(from).Take(PageSize))
            body.Append("<li><a class=\"doc-title\" href=\"").Append(Html.DocumentHref(d.Id)).Append("\">").Append(Html.Title(d)).Append("</a> <span class=\"meta\">")
                .Append(d.Source.Length > 0 ? Html.E(d.Source) + " · " : "").Append(Html.Date(d)).Append("</span></li>\n");
        body.Append("</ol>\n");
        AppendPager(body, Html.EntityHref(e.Id) + "?", from, entity.Documents.Count);
        body.Append("</section>\n");
        return HtmlResult(Html.Page(e.Name, "entities", body.ToString()));
    }

    /// <summary>ACLED's actor types in Arabic.</summary>
    internal static string ActorKindLabel(string? kind) => kind switch
    {
        "StateForces" => "قوات دولة",
        "RebelGroup" => "جماعة متمردة",
        "PoliticalMilitia" => "ميليشيا سياسية",
        "IdentityMilitia" => "ميليشيا أهلية",
        "Rioters" => "مثيرو شغب",
        "Protesters" => "محتجون",
        "Civilians" => "مدنيون",
        "ExternalOther" => "جهة خارجية",
        _ => Html.E(kind),
    };

    internal static ContentHttpResult EventsPage([Microsoft.AspNetCore.Http.AsParameters] EventQuery query, DocumentLibrary library)
    {
        var view = library.Collection.Current();
        // Names typed in the boxes become ids; a gazetteer id (SY, SY.07…) in place= stays as it is.
        query = query with
        {
            Entity = Blank(query.Entity) is { } entity ? EntityBrowser.Resolve(view, entity, place: false) ?? EntityBrowser.Resolve(view, entity, place: true) ?? entity : null,
            Place = Blank(query.Place) is { } place ? EntityBrowser.Resolve(view, place, place: true) ?? place : null,
            Story = StoryBrowser.Resolve(view, query.Story) ?? Blank(query.Story),
        };
        var (filter, error) = EventEndpoints.Filter(query);
        var body = new StringBuilder();
        body.Append("<h1>الأحداث</h1>\n<form class=\"filters\" action=\"/events\" method=\"get\">\n<label>النوع<select name=\"type\"><option value=\"\">كل الأنواع</option>");
        foreach (var t in view.Collection.Events.Select(x => x.EventType).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            body.Append("<option value=\"").Append(Html.E(t)).Append('"').Append(t == query.Type ? " selected" : "").Append('>').Append(Html.E(EventLabel(t))).Append("</option>");
        body.Append("</select></label>\n");
        AppendSuggestBox(body, "entity", "الطرف", query.Entity is null ? null : view.NameOf(query.Entity), "/api/entities?limit=8&prefix=");
        AppendSuggestBox(body, "place", "المكان", query.Place is null ? null : view.NameOf(query.Place), "/api/places?limit=8&prefix=");
        body.Append("<label>من<input type=\"date\" name=\"from\" value=\"").Append(Html.E(query.From)).Append("\"></label>\n")
            .Append("<label>إلى<input type=\"date\" name=\"to\" value=\"").Append(Html.E(query.To)).Append("\"></label>\n");
        AppendSuggestBox(body, "story", "القصة", query.Story is null ? null : view.Collection.Story(query.Story)?.Title ?? query.Story, "/api/stories?limit=8&prefix=");
        body.Append("<button type=\"submit\">اعرض</button>\n</form>\n");
        if (filter is null)
        {
            body.Append("<p class=\"error\" role=\"alert\">").Append(Html.E(DateError(query.From, query.To, dayOnly: true) ?? error)).Append("</p>\n");
            return HtmlResult(Html.Page("الأحداث", "events", body.ToString()), StatusCodes.Status400BadRequest);
        }
        // The unfiltered list (the page's first view) is kept with the snapshot; a filtered one is cheap to make.
        var events = filter == new EventFilter() ? library.Collection.Memo("events", (snapshot, _) => EventBrowser.Events(snapshot, new EventFilter())) : EventBrowser.Events(view, filter);
        var filters = EventQueryString(query);
        body.Append("<p class=\"count\">").Append(Html.Count(events.Count, CountedNoun.Event)).Append(" · تنزيل بصيغة ACLED: <a class=\"download\" href=\"/api/events/csv").Append(filters)
            .Append("\" download>CSV</a> · <a class=\"download\" href=\"/api/events/geojson").Append(filters).Append("\" download>GeoJSON</a></p>\n");
        var located = events.Where(l => l.Event.Geo is not null)
            .Select(l => l.Event.Location is { } loc && view.Collection.Entity(loc) is { } place ? place : null).OfType<Marsad.Report.EntityReport>().DistinctBy(p => p.Id).ToList();
        AppendMap(body, located, "خريطة الأحداث", events);
        int from = Math.Max(0, query.Offset ?? 0);
        AppendEvents(body, events, library.Collection.Cards(), from, EventPageSize);
        AppendPager(body, "/events" + (filters.Length == 0 ? "?" : filters + "&amp;"), from, events.Count, EventPageSize);
        return HtmlResult(Html.Page("الأحداث", "events", body.ToString()));
    }

    /// <summary>Rows of the events table per page.</summary>
    public const int EventPageSize = 50;

    private static string EventQueryString(EventQuery q)
    {
        var parts = new List<string>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value)) parts.Add(key + "=" + Html.U(value));
        }
        Add("type", q.Type); Add("entity", q.Entity); Add("place", q.Place); Add("from", q.From); Add("to", q.To); Add("document", q.Document); Add("story", q.Story);
        return parts.Count == 0 ? "" : "?" + string.Join("&amp;", parts);
    }

    internal static ContentHttpResult MapPage(DocumentLibrary library)
    {
        var view = library.Collection.Current();
        var places = view.Collection.Entities.Where(e => e.Type == CollectionView.PlaceType && e.Geo is not null).ToList();
        var body = new StringBuilder();
        body.Append("<h1>الخريطة</h1>\n<p class=\"count\">الأماكن المعروفة المواقع: ").Append(places.Count.ToString(CultureInfo.InvariantCulture)).Append("</p>\n");
        AppendMap(body, places, "خريطة كل الأماكن");
        return HtmlResult(Html.Page("الخريطة", "map", body.ToString()));
    }
}
