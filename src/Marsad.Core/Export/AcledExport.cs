using System.Globalization;
using Marsad.Annotation.Events;
using Marsad.Entities.Geo;
using Marsad.Entities.Resolution;

namespace Marsad.Export;

/// <summary>Turns conflict events into ACLED rows: actor names (the actors file's English name when the actor is
/// known), inter codes from actor kinds, and ACLED's time and geo precisions.</summary>
public static partial class AcledExport
{
    /// <summary>ACLED's column names, in ACLED's order.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
        "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
        "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
    ];

    /// <param name="entities">The entities of the events' documents (ids are looked up here).</param>
    /// <param name="sourceOf">Document id → its source name (the publisher); the document id when null.</param>
    /// <param name="timestamp">The export's Unix time, the same for every row (a fixed value keeps output reproducible).</param>
    public static IReadOnlyList<AcledRow> Rows(IReadOnlyList<ConflictEvent> events, IReadOnlyList<Entity> entities,
        Func<string, string>? sourceOf = null, ActorCatalog? actors = null, long timestamp = 0)
    {
        var byId = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var e in entities) byId.TryAdd(e.Id, e);
        return [.. events.Select(e => Row(e, byId, sourceOf ?? (d => d), actors ?? ActorCatalog.Default, timestamp))];
    }

    private static AcledRow Row(ConflictEvent e, Dictionary<string, Entity> entities, Func<string, string> sourceOf, ActorCatalog actors, long timestamp)
    {
        var actor1 = e.Actor1EntityId is null ? null : entities.GetValueOrDefault(e.Actor1EntityId);
        var actor2 = e.Actor2EntityId is null ? null : entities.GetValueOrDefault(e.Actor2EntityId);
        int inter1 = Inter(actor1), inter2 = Inter(actor2);
        if (e.EventType == AcledTypes.ViolenceAgainstCivilians && actor2 is null) inter2 = 7;
        var place = e.Location;
        string date = e.Date is { Length: 7 } month ? month + "-01" : e.Date ?? "";
        int? year = date.Length >= 4 && int.TryParse(date.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : null;
        return new AcledRow(
            e.Id, date, year, e.TimePrecision, AcledTypes.DisorderType(e.EventType), e.EventType, e.SubEventType,
            ActorName(actor1, actors), "", inter1, ActorName(actor2, actors), "", inter2, Interaction(inter1, inter2),
            e.EventType == AcledTypes.ViolenceAgainstCivilians ? "Civilian targeting" : "",
            place?.Country ?? "", "", CountryName(place?.Country),
            Gazetteer.Embedded.DivisionName(place?.Admin1) ?? place?.Admin1 ?? "", "", "",
            place?.Name ?? "", place?.Lat, place?.Lon, GeoPrecision(place), sourceOf(e.Document), "", e.Text,
            e.Fatalities, "", timestamp);
    }

    /// <summary>ACLED's inter code of an actor: its kind's number (1–8), 0 for no actor or an actor of unknown kind.</summary>
    public static int Inter(Entity? actor) => actor?.ActorKind is { } kind ? (int)kind + 1 : 0;

    /// <summary>ACLED's interaction code: the two inter codes, smaller first (12, 27); one actor alone gives 10, 20 ….</summary>
    public static int Interaction(int inter1, int inter2) =>
        inter1 == 0 && inter2 == 0 ? 0
        : inter1 == 0 || inter2 == 0 ? Math.Max(inter1, inter2) * 10
        : Math.Min(inter1, inter2) * 10 + Math.Max(inter1, inter2);

    /// <summary>1 a town or point, 2 near one or a wider area, 3 a region or country.</summary>
    public static int GeoPrecision(GeoMatch? place) => place?.Precision switch
    {
        Entities.Geo.GeoPrecision.Point => 1,
        Entities.Geo.GeoPrecision.Area => 2,
        _ => 3,
    };

    private static string ActorName(Entity? actor, ActorCatalog actors) =>
        actor is null ? "" : actor.ActorId is { } id && actors.Find(id) is { } known && known.EnglishName.Length > 0 ? known.EnglishName : actor.Name;

    private static string CountryName(string? iso)
    {
        if (string.IsNullOrEmpty(iso)) return "";
        try { return new RegionInfo(iso).EnglishName; }
        catch (ArgumentException) { return iso; }
    }
}
