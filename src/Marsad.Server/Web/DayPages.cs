using System.Globalization;
using System.Text;
using Marsad.Browse;
using Marsad.Search;
using Marsad.Server.Library;
using Marsad.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http;

namespace Marsad.Server.Web;

/// <summary>The front page: what mattered on one day (or the week up to it) — the stories most independent outlets
/// reported, those that grew most since the period before, the entities they mention most, and the events dated then
/// on a small map. By default the collection's latest day, not the calendar's: an archive's "today" is its last day.</summary>
public static partial class WebPages
{
    /// <summary>How many stories each ranking of the front page shows.</summary>
    public const int FrontPageStories = 10;

    internal static ContentHttpResult DayPage(string? day, int? days, DocumentLibrary library)
    {
        var view = library.Collection.Current();
        var latest = LatestDay(library);
        bool understood = string.IsNullOrWhiteSpace(day)
            || DateOnly.TryParseExact(day.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
        var chosen = understood && !string.IsNullOrWhiteSpace(day)
            ? DateOnly.ParseExact(day.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture) : latest;
        int span = days is 7 ? 7 : 1;
        // Kept with the snapshot: the ranking reads every story's articles, and a day's page is asked for again and again.
        var selection = library.Collection.Memo(FormattableString.Invariant($"day/{Day(chosen)}/{span}"),
            (snapshot, cards) => DayBrowser.Of(snapshot, chosen, span, cards, FrontPageStories));

        var body = new StringBuilder();
        body.Append("<h1>").Append(span == 1 ? "أخبار يوم " : "أخبار الأسبوع المنتهي في ").Append(Day(chosen)).Append("</h1>\n");
        AppendDayForm(body, chosen, span, latest);
        if (!understood)
            body.Append("<p class=\"error\" role=\"alert\">التاريخ «").Append(Html.E(day)).Append("» غير مفهوم؛ اكتبه بالصيغة سنة-شهر-يوم، مثل 2024-01-31. تُعرض أخبار آخر يوم في المجموعة.</p>\n");
        body.Append("<p class=\"count\">").Append(Html.Count(selection.Documents, CountedNoun.Article)).Append(" أصلية في القصص خلال الفترة · ")
            .Append("<a href=\"/search?from=").Append(Day(chosen.AddDays(1 - span))).Append("&amp;to=").Append(Day(chosen)).Append("&amp;sort=newest\">كل وثائق الفترة</a></p>\n");

        body.Append("<section id=\"largest\">\n<h2>أكبر القصص</h2>\n");
        AppendDayStories(body, selection.Largest, growth: false, "لا قصص في هذه الفترة.");
        body.Append("</section>\n<section id=\"fastest\">\n<h2>الأسرع نموًا</h2>\n");
        AppendDayStories(body, selection.Fastest, growth: true, "لم تنمُ قصة عن الفترة التي سبقتها.");
        body.Append("</section>\n<section id=\"day-entities\">\n<h2>الأكثر ذكرًا في هذه القصص</h2>\n");
        if (selection.Entities.Count == 0) body.Append("<p class=\"empty\">لا كيانات.</p>\n");
        else
        {
            body.Append("<ul class=\"chips\">\n");
            foreach (var e in selection.Entities)
                body.Append("<li><a href=\"").Append(Html.EntityHref(e.Entity.Id)).Append("\">").Append(Html.E(e.Entity.Name)).Append("</a> <small>")
                    .Append(TypeLabel(e.Entity.Type)).Append(" · ").Append(e.Mentions.ToString(CultureInfo.InvariantCulture)).Append("</small></li>\n");
            body.Append("</ul>\n");
        }
        body.Append("</section>\n<section id=\"day-events\">\n<h2>أحداث الفترة</h2>\n<p class=\"count\">")
            .Append(Html.Count(selection.Events.Count, CountedNoun.Event));
        if (selection.Events.Count > 0)
            body.Append(" · <a href=\"/events?from=").Append(Day(chosen.AddDays(1 - span))).Append("&amp;to=").Append(Day(chosen)).Append("\">جدول الأحداث</a>");
        body.Append("</p>\n");
        if (selection.Events.Count > 0)
        {
            var located = selection.Events.Where(l => l.Event.Geo is not null)
                .Select(l => l.Event.Location is { } loc ? view.Collection.Entity(loc) : null).OfType<Marsad.Report.EntityReport>().DistinctBy(p => p.Id).ToList();
            AppendMap(body, located, "خريطة أحداث الفترة", selection.Events);
        }
        body.Append("</section>\n");
        return HtmlResult(Html.Page("أخبار " + Day(chosen), "day", body.ToString()));
    }

    /// <summary>The newest document's day in the index; today when the index is empty.</summary>
    private static DateOnly LatestDay(DocumentLibrary library)
    {
        var newest = library.Index.Search(new SearchRequest(null) { Limit = 1, Sort = SearchSort.Newest, Highlight = false }).Results?.Hits;
        return DateOnly.FromDateTime((newest is [var hit, ..] ? hit.Date : DateTimeOffset.UtcNow).UtcDateTime);
    }

    private static void AppendDayForm(StringBuilder body, DateOnly day, int span, DateOnly latest)
    {
        body.Append("<form class=\"filters day-picker\" action=\"/\" method=\"get\">\n<label>اليوم<input type=\"date\" name=\"day\" value=\"").Append(Day(day))
            .Append("\" max=\"").Append(Day(latest)).Append("\"></label>\n<label>الفترة<select name=\"days\">")
            .Append("<option value=\"1\"").Append(span == 1 ? " selected" : "").Append(">يوم واحد</option>")
            .Append("<option value=\"7\"").Append(span == 7 ? " selected" : "").Append(">سبعة أيام</option>")
            .Append("</select></label>\n<button type=\"submit\">اعرض</button>\n</form>\n<nav class=\"pager\" aria-label=\"الأيام\">")
            .Append("<a rel=\"prev\" href=\"/?day=").Append(Day(day.AddDays(-span))).Append("&amp;days=").Append(span.ToString(CultureInfo.InvariantCulture)).Append("\">السابق</a>");
        if (day < latest)
            body.Append("<a rel=\"next\" href=\"/?day=").Append(Day(day.AddDays(span))).Append("&amp;days=").Append(span.ToString(CultureInfo.InvariantCulture)).Append("\">التالي</a>");
        body.Append(span == 1 ? "<a href=\"/?day=" + Day(day) + "&amp;days=7\">الأسبوع</a>" : "<a href=\"/?day=" + Day(day) + "\">اليوم وحده</a>")
            .Append("</nav>\n");
    }

    private static void AppendDayStories(StringBuilder body, IReadOnlyList<DayStory> stories, bool growth, string empty)
    {
        if (stories.Count == 0)
        {
            body.Append("<p class=\"empty\">").Append(empty).Append("</p>\n");
            return;
        }
        body.Append("<ol class=\"stories\">\n");
        foreach (var s in stories)
        {
            body.Append("<li><a class=\"story-title\" href=\"/stories/").Append(Html.U(s.Story.Id)).Append("\">").Append(Html.E(s.Story.Title)).Append("</a>\n")
                .Append(Charts.Sparkline(s.Story.Days, "عدد المقالات عبر الزمن"))
                .Append("\n<div class=\"meta\"><span class=\"day-sources\">").Append(Html.Count(s.Sources, CountedNoun.IndependentSource)).Append("</span> · ")
                .Append(Html.Count(s.Articles, CountedNoun.Article));
            if (growth) body.Append(" · <span class=\"growth\">بعد ").Append(Html.Count(s.PreviousSources, CountedNoun.IndependentSource)).Append(" في الفترة السابقة</span>");
            body.Append(" · في القصة كلها ").Append(Html.Count(s.Story.Documents, CountedNoun.Article)).Append("</div></li>\n");
        }
        body.Append("</ol>\n");
    }
}
