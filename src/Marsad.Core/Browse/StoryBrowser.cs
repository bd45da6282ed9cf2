using Marsad.Report;

namespace Marsad.Browse;

public enum StorySort
{
    /// <summary>Latest article first (the collection's own order).</summary>
    Newest,
    /// <summary>Most articles first, then most independent sources.</summary>
    Largest,
}

/// <summary>Articles of one day, for a sparkline.</summary>
public sealed record DayCount(DateOnly Day, int Count);

/// <summary>A story in a list: its size, its sources, and how many of its articles appeared each day.</summary>
public sealed record StoryLine(
    string Id, string Title, string? Topic, DateTimeOffset? First, DateTimeOffset? Last, int Documents, int Sources, int IndependentSources,
    IReadOnlyList<DayCount> Days);

/// <summary>An article of a story, with the duplicates and syndicated copies that repeat it.</summary>
/// <param name="Kind">How it repeats the one it sits under (null for an original).</param>
public sealed record StoryArticle(DocumentCard Document, CopyKind? Kind, IReadOnlyList<StoryArticle> Copies);

/// <summary>A point of a story's timeline: an article appearing or an event it reports.</summary>
public sealed record TimelineEntry(DateOnly Day, string Document, string Text, EventReport? Event);

/// <summary>An entity of a story with how often the story's articles mention it.</summary>
public sealed record EntityCount(EntityReport Entity, int Mentions);

/// <summary>A quote with its speaker's canonical name.</summary>
public sealed record QuoteLine(QuoteReport Quote, string? SpeakerName);

/// <summary>Everything the story page and <c>GET /api/stories/{id}</c> show.</summary>
public sealed record StoryView(
    StoryReport Story, IReadOnlyList<StoryArticle> Articles, IReadOnlyList<TimelineEntry> Timeline, IReadOnlyList<EntityCount> Entities,
    IReadOnlyList<EntityCount> Places, IReadOnlyList<EventReport> Events, IReadOnlyList<QuoteLine> Quotes, IReadOnlyList<DayCount> Days);

/// <summary>The stories of a collection as lists and pages show them. Documents are described by <c>card</c>, which
/// the caller reads from the store (null for a document the store no longer has).</summary>
public static class StoryBrowser
{
    /// <param name="words">When given, only stories whose title holds these words (spelling variants folded): the
    /// filters' typeahead.</param>
    /// <param name="sorted">Every story's line in <paramref name="sort"/> order, when the caller keeps them (<see cref="Lines"/>).</param>
    public static (IReadOnlyList<StoryLine> Items, int Total) List(CollectionView view, StorySort sort, int offset, int limit, Func<string, DocumentCard?> card,
        string? words = null, IReadOnlyList<StoryLine>? sorted = null)
    {
        var key = string.IsNullOrWhiteSpace(words) ? null : Text.MatchKeyNormalizer.Normalize(words.Trim());
        var all = sorted ?? Lines(view, sort, card);
        if (key is not null) all = all.Where(l => Text.MatchKeyNormalizer.Normalize(l.Title).Contains(key, StringComparison.Ordinal)).ToList();
        return (all.Skip(offset).Take(limit).ToList(), all.Count);
    }

    /// <summary>Every story's line, in <paramref name="sort"/> order.</summary>
    public static IReadOnlyList<StoryLine> Lines(CollectionView view, StorySort sort, Func<string, DocumentCard?> card)
    {
        var lines = view.Collection.Stories.Select(s => Line(s, card));
        lines = sort switch
        {
            StorySort.Largest => lines.OrderByDescending(l => l.Documents).ThenByDescending(l => l.IndependentSources),
            // Stories without a stated date sort by their articles' dates; the collection's order breaks ties.
            _ => lines.OrderByDescending(l => l.Last ?? LastDay(l.Days)),
        };
        return lines.ToList();
    }

    /// <summary>The story a filter box names: an id as it is, else the largest story whose title holds the text
    /// (spelling variants folded); null when none does.</summary>
    public static string? Resolve(CollectionView view, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        text = text.Trim();
        if (view.Collection.Story(text) is { } known) return known.Id;
        var key = Text.MatchKeyNormalizer.Normalize(text);
        return view.Collection.Stories.Where(s => Text.MatchKeyNormalizer.Normalize(s.Title).Contains(key, StringComparison.Ordinal))
            .OrderByDescending(s => s.Documents.Count).ThenBy(s => s.Id, StringComparer.Ordinal).FirstOrDefault()?.Id;
    }

    public static StoryLine Line(StoryReport s, Func<string, DocumentCard?> card) =>
        new(s.Id, s.Title, s.Topic, ParseDate(s.First), ParseDate(s.Last), s.Documents.Count, s.Sources.Count, s.IndependentSources,
            Days(s.Documents.Select(card)));

    public static StoryView? View(CollectionView view, string id, Func<string, DocumentCard?> card)
    {
        if (view.Collection.Story(id) is not { } story) return null;
        var cards = story.Documents.Select(d => card(d) ?? Missing(d)).ToDictionary(c => c.Id, StringComparer.Ordinal);
        var events = story.Documents.SelectMany(view.EventsOf).ToList();
        var mentions = story.Documents.SelectMany(view.MentionsIn)
            .GroupBy(p => p.Entity.Id, StringComparer.Ordinal)
            .Select(g => new EntityCount(g.First().Entity, g.Sum(p => p.Mentions)))
            .OrderByDescending(c => c.Mentions).ThenBy(c => c.Entity.Id, StringComparer.Ordinal).ToList();
        var quotes = story.Documents.SelectMany(view.QuotesOf)
            .Select(q => new QuoteLine(q, q.Speaker is null ? null : view.Collection.Entity(q.Speaker)?.Name)).ToList();
        return new StoryView(story, Articles(view, story.Documents, cards), Timeline(story, cards, events), 
            mentions.Where(c => c.Entity.Type != CollectionView.PlaceType).ToList(),
            mentions.Where(c => c.Entity.Type == CollectionView.PlaceType).ToList(),
            events, quotes, Days(cards.Values));
    }

    /// <summary>The story's articles with each copy under the article it repeats (when that article is in the story
    /// too); originals by date, then id.</summary>
    public static IReadOnlyList<StoryArticle> Articles(CollectionView view, IReadOnlyList<string> documents, IReadOnlyDictionary<string, DocumentCard> cards)
    {
        var inStory = documents.ToHashSet(StringComparer.Ordinal);
        string RootOf(string d)
        {
            // Follow copy links to the first original inside the story; a chain never loops back (each step is recorded once).
            var seen = new HashSet<string>(StringComparer.Ordinal) { d };
            while (view.CopyOf(d) is { } copy && inStory.Contains(copy.Original) && seen.Add(copy.Original)) d = copy.Original;
            return d;
        }
        return documents.GroupBy(RootOf, StringComparer.Ordinal)
            .Select(g => new StoryArticle(cards[g.Key], null,
                g.Where(d => d != g.Key).OrderBy(d => cards[d].Date).ThenBy(d => d, StringComparer.Ordinal)
                    .Select(d => new StoryArticle(cards[d], view.CopyOf(d)?.Kind, [])).ToList()))
            .OrderBy(a => a.Document.Date).ThenBy(a => a.Document.Id, StringComparer.Ordinal).ToList();
    }

    private static List<TimelineEntry> Timeline(StoryReport story, IReadOnlyDictionary<string, DocumentCard> cards, IReadOnlyList<EventReport> events)
    {
        // An undated article has no place on the timeline: the day it was ingested is not its day.
        var entries = story.Documents.Where(d => cards[d].Dated)
            .Select(d => new TimelineEntry(DateOnly.FromDateTime(cards[d].Date.UtcDateTime), d, cards[d].Title ?? "", null)).ToList();
        foreach (var e in events)
        {
            DateOnly day;
            if (e.Date is { Length: >= 10 } && DateOnly.TryParseExact(e.Date[..10], "yyyy-MM-dd", out var d)) day = d;
            else if (cards[e.Document].Dated) day = DateOnly.FromDateTime(cards[e.Document].Date.UtcDateTime);
            else continue;
            entries.Add(new TimelineEntry(day, e.Document, e.Trigger, e));
        }
        return entries.OrderBy(t => t.Day).ThenBy(t => t.Event is null ? 0 : 1).ThenBy(t => t.Document, StringComparer.Ordinal).ThenBy(t => t.Event?.Start ?? 0).ToList();
    }

    /// <summary>Articles per day over the days that have any, oldest first.</summary>
    public static IReadOnlyList<DayCount> Days(IEnumerable<DocumentCard?> documents) =>
        documents.OfType<DocumentCard>().Where(c => c.Dated).GroupBy(c => DateOnly.FromDateTime(c.Date.UtcDateTime)).OrderBy(g => g.Key)
            .Select(g => new DayCount(g.Key, g.Count())).ToList();

    private static DateTimeOffset LastDay(IReadOnlyList<DayCount> days) =>
        days.Count == 0 ? DateTimeOffset.MinValue : new DateTimeOffset(days[^1].Day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private static DocumentCard Missing(string id) => new(id, null, "", null, DateTimeOffset.MinValue, false);

    public static DateTimeOffset? ParseDate(string? text) =>
        text is not null && DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var d) ? d : null;
}
