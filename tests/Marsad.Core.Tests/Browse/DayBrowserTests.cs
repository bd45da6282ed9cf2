using System.Globalization;
using Marsad.Browse;
using Marsad.Report;
using Marsad.Storage;

namespace Marsad.Core.Tests.Browse;

/// <summary>The front page's selection for a day, over small collections written for each test. Document ids are
/// "DAY-N": the article N published on that day of November 2018.</summary>
public sealed class DayBrowserTests
{
    private static readonly DateOnly Day = new(2018, 11, 27);

    private static StoryReport Story(string id, params string[] documents) =>
        new(id, "عنوان " + id, null, null, null, documents, [], documents.Length, [], [], [], [], [], [], []);

    private readonly Dictionary<string, string> Sources = new(StringComparer.Ordinal);

    /// <summary>Cards dated by the id's day; the outlet is the one <see cref="Outlet"/> gave in this test, else one per article.</summary>
    private DocumentCard? Card(string id)
    {
        int day = int.Parse(id.Split('-')[0], CultureInfo.InvariantCulture);
        var source = Sources.GetValueOrDefault(id) ?? "مصدر " + id;
        return new DocumentCard(id, "خبر " + id, source, null, new DateTimeOffset(2018, 11, day, 8, 0, 0, TimeSpan.Zero), true);
    }

    private string Outlet(string document, string source)
    {
        Sources[document] = source;
        return document;
    }

    private static CollectionView View(IReadOnlyList<StoryReport> stories, IReadOnlyList<SyndicationReport>? syndication = null,
        IReadOnlyList<EntityReport>? entities = null) =>
        new(new StoredCollection("r", null, stories, [], entities ?? [], [], [], [], [], [], syndication ?? [], new Dictionary<string, string>(), 0));

    [Fact]
    public void The_largest_story_of_the_day_is_the_one_most_outlets_reported()
    {
        var view = View([Story("s1", "27-1", "27-2"), Story("s2", "27-3", "27-4", "27-5")]);
        var day = DayBrowser.Of(view, Day, 1, Card);
        Assert.Equal(["s2", "s1"], day.Largest.Select(s => s.Story.Id));
        Assert.Equal(3, day.Largest[0].Sources);
    }

    [Fact]
    public void Reprints_of_one_wire_count_as_one_source()
    {
        // s1: one agency article and three outlets reprinting it; s2: two outlets writing their own.
        var view = View([Story("s1", "27-1", "27-2", "27-3", "27-4"), Story("s2", "27-5", "27-6")],
            syndication: [new SyndicationReport("27-1", ["27-2", "27-3", "27-4"], ["رويترز"])]);
        var day = DayBrowser.Of(view, Day, 1, Card);
        Assert.Equal("s2", day.Largest[0].Story.Id);
        Assert.Equal((1, 1), (day.Largest[1].Sources, day.Largest[1].Articles));
    }

    [Fact]
    public void Two_articles_from_one_outlet_are_one_source()
    {
        var view = View([Story("s1", Outlet("27-1", "سانا"), Outlet("27-2", "سانا"))]);
        var story = Assert.Single(DayBrowser.Of(view, Day, 1, Card).Largest);
        Assert.Equal((1, 2), (story.Sources, story.Articles));
    }

    [Fact]
    public void Articles_of_other_days_are_left_out_of_a_days_ranking()
    {
        var view = View([Story("s1", "20-1", "20-2", "20-3", "27-1"), Story("s2", "27-2", "27-3")]);
        var day = DayBrowser.Of(view, Day, 1, Card);
        Assert.Equal(["s2", "s1"], day.Largest.Select(s => s.Story.Id));
        Assert.Equal(3, day.Documents);
    }

    [Fact]
    public void A_week_counts_the_six_days_before_the_day_too()
    {
        var view = View([Story("s1", "21-1", "24-1", "27-1"), Story("s2", "20-1")]);
        var week = DayBrowser.Of(view, Day, 7, Card);
        var story = Assert.Single(week.Largest);
        Assert.Equal(("s1", 3), (story.Story.Id, story.Sources));
    }

    [Fact]
    public void The_fastest_growing_story_gained_most_sources_over_the_day_before()
    {
        // s1 is large but was as large the day before; s2 is new today.
        var view = View([Story("s1", "26-1", "26-2", "26-3", "27-1", "27-2", "27-3"), Story("s2", "27-4", "27-5")]);
        var day = DayBrowser.Of(view, Day, 1, Card);
        var fastest = Assert.Single(day.Fastest);
        Assert.Equal(("s2", 2, 0), (fastest.Story.Id, fastest.Sources, fastest.PreviousSources));
    }

    [Fact]
    public void The_entities_are_those_the_days_stories_mention_most()
    {
        var hariri = new EntityReport("per/h", "PER", "سعد الحريري", [], [new("27-1", 0, 5, "الحريري"), new("27-2", 0, 5, "الحريري")], [], null, null, null);
        var aoun = new EntityReport("per/a", "PER", "ميشال عون", [], [new("27-1", 9, 12, "عون"), new("20-1", 0, 3, "عون"), new("20-2", 0, 3, "عون")], [], null, null, null);
        var view = View([Story("s1", "27-1", "27-2"), Story("s2", "20-1", "20-2")], entities: [hariri, aoun]);
        var day = DayBrowser.Of(view, Day, 1, Card);
        Assert.Equal([("per/h", 2), ("per/a", 1)], day.Entities.Select(e => (e.Entity.Id, e.Mentions)));
    }

    [Fact]
    public void A_day_without_articles_has_no_stories()
    {
        var view = View([Story("s1", "20-1")]);
        var day = DayBrowser.Of(view, Day, 1, Card);
        Assert.Empty(day.Largest);
        Assert.Empty(day.Fastest);
        Assert.Equal(0, day.Documents);
    }
}
