using Marsad.Browse;
using Marsad.Report;
using Marsad.Storage;

namespace Marsad.Core.Tests.Browse;

/// <summary>Stories as lists and pages show them, over small collections written for each test.</summary>
public sealed class StoryBrowserTests
{
    private static readonly DateTimeOffset Day = new(2018, 11, 27, 9, 0, 0, TimeSpan.Zero);

    private static StoryReport Story(string id, params string[] documents) =>
        new(id, "عنوان " + id, null, null, null, documents, documents, documents.Length, [], [], [], [], [], [], []);

    private static CollectionView View(IReadOnlyList<StoryReport> stories, IReadOnlyList<FamilyReport>? families = null, IReadOnlyList<SyndicationReport>? syndication = null) =>
        new(new StoredCollection("r", null, stories, [], [], [], [], [], [], families ?? [], syndication ?? [], new Dictionary<string, string>(), 0));

    private static DocumentCard? Card(string id) => new(id, "خبر " + id, "مصدر", null, Day.AddDays(int.Parse(id, System.Globalization.CultureInfo.InvariantCulture)), true);

    [Fact]
    public void A_syndicated_copy_sits_under_its_original()
    {
        var view = View([Story("s1", "1", "2")], syndication: [new SyndicationReport("1", ["2"], ["reuters"])]);
        var article = Assert.Single(StoryBrowser.View(view, "s1", Card)!.Articles);
        Assert.Equal("1", article.Document.Id);
        var copy = Assert.Single(article.Copies);
        Assert.Equal(("2", CopyKind.Syndicated), (copy.Document.Id, copy.Kind));
    }

    [Fact]
    public void A_duplicate_sits_under_its_familys_canonical_member()
    {
        var view = View([Story("s1", "3", "1", "2")], families: [new FamilyReport("2", ["1", "2", "3"])]);
        var article = Assert.Single(StoryBrowser.View(view, "s1", Card)!.Articles);
        Assert.Equal("2", article.Document.Id);
        Assert.Equal(["1", "3"], article.Copies.Select(c => c.Document.Id));
        Assert.All(article.Copies, c => Assert.Equal(CopyKind.Duplicate, c.Kind));
    }

    [Fact]
    public void A_copy_whose_original_is_in_another_story_stands_alone()
    {
        var view = View([Story("s1", "2"), Story("s2", "1")], syndication: [new SyndicationReport("1", ["2"], ["afp"])]);
        var article = Assert.Single(StoryBrowser.View(view, "s1", Card)!.Articles);
        Assert.Equal(("2", 0), (article.Document.Id, article.Copies.Count));
    }

    [Fact]
    public void A_copy_of_a_copy_sits_under_the_first_original()
    {
        var view = View([Story("s1", "1", "2", "3")], families: [new FamilyReport("2", ["2", "3"])], syndication: [new SyndicationReport("1", ["2"], ["afp"])]);
        var article = Assert.Single(StoryBrowser.View(view, "s1", Card)!.Articles);
        Assert.Equal("1", article.Document.Id);
        Assert.Equal(["2", "3"], article.Copies.Select(c => c.Document.Id));
    }

    [Fact]
    public void Largest_first_puts_the_story_with_most_articles_first()
    {
        var view = View([Story("s1", "1"), Story("s2", "2", "3", "4"), Story("s3", "5", "6")]);
        var (items, total) = StoryBrowser.List(view, StorySort.Largest, 0, 10, Card);
        Assert.Equal(3, total);
        Assert.Equal(["s2", "s3", "s1"], items.Select(s => s.Id));
    }

    [Fact]
    public void Newest_first_orders_undated_stories_by_their_latest_article()
    {
        var view = View([Story("s1", "9"), Story("s2", "1", "2"), Story("s3", "5")]);
        var (items, _) = StoryBrowser.List(view, StorySort.Newest, 0, 10, Card);
        Assert.Equal(["s1", "s3", "s2"], items.Select(s => s.Id));
    }

    [Fact]
    public void A_page_of_stories_starts_at_the_offset()
    {
        var view = View([Story("s1", "1"), Story("s2", "2", "3"), Story("s3", "4", "5", "6")]);
        var (items, total) = StoryBrowser.List(view, StorySort.Largest, 1, 1, Card);
        Assert.Equal((3, "s2"), (total, Assert.Single(items).Id));
    }

    [Fact]
    public void Articles_per_day_count_each_article_on_its_day()
    {
        var days = StoryBrowser.Days([Card("1"), Card("1"), Card("3"), null]);
        Assert.Equal([(DateOnly.FromDateTime(Day.AddDays(1).UtcDateTime), 2), (DateOnly.FromDateTime(Day.AddDays(3).UtcDateTime), 1)], days.Select(d => (d.Day, d.Count)));
    }

    [Fact]
    public void An_unknown_story_has_no_view() => Assert.Null(StoryBrowser.View(View([]), "s1", Card));

    [Fact]
    public void An_undated_article_is_not_counted_on_the_day_it_was_ingested()
    {
        var ingested = new DocumentCard("9", "خبر بلا تاريخ", "مصدر", null, new DateTimeOffset(2026, 12, 2, 0, 0, 0, TimeSpan.Zero), Published: false);
        var days = StoryBrowser.Days([Card("1"), ingested]);
        Assert.Equal([DateOnly.FromDateTime(Day.AddDays(1).UtcDateTime)], days.Select(d => d.Day));
    }

    [Fact]
    public void An_article_dated_by_its_events_is_placed_in_time()
    {
        var eventDated = new DocumentCard("9", "خبر", "مصدر", null, Day, Published: false) { DateKind = CardDate.Events };
        Assert.Single(StoryBrowser.Days([eventDated]));
    }

    [Fact]
    public void Newest_first_does_not_put_a_story_of_undated_articles_first_by_their_ingest_day()
    {
        var view = View([Story("s1", "1"), Story("s2", "9")]);
        DocumentCard? Cards(string id) => id == "9"
            ? new DocumentCard("9", "خبر", "مصدر", null, new DateTimeOffset(2026, 12, 2, 0, 0, 0, TimeSpan.Zero), Published: false)
            : Card(id);
        var (lines, _) = StoryBrowser.List(view, StorySort.Newest, 0, 10, Cards);
        Assert.Equal("s1", lines[0].Id);
    }
}
