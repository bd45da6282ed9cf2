using System.Text;
using Marsad.Browse;
using Marsad.Report;
using Marsad.Server.Library;
using Marsad.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http;

namespace Marsad.Server.Web;

/// <summary>Topics: stories linked by shared actors and places. A topic has no title of its own, so it is named by
/// the entities and places its stories share most (the order the collection run lists them in).</summary>
public static partial class WebPages
{
    /// <summary>How many shared names make a topic's name.</summary>
    public const int TopicNameParts = 3;

    /// <summary>The most shared entities and places a topic page lists (the collection run lists the most shared first).</summary>
    public const int TopicEntityLimit = 40;

    /// <summary>"الرقة · قوات سوريا الديمقراطية · دير الزور": the topic's first entities and places by name.</summary>
    internal static string TopicName(TopicReport topic, CollectionView view)
    {
        var names = topic.Entities.Concat(topic.Places).Select(view.NameOf).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal)
            .Take(TopicNameParts).ToList();
        // Without shared names, the name the clustering gave (its largest story's headline).
        return names.Count > 0 ? string.Join(" · ", names) : topic.Name.Length > 0 ? topic.Name : "موضوع بلا أسماء مشتركة";
    }

    internal static ContentHttpResult TopicPage(string id, int? offset, DocumentLibrary library)
    {
        var view = library.Collection.Current();
        if (view.Collection.Topic(id) is not { } topic)
            return HtmlResult(Html.Page("غير موجود", "stories", "<h1>الموضوع غير موجود</h1>\n<p><a href=\"/stories\">العودة إلى القصص</a></p>"), StatusCodes.Status404NotFound);
        var name = TopicName(topic, view);
        var cards = library.Collection.Cards();
        // Largest first, a page at a time: a broad topic gathers hundreds of stories.
        var all = topic.Stories.Select(view.Collection.Story).OfType<StoryReport>()
            .OrderByDescending(s => s.Documents.Count).ThenBy(s => s.Id, StringComparer.Ordinal).ToList();
        int from = Math.Clamp(offset ?? 0, 0, Math.Max(0, all.Count - 1));
        var stories = all.Skip(from).Take(PageSize).Select(s => StoryBrowser.Line(s, cards)).ToList();
        var body = new StringBuilder();
        body.Append("<h1>").Append(Html.E(name)).Append("</h1>\n<p class=\"meta\">موضوع يجمع ").Append(Html.Count(all.Count, CountedNoun.Story))
            .Append(" تشترك في أطرافها وأماكنها</p>\n");
        body.Append("<section id=\"topic-entities\">\n<h2>الأطراف والأماكن المشتركة</h2>\n<ul class=\"chips\">\n");
        foreach (var entity in topic.Entities.Concat(topic.Places).Distinct(StringComparer.Ordinal).Take(TopicEntityLimit))
            body.Append("<li><a href=\"").Append(Html.EntityHref(entity)).Append("\">").Append(Html.E(view.NameOf(entity))).Append("</a></li>\n");
        body.Append("</ul>\n</section>\n<section id=\"topic-stories\">\n<h2>القصص</h2>\n");
        AppendStoryList(body, stories);
        AppendPager(body, "/topics/" + Html.U(id) + "?", from, all.Count);
        body.Append("</section>\n");
        return HtmlResult(Html.Page(name, "stories", body.ToString()));
    }

    private static string TopicLink(string id, CollectionView view) =>
        view.Collection.Topic(id) is { } topic
            ? $"<a class=\"topic-link\" href=\"/topics/{Html.U(id)}\">{Html.E(TopicName(topic, view))}</a>"
            : Html.E(id);
}
