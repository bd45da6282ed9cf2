using Marsad.Annotation.Events;
using Marsad.Entities.Geo;
using Marsad.Entities.Recognition;
using Marsad.Entities.Resolution;
using Marsad.Report;
using Marsad.Storage;

namespace Marsad.Export;

public static partial class AcledExport
{
    /// <summary>ACLED rows for events of a stored collection (the report's records turned back into the pipeline's,
    /// then <see cref="Rows"/>). The report keeps no time precision: 1 when a resolved day-precise time lies in the
    /// event's sentence, 2 for another full date (the document's event date), 3 otherwise.</summary>
    /// <param name="notes">The event's sentence (ACLED's notes); the trigger word when not given.</param>
    public static IReadOnlyList<AcledRow> Rows(IReadOnlyList<EventReport> events, StoredCollection collection,
        Func<string, string>? sourceOf = null, Func<EventReport, string>? notes = null, ActorCatalog? actors = null, long timestamp = 0)
    {
        var ids = events.SelectMany(e => new[] { e.Actor1, e.Actor2, e.Location }).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var entities = collection.Entities.Where(e => ids.Contains(e.Id)).Select(ToEntity).ToList();
        var dayTimes = collection.Times.Where(t => t.Resolved && t.Granularity is "day" or "part-of-day" or "minute").ToLookup(t => t.Document, StringComparer.Ordinal);
        var converted = events.Select(e => new ConflictEvent(e.Id, e.Document, e.Start, e.End, e.EventType, e.SubEventType, e.Actor1, e.Actor2,
            e.Location, ToGeo(e.Geo), e.Date, TimePrecision(e, dayTimes[e.Document]), e.Fatalities, e.Trigger, notes?.Invoke(e) ?? e.Trigger)).ToList();
        return Rows(converted, entities, sourceOf, actors, timestamp);
    }

    private static int TimePrecision(EventReport e, IEnumerable<TimeReport> dayTimes) =>
        e.Date is not { Length: 10 } ? 3 : dayTimes.Any(t => t.Start >= e.Start && t.End <= e.End) ? 1 : 2;

    private static Entity ToEntity(EntityReport e) => new(
        e.Id, EntityTypeLabels.TryParse(e.Type, out var type) ? type : EntityType.Miscellaneous, e.Name, e.Aliases, [], [],
        e.Actor, Enum.TryParse<ActorKind>(e.ActorKind, out var kind) ? kind : null, null, ToGeo(e.Geo));

    private static GeoMatch? ToGeo(GeoReport? g) => g is null ? null
        : new GeoMatch(g.Lat, g.Lon, g.Country, g.Admin1, g.GazetteerId, Enum.TryParse<Entities.Geo.GeoPrecision>(g.Precision, ignoreCase: true, out var p) ? p : Entities.Geo.GeoPrecision.Country, g.Name, 1);
}
