using Marsad.Browse;
using Marsad.Report;
using Marsad.Storage;

namespace Marsad.Core.Tests.Browse;

/// <summary>Filtering the stored conflict events.</summary>
public sealed class EventBrowserTests
{
    private static readonly GeoReport DeirEzZor = new(35.336, 40.141, "SY", "SY.07", "SY.07.deir-ez-zor", "point", "Deir ez-Zor");

    private static EventReport Event(string id, string document, string? date, string type = "Battles", string? actor = null, GeoReport? geo = null) =>
        new(id, document, 0, 10, type, type == "Battles" ? "Armed clash" : "Peaceful protest", actor, null, geo is null ? null : "loc/1", geo, date, 0, "معارك");

    private static CollectionView View(IReadOnlyList<EventReport> events, Dictionary<string, string>? eventDates = null, IReadOnlyList<StoryReport>? stories = null) =>
        new(new StoredCollection("r", null, stories ?? [], [], [], events, [], [], [], [], [], eventDates ?? new Dictionary<string, string>(), 0));

    private static List<string> Ids(CollectionView view, EventFilter filter) => EventBrowser.Events(view, filter).Select(l => l.Event.Id).ToList();

    [Fact]
    public void An_event_without_its_own_date_is_dated_by_its_documents_event_date()
    {
        var view = View([Event("e1", "1", null)], new Dictionary<string, string> { ["1"] = "2018-11-27" });
        Assert.Equal(new DateOnly(2018, 11, 27), EventBrowser.Events(view, new EventFilter()).Single().Day);
    }

    [Fact]
    public void A_month_dates_its_event_to_the_first_day()
    {
        var view = View([Event("e1", "1", "2018-11")]);
        Assert.Equal(new DateOnly(2018, 11, 1), EventBrowser.Events(view, new EventFilter()).Single().Day);
    }

    [Fact]
    public void A_date_range_keeps_the_events_dated_inside_it_and_drops_the_undated()
    {
        var view = View([Event("e1", "1", "2018-11-26"), Event("e2", "1", "2018-11-27"), Event("e3", "1", "2018-11-29"), Event("e4", "2", null)]);
        Assert.Equal(["e2", "e3"], Ids(view, new EventFilter(From: new DateOnly(2018, 11, 27), To: new DateOnly(2018, 11, 29))));
    }

    [Fact]
    public void The_type_filter_matches_the_type_or_the_sub_type()
    {
        var view = View([Event("e1", "1", null), Event("e2", "1", null, type: "Protests")]);
        Assert.Equal(["e1"], Ids(view, new EventFilter(Type: "battles")));
        Assert.Equal(["e1"], Ids(view, new EventFilter(Type: "Armed clash")));
    }

    [Fact]
    public void The_place_filter_takes_a_division_or_a_country_code()
    {
        var view = View([Event("e1", "1", null, geo: DeirEzZor), Event("e2", "1", null)]);
        Assert.Equal(["e1"], Ids(view, new EventFilter(Place: "SY.07")));
        Assert.Equal(["e1"], Ids(view, new EventFilter(Place: "SY")));
        Assert.Empty(Ids(view, new EventFilter(Place: "IQ")));
    }

    [Fact]
    public void The_entity_filter_keeps_the_events_it_takes_part_in()
    {
        var view = View([Event("e1", "1", null, actor: "actor/sdf"), Event("e2", "1", null, actor: "actor/isis")]);
        Assert.Equal(["e1"], Ids(view, new EventFilter(Entity: "actor/sdf")));
    }

    [Fact]
    public void The_story_filter_keeps_the_events_of_the_storys_documents()
    {
        var story = new StoryReport("s1", "عنوان", null, null, null, ["2"], ["2"], 1, [], [], [], [], [], [], []);
        var view = View([Event("e1", "1", null), Event("e2", "2", null)], stories: [story]);
        Assert.Equal(["e2"], Ids(view, new EventFilter(Story: "s1")));
        Assert.Empty(Ids(view, new EventFilter(Story: "s9")));
    }
}
