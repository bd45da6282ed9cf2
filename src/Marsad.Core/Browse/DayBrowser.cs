using Marsad.Report;

namespace Marsad.Browse;

/// <summary>A story as the front page ranks it over a window of days.</summary>
/// <param name="Sources">Distinct outlets that published an original article of the story in the window (copies —
/// duplicates and syndicated reprints — do not count: ten reprints of one agency wire are one source).</param>
/// <param name="Articles">Original articles of the story in the window.</param>
/// <param name="PreviousSources">The same count over the window of equal length just before.</param>
public sealed record DayStory(StoryLine Story, int Sources, int Articles, int PreviousSources)
{
    public int Growth => Sources - PreviousSources;
}

/// <summary>What the front page shows for a day: the window's largest and fastest-growing stories, the entities
/// their articles mention most, and the events dated in the window.</summary>
/// <param name="Day">The last day of the window.</param>
/// <param name="Days">How many days the window spans, ending on <paramref name="Day"/> (1: that day; 7: its week).</param>
/// <param name="Documents">Original articles dated in the window that belong to a story.</param>
public sealed record DayView(
    DateOnly Day, int Days, int Documents, IReadOnlyList<DayStory> Largest, IReadOnlyList<DayStory> Fastest,
    IReadOnlyList<EntityCount> Entities, IReadOnlyList<EventLine> Events);

/// <summary>The front page's selection for a day. Articles are dated by their cards (published date, else the
/// collection's event date, else when ingested), as every list shows them.</summary>
public static class DayBrowser
{
    /// <param name="top">How many stories each ranking keeps, and twice as many entities.</param>
    public static DayView Of(CollectionView view, DateOnly day, int days, Func<string, DocumentCard?> card, int top = 10)
    {
        days = Math.Max(1, days);
        var first = day.AddDays(1 - days);
        var previousFirst = first.AddDays(-days);
        var ranked = new List<(StoryReport Story, int Sources, int Articles, int Previous, List<string> InWindow)>();
        foreach (var story in view.Collection.Stories)
        {
            var now = new HashSet<string>(StringComparer.Ordinal);
            var before = new HashSet<string>(StringComparer.Ordinal);
            var inWindow = new List<string>();
            foreach (var document in story.Documents)
            {
                // A copy repeats its original: it is neither a new source nor a new article.
                if (view.CopyOf(document) is not null || card(document) is not { } c) continue;
                var date = DateOnly.FromDateTime(c.Date.UtcDateTime);
                var source = c.Source.Length > 0 ? c.Source : document;
                if (date >= first && date <= day)
                {
                    now.Add(source);
                    inWindow.Add(document);
                }
                else if (date >= previousFirst && date < first) before.Add(source);
            }
            if (inWindow.Count > 0) ranked.Add((story, now.Count, inWindow.Count, before.Count, inWindow));
        }
        DayStory ToDay((StoryReport Story, int Sources, int Articles, int Previous, List<string> InWindow) r) =>
            new(StoryBrowser.Line(r.Story, card), r.Sources, r.Articles, r.Previous);
        var largest = ranked.OrderByDescending(r => r.Sources).ThenByDescending(r => r.Articles).ThenBy(r => r.Story.Id, StringComparer.Ordinal)
            .Take(top).ToList();
        var fastest = ranked.Where(r => r.Sources > r.Previous)
            .OrderByDescending(r => r.Sources - r.Previous).ThenByDescending(r => r.Articles).ThenBy(r => r.Story.Id, StringComparer.Ordinal)
            .Take(top).ToList();
        var entities = largest.Concat(fastest).DistinctBy(r => r.Story.Id).SelectMany(r => r.InWindow).Distinct(StringComparer.Ordinal)
            .SelectMany(view.MentionsIn)
            .GroupBy(m => m.Entity.Id, StringComparer.Ordinal)
            .Select(g => new EntityCount(g.First().Entity, g.Sum(m => m.Mentions)))
            .OrderByDescending(c => c.Mentions).ThenBy(c => c.Entity.Id, StringComparer.Ordinal).Take(top * 2).ToList();
        var events = EventBrowser.Events(view, new EventFilter(From: first, To: day));
        return new DayView(day, days, ranked.Sum(r => r.Articles), largest.Select(ToDay).ToList(), fastest.Select(ToDay).ToList(), entities, events);
    }
}
