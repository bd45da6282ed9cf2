using System.Globalization;
using System.Text;
using Marsad.Browse;
using Marsad.Report;
using Marsad.Server.Library;
using Marsad.Server.Stories;
using Marsad.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http;

namespace Marsad.Server.Web;

/// <summary>The stories list and the story page.</summary>
public static partial class WebPages
{
    /// <summary>The most items a story page lists in one section; a large story links to the rest (its documents in
    /// search, its events on the events page) and the page stays light enough to render in well under 100 ms.</summary>
    public const int StorySectionLimit = 50;

    /// <summary>The most copies listed under one article; the rest are counted.</summary>
    public const int CopiesShown = 5;

    /// <summary>Under a cut list: how many there are in all, and where to see them.</summary>
    private static void AppendMore(StringBuilder body, int shown, int total, string? href)
    {
        if (total <= shown) return;
        body.Append("<p class=\"more meta\">").Append("عُرض ").Append(shown.ToString(CultureInfo.InvariantCulture)).Append(" من ").Append(total.ToString(CultureInfo.InvariantCulture));
        if (href is not null) body.Append(" · <a href=\"").Append(href).Append("\">عرض الكل</a>");
        body.Append("</p>\n");
    }

    internal static ContentHttpResult StoriesPage(string? sort, int? offset, DocumentLibrary library)
    {
        if (!StoryEndpoints.TryParseSort(sort, out var order)) order = StorySort.Newest;
        int from = Math.Max(0, offset ?? 0);
        var (stories, total) = StoryBrowser.List(library.Collection.Current(), order, from, PageSize, library.Collection.Cards(), sorted: library.Collection.StoryLines(order));
        var body = new StringBuilder();
        body.Append("<h1>القصص</h1>\n<p class=\"count\">").Append(Html.Count(total, CountedNoun.Story)).Append("</p>\n")
            .Append("<nav class=\"sort\" aria-label=\"الترتيب\">")
            .Append(SortLink("newest", "الأحدث أولًا", order == StorySort.Newest)).Append(SortLink("largest", "الأكبر أولًا", order == StorySort.Largest))
            .Append("</nav>\n");
        if (total == 0) body.Append("<p class=\"empty\">لا توجد قصص بعد: تظهر حين تجمع مرحلة المجموعة (<code>marsad process</code>) الوثائق المتصلة بحدث واحد.</p>\n");
        AppendStoryList(body, stories);
        AppendPager(body, "/stories?sort=" + (order == StorySort.Largest ? "largest" : "newest") + "&amp;", from, total);
        return HtmlResult(Html.Page("القصص", "stories", body.ToString()));

        static string SortLink(string value, string label, bool current) =>
            $"<a href=\"/stories?sort={value}\"{(current ? " aria-current=\"true\"" : "")}>{label}</a>";
    }

    private static void AppendStoryList(StringBuilder body, IReadOnlyList<StoryLine> stories)
    {
        body.Append("<ol class=\"stories\">\n");
        foreach (var s in stories)
        {
            body.Append("<li><a class=\"story-title\" href=\"/stories/").Append(Html.U(s.Id)).Append("\">").Append(Html.E(s.Title)).Append("</a>\n")
                .Append(Charts.Sparkline(s.Days, "عدد المقالات عبر الزمن"))
                .Append("\n<div class=\"meta\"><span class=\"articles\">").Append(Html.Count(s.Documents, CountedNoun.Article)).Append("</span> · <span class=\"sources\">")
                .Append(Html.Count(s.Sources, CountedNoun.Source)).Append("</span> · ").Append(Html.Count(s.IndependentSources, CountedNoun.IndependentSource));
            if (s.Days.Count > 0)
            {
                body.Append(" · ").Append(Day(s.Days[0].Day));
                if (s.Days.Count > 1) body.Append(" – ").Append(Day(s.Days[^1].Day));
            }
            body.Append("</div></li>\n");
        }
        body.Append("</ol>\n");
    }

    internal static ContentHttpResult StoryPage(string id, DocumentLibrary library)
    {
        var view = library.Collection.Current();
        var cards = library.Collection.Cards();
        if (StoryBrowser.View(view, id, cards) is not { } story)
            return HtmlResult(Html.Page("غير موجودة", "stories", "<h1>القصة غير موجودة</h1>\n<p><a href=\"/stories\">العودة إلى القصص</a></p>"), StatusCodes.Status404NotFound);
        var s = story.Story;
        var body = new StringBuilder();
        body.Append("<h1>").Append(Html.E(s.Title)).Append("</h1>\n<p class=\"meta\">")
            .Append(Html.Count(s.Documents.Count, CountedNoun.Article)).Append(" · ").Append(Html.Count(s.Sources.Count, CountedNoun.Source)).Append(" · ")
            .Append(Html.Count(s.IndependentSources, CountedNoun.IndependentSource));
        if (s.Topic is not null) body.Append(" · الموضوع: ").Append(TopicLink(s.Topic, view));
        body.Append("</p>\n").Append(Charts.Sparkline(story.Days, "عدد المقالات عبر الزمن", 240, 32)).Append('\n');

        body.Append("<section id=\"summary\">\n<h2>الملخص</h2>\n<ol class=\"summary\">\n");
        foreach (var sentence in s.Summary)
        {
            var source = cards(sentence.Document);
            body.Append("<li>").Append(Html.E(sentence.Text)).Append(" <a class=\"cite\" href=\"").Append(Html.DocumentHref(sentence.Document, sentence.Start, sentence.End))
                .Append("\">[").Append(source is null ? Html.E(sentence.Document) : Html.E(SourceLabel(source))).Append("]</a>");
            // The other documents that report what the sentence says: the sources it stands for.
            var others = (sentence.Sources ?? []).Where(d => d != sentence.Document).ToList();
            if (others.Count > 0) body.Append(' ').Append(Citations(others, cards));
            body.Append("</li>\n");
        }
        body.Append("</ol>\n</section>\n");

        AppendFacts(body, s, cards);
        AppendSources(body, story.Articles.Take(StorySectionLimit).ToList());
        AppendMore(body, Math.Min(StorySectionLimit, story.Articles.Count), story.Articles.Count, "/search?story=" + Html.U(s.Id));
        var storyEvents = story.Events.Select(e => EventBrowser.Line(view, e)).ToList();
        AppendMap(body, story.Places.Select(p => p.Entity), "خريطة أماكن القصة", storyEvents.Count > 0 ? storyEvents : null);
        AppendTimeline(body, story.Timeline.Take(StorySectionLimit).ToList(), cards, view);
        AppendMore(body, Math.Min(StorySectionLimit, story.Timeline.Count), story.Timeline.Count, null);
        AppendEntities(body, story.Entities.Take(StorySectionLimit / 2).ToList(), story.Places.Take(StorySectionLimit / 2).ToList());
        AppendQuotes(body, story.Quotes.Take(StorySectionLimit).ToList(), cards);
        AppendMore(body, Math.Min(StorySectionLimit, story.Quotes.Count), story.Quotes.Count, null);
        AppendEvents(body, storyEvents, cards);
        AppendMore(body, Math.Min(StorySectionLimit, story.Events.Count), story.Events.Count, "/events?story=" + Html.U(s.Id));
        return HtmlResult(Html.Page(s.Title, "stories", body.ToString()));
    }

    /// <summary>The source's name, else the document's title: local files carry no publisher.</summary>
    private static string SourceLabel(DocumentCard card) =>
        card.Source.Length > 0 ? card.Source : !string.IsNullOrWhiteSpace(card.Title) ? card.Title : "الوثيقة " + card.Id;

    private static void AppendFacts(StringBuilder body, StoryReport s, Func<string, DocumentCard?> cards)
    {
        body.Append("<section id=\"corroborated\">\n<h2>وقائع أكّدتها مصادر مستقلة</h2>\n");
        if (s.Corroborated.Count == 0) body.Append("<p class=\"empty\">لا وقائع يؤكدها أكثر من مصدر مستقل.</p>\n");
        else
        {
            body.Append("<ul class=\"facts\">\n");
            foreach (var f in s.Corroborated)
                body.Append("<li><span class=\"kind\">").Append(FactKind(f.Kind)).Append("</span> ").Append(Html.E(f.Subject)).Append(": <q>").Append(Html.E(f.Text))
                    .Append("</q> ").Append(Citations(f.Documents, cards)).Append("</li>\n");
            body.Append("</ul>\n");
        }
        body.Append("</section>\n<section id=\"contradictions\">\n<h2>روايات متعارضة</h2>\n");
        if (s.Contradictions.Count == 0) body.Append("<p class=\"empty\">لا تعارض بين المصادر.</p>\n");
        else
        {
            body.Append("<ul class=\"facts\">\n");
            foreach (var c in s.Contradictions)
            {
                body.Append("<li><span class=\"kind\">").Append(FactKind(c.Kind)).Append("</span> ").Append(Html.E(c.Subject)).Append(":<ul>");
                foreach (var v in c.Values) body.Append("<li><q>").Append(Html.E(v.Text)).Append("</q> ").Append(Citations(v.Documents, cards)).Append("</li>");
                body.Append("</ul></li>\n");
            }
            body.Append("</ul>\n");
        }
        body.Append("</section>\n");
    }

    private static string FactKind(string kind) => kind switch
    {
        "number" => "رقم",
        "quote" => "اقتباس",
        "time" => "تاريخ",
        _ => Html.E(kind),
    };

    private static string Citations(IEnumerable<string> documents, Func<string, DocumentCard?> cards) =>
        string.Join(" ", documents.Select(d => $"<a class=\"cite\" href=\"{Html.DocumentHref(d)}\">[{(cards(d) is { } c ? Html.E(SourceLabel(c)) : Html.E(d))}]</a>"));

    private static void AppendSources(StringBuilder body, IReadOnlyList<StoryArticle> articles)
    {
        body.Append("<section id=\"sources\">\n<h2>المصادر</h2>\n<ol class=\"docs sources\">\n");
        foreach (var a in articles)
        {
            AppendArticle(body, a);
            if (a.Copies.Count > 0)
            {
                body.Append("<ol class=\"copies\">\n");
                foreach (var c in a.Copies.Take(CopiesShown)) AppendArticle(body, c);
                body.Append("</ol>\n");
                if (a.Copies.Count > CopiesShown)
                    body.Append("<p class=\"meta\">و").Append(Html.Count(a.Copies.Count - CopiesShown, CountedNoun.Copy)).Append(" أخرى</p>\n");
            }
            body.Append("</li>\n");
        }
        body.Append("</ol>\n</section>\n");

        static void AppendArticle(StringBuilder body, StoryArticle a)
        {
            var d = a.Document;
            body.Append("<li").Append(a.Kind is null ? " class=\"original\"" : " class=\"copy\"").Append("><a class=\"doc-title\" href=\"").Append(Html.DocumentHref(d.Id)).Append("\">")
                .Append(Html.Title(d)).Append("</a> <span class=\"meta\">");
            if (a.Kind is { } kind) body.Append(kind == CopyKind.Syndicated ? "نسخة منقولة عن وكالة · " : "نسخة مكررة · ");
            if (d.Source.Length > 0) body.Append(Html.E(d.Source)).Append(" · ");
            body.Append(Html.Date(d)).Append("</span>");
            if (a.Kind is not null) body.Append("</li>\n");
        }
    }

    /// <summary>
    /// The places with coordinates on the offline map; places outside the map's region listed under it, and so are
    /// continents, world regions and seas (precision "region"), whose point is only representative.
    /// </summary>
    /// <param name="events">On event maps: the events, whose people killed size each place's marker and whose main
    /// type colours it.</param>
    private static void AppendMap(StringBuilder body, IEnumerable<EntityReport> places, string label, IReadOnlyList<EventLine>? events = null)
    {
        var withGeo = places.Where(p => p.Geo is not null).ToList();
        var regions = withGeo.Where(p => p.Geo!.Precision == RegionPrecision).ToList();
        var located = withGeo.Except(regions).OrderByDescending(p => p.Mentions.Count).ThenBy(p => p.Id, StringComparer.Ordinal).ToList();
        body.Append("<section id=\"map\">\n<h2>الخريطة</h2>\n");
        var byPlace = (events ?? []).Where(e => e.Event.Location is not null).ToLookup(e => e.Event.Location!, StringComparer.Ordinal);
        var markers = located.Select(p =>
        {
            var here = byPlace[p.Id].ToList();
            var marker = new MapMarker(p.Name, p.Geo!.Lat, p.Geo.Lon, Html.EntityHref(p.Id));
            if (here.Count == 0) return marker;
            int killed = here.Sum(e => e.Event.Fatalities);
            return marker with
            {
                Fatalities = killed,
                Kind = EventCharts.ClassOf(here.GroupBy(e => e.Event.EventType, StringComparer.Ordinal).MaxBy(g => g.Count())!.Key),
                Note = Html.Count(here.Count, CountedNoun.Event) + "، " + Html.Count(killed, CountedNoun.Killed),
            };
        })
            // The places with most killed first, then the most mentioned: they keep their labels when space runs out,
            // and only the first MapMarkerLimit are drawn (a collection names thousands of places).
            .OrderByDescending(m => m.Fatalities).DistinctBy(m => (m.Lat, m.Lon)).ToList();
        int inRegion = markers.Count(m => OfflineMap.Covers(m.Lat, m.Lon));
        markers = markers.Where(m => OfflineMap.Covers(m.Lat, m.Lon)).Take(MapMarkerLimit).ToList();
        if (OfflineMap.Svg(markers, label) is { } svg)
        {
            body.Append("<figure class=\"map\">").Append(svg).Append("</figure>\n");
            body.Append(events is null
                ? "<ul class=\"legend\"><li><span class=\"swatch place\"></span>مكان ورد في الأخبار؛ الاسم الذي لا يتسع له المكان يظهر عند المرور على النقطة</li></ul>\n"
                : EventCharts.Legend(events.Select(e => e.Event.EventType), sizes: true) + "\n");
        }
        else body.Append("<p class=\"empty\">لا أماكن معروفة الموقع في منطقة الخريطة.</p>\n");
        if (inRegion > markers.Count)
            body.Append("<p class=\"meta\">الأماكن على الخريطة: الأكثر ذكرًا، ").Append(markers.Count.ToString(CultureInfo.InvariantCulture)).Append(" من ")
                .Append(inRegion.ToString(CultureInfo.InvariantCulture)).Append("</p>\n");
        var outside = located.Where(p => !OfflineMap.Covers(p.Geo!.Lat, p.Geo.Lon)).ToList();
        if (outside.Count > 0)
            body.Append("<p class=\"meta\">خارج حدود الخريطة: ").AppendJoin("، ", outside.Take(MapListLimit).Select(p => $"<a href=\"{Html.EntityHref(p.Id)}\">{Html.E(p.Name)}</a>"))
                .Append(outside.Count > MapListLimit ? "، …" : "").Append("</p>\n");
        if (regions.Count > 0)
            body.Append("<p class=\"meta\">مناطق واسعة: ").AppendJoin("، ", regions.Take(MapListLimit).Select(p => $"<a href=\"{Html.EntityHref(p.Id)}\">{Html.E(p.Name)}</a>"))
                .Append(regions.Count > MapListLimit ? "، …" : "").Append("</p>\n");
        body.Append("</section>\n");
    }

    /// <summary>The most markers one map draws, and the most places listed under it by name.</summary>
    public const int MapMarkerLimit = 150, MapListLimit = 40;

    /// <summary>The report's precision of a continent, world region or sea (<see cref="Marsad.Entities.Geo.GeoPrecision.Region"/>).</summary>
    private const string RegionPrecision = "region";

    private static void AppendTimeline(StringBuilder body, IReadOnlyList<TimelineEntry> timeline, Func<string, DocumentCard?> cards, CollectionView view)
    {
        body.Append("<section id=\"timeline\">\n<h2>التسلسل الزمني</h2>\n<ol class=\"timeline\">\n");
        foreach (var t in timeline)
        {
            body.Append("<li><time>").Append(Day(t.Day)).Append("</time> ");
            if (t.Event is { } e)
                body.Append("<span class=\"kind\">حدث</span> ").Append(Html.E(EventLabel(e.EventType))).Append(" — ").Append(Html.E(e.Location is null ? "" : view.NameOf(e.Location)))
                    .Append(" <a class=\"cite\" href=\"").Append(Html.DocumentHref(e.Document, e.Start, e.End)).Append("\">«").Append(Html.E(e.Trigger)).Append("»</a>");
            else
                body.Append("<span class=\"kind\">مقالة</span> <a href=\"").Append(Html.DocumentHref(t.Document)).Append("\">")
                    .Append(cards(t.Document) is { } c ? Html.Title(c) : Html.E(t.Document)).Append("</a>");
            body.Append("</li>\n");
        }
        body.Append("</ol>\n</section>\n");
    }

    private static void AppendEntities(StringBuilder body, IReadOnlyList<EntityCount> entities, IReadOnlyList<EntityCount> places)
    {
        body.Append("<section id=\"entities\">\n<h2>الكيانات</h2>\n<ul class=\"chips\">\n");
        foreach (var e in entities.Concat(places))
            body.Append("<li><a href=\"").Append(Html.EntityHref(e.Entity.Id)).Append("\">").Append(Html.E(e.Entity.Name)).Append("</a> <small>")
                .Append(TypeLabel(e.Entity.Type)).Append(" · ").Append(e.Mentions.ToString(CultureInfo.InvariantCulture)).Append("</small></li>\n");
        body.Append("</ul>\n</section>\n");
    }

    private static void AppendQuotes(StringBuilder body, IReadOnlyList<QuoteLine> quotes, Func<string, DocumentCard?> cards)
    {
        body.Append("<section id=\"quotes\">\n<h2>الاقتباسات</h2>\n");
        if (quotes.Count == 0) body.Append("<p class=\"empty\">لا اقتباسات.</p>\n");
        else
        {
            body.Append("<ul class=\"quotes\">\n");
            foreach (var q in quotes)
            {
                body.Append("<li><blockquote>").Append(Html.E(q.Quote.Text)).Append("</blockquote> <span class=\"speaker\">— ");
                if (q.Quote.Speaker is { } speaker && q.SpeakerName is { } name)
                    body.Append("<a href=\"").Append(Html.EntityHref(speaker)).Append("\">").Append(Html.E(name)).Append("</a>");
                else body.Append(Html.E(q.Quote.SpeakerText ?? "متحدث غير معروف"));
                body.Append("</span> <a class=\"cite\" href=\"").Append(Html.DocumentHref(q.Quote.Document, q.Quote.Start, q.Quote.End)).Append("\">[")
                    .Append(cards(q.Quote.Document) is { } c ? Html.E(SourceLabel(c)) : Html.E(q.Quote.Document)).Append("]</a></li>\n");
            }
            body.Append("</ul>\n");
        }
        body.Append("</section>\n");
    }

    /// <summary>The weekly chart of every event, then the table of the first <see cref="StorySectionLimit"/>.</summary>
    private static void AppendEvents(StringBuilder body, IReadOnlyList<EventLine> all, Func<string, DocumentCard?> cards, int offset = 0, int count = StorySectionLimit)
    {
        var events = all.Skip(offset).Take(count).ToList();
        body.Append("<section id=\"events\">\n<h2>الأحداث</h2>\n");
        if (events.Count == 0)
        {
            body.Append("<p class=\"empty\">لا أحداث.</p>\n</section>\n");
            return;
        }
        // The table scrolls inside its own box on middling widths and becomes one card per event on phones (the
        // labels come from data-label there, as the header row is hidden).
        body.Append(EventCharts.WeeklyChart(all)).Append('\n');
        body.Append("<div class=\"table-scroll\">\n<table class=\"events\">\n<thead><tr><th>التاريخ</th><th>النوع</th><th>الطرف الأول</th><th>الطرف الثاني</th><th>المكان</th><th>القتلى</th><th>المصدر</th></tr></thead>\n<tbody>\n");
        foreach (var l in events)
        {
            var e = l.Event;
            body.Append("<tr><td data-label=\"التاريخ\">").Append(l.Day is { } day ? Day(day) : "—").Append("</td><td data-label=\"النوع\">").Append(Html.E(EventLabel(e.EventType)))
                .Append("<br><small>").Append(Html.E(ArabicLabels.SubEventType(e.SubEventType))).Append("</small></td><td data-label=\"الطرف الأول\">")
                .Append(EntityCell(e.Actor1, l.Actor1Name)).Append("</td><td data-label=\"الطرف الثاني\">").Append(EntityCell(e.Actor2, l.Actor2Name)).Append("</td><td data-label=\"المكان\">")
                .Append(EntityCell(e.Location, l.LocationName)).Append("</td><td data-label=\"القتلى\">").Append(e.Fatalities.ToString(CultureInfo.InvariantCulture))
                .Append("</td><td data-label=\"المصدر\"><a class=\"cite\" href=\"")
                .Append(Html.DocumentHref(e.Document, e.Start, e.End)).Append("\">").Append(cards(e.Document) is { } c ? Html.E(SourceLabel(c)) : Html.E(e.Document)).Append("</a></td></tr>\n");
        }
        body.Append("</tbody>\n</table>\n</div>\n</section>\n");

        static string EntityCell(string? id, string? name) =>
            id is null ? "—" : $"<a href=\"{Html.EntityHref(id)}\">{Html.E(name ?? id)}</a>";
    }

    /// <summary>ACLED's event types in Arabic (the sub-types stay as ACLED spells them).</summary>
    internal static string EventLabel(string type) => ArabicLabels.EventType(type);

    internal static string TypeLabel(string type) => ArabicLabels.EntityType(type);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
