using Marsad.Report;

namespace Marsad.Browse;

/// <summary>Which events to list; every filter only narrows. Dates are inclusive days.</summary>
/// <param name="Entity">An entity id that is either actor or the location.</param>
/// <param name="Place">A place: its entity id, or a gazetteer id (<c>SY.07.deir-ez-zor</c>, <c>SY</c>) the event's place is or lies in.</param>
/// <param name="Story">A story id: events reported by its documents.</param>
public sealed record EventFilter(string? Type = null, string? Entity = null, string? Place = null, DateOnly? From = null, DateOnly? To = null, string? Document = null,
    string? Story = null);

/// <summary>An event with its actors' and place's names and the date it is dated by.</summary>
/// <param name="Day">The event's own date, else its document's event date (null when neither is known).</param>
public sealed record EventLine(EventReport Event, string? Actor1Name, string? Actor2Name, string? LocationName, DateOnly? Day);

/// <summary>Which quotes to list.</summary>
public sealed record QuoteFilter(string? Speaker = null, string? Document = null);

/// <summary>The conflict events and quotes of a collection, filtered.</summary>
public static class EventBrowser
{
    public static IReadOnlyList<EventLine> Events(CollectionView view, EventFilter filter)
    {
        if (filter.Story is { Length: > 0 } story)
            return view.Collection.Story(story) is { } s
                ? s.Documents.SelectMany(view.EventsOf).Select(e => Line(view, e)).Where(l => Matches(l, filter)).ToList()
                : [];
        return view.Collection.Events.Select(e => Line(view, e)).Where(l => Matches(l, filter)).ToList();
    }

    public static EventLine Line(CollectionView view, EventReport e) =>
        new(e, Name(view, e.Actor1), Name(view, e.Actor2), e.Location is null ? null : view.Collection.Entity(e.Location)?.Name ?? e.Geo?.Name, DayOf(view, e));

    private static bool Matches(EventLine line, EventFilter f)
    {
        var e = line.Event;
        if (f.Type is { Length: > 0 } type && !string.Equals(e.EventType, type, StringComparison.OrdinalIgnoreCase)
            && !string.Equals(e.SubEventType, type, StringComparison.OrdinalIgnoreCase)) return false;
        if (f.Entity is { Length: > 0 } entity && e.Actor1 != entity && e.Actor2 != entity && e.Location != entity) return false;
        if (f.Place is { Length: > 0 } place && e.Location != place && !InPlace(e.Geo, place)) return false;
        if (f.Document is { Length: > 0 } document && e.Document != document) return false;
        if ((f.From is not null || f.To is not null) && line.Day is not { } day) return false;
        if (f.From is { } from && line.Day < from) return false;
        if (f.To is { } to && line.Day > to) return false;
        return true;
    }

    /// <summary>A gazetteer id names the place itself, its first-level division or its country.</summary>
    private static bool InPlace(GeoReport? geo, string place) =>
        geo is not null && (geo.GazetteerId == place || geo.Admin1 == place || geo.Country == place);

    public static IReadOnlyList<QuoteLine> Quotes(CollectionView view, QuoteFilter filter) =>
        view.Collection.Quotes
            .Where(q => filter.Speaker is not { Length: > 0 } speaker || q.Speaker == speaker)
            .Where(q => filter.Document is not { Length: > 0 } document || q.Document == document)
            .Select(q => new QuoteLine(q, q.Speaker is null ? null : view.Collection.Entity(q.Speaker)?.Name)).ToList();

    private static string? Name(CollectionView view, string? entity) => entity is null ? null : view.NameOf(entity);

    private static DateOnly? DayOf(CollectionView view, EventReport e)
    {
        var text = e.Date ?? view.Collection.EventDates.GetValueOrDefault(e.Document);
        if (text is null) return null;
        // Months ("2018-11") date to their first day, as ACLED's export does.
        if (text.Length == 7) text += "-01";
        return text.Length >= 10 && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", out var day) ? day : null;
    }
}
