using System.Globalization;
using System.Text;
using Marsad.Browse;
using Marsad.Export;
using Marsad.Server.Library;
using Marsad.Server.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Marsad.Server.Events;

/// <summary>Query parameters of the event list and its downloads.</summary>
/// <param name="Type">An ACLED event type or sub-event type ("Battles", "Armed clash").</param>
/// <param name="Entity">An entity id that is an actor of the event or its place.</param>
/// <param name="Place">A place's entity id, or a gazetteer id (place, division or country code) the event lies in.</param>
/// <param name="From">First day (YYYY-MM-DD), by the event's date or its document's event date; undated events are left out.</param>
/// <param name="Story">A story id: the events its documents report.</param>
/// <param name="Cursor">The <c>next</c> of the previous page; it stays valid until the next collection run.</param>
public sealed record EventQuery(int? Offset, int? Limit, string? Type, string? Entity, string? Place, string? From, string? To, string? Document, string? Story,
    string? Cursor = null);

/// <summary>Conflict events in ACLED's typology from the last collection run, as JSON pages or ACLED-shaped
/// CSV and GeoJSON downloads.</summary>
public static class EventEndpoints
{
    public static RouteGroupBuilder MapEvents(this IEndpointRouteBuilder routes, ServerOptions options)
    {
        var group = routes.MapGroup("/api/events").WithTags("Events").RequireReadKey(options);
        group.MapGet("/", List).WithName("ListEvents")
            .WithSummary("Conflict events (ACLED types) with actors, place and date; filters by type, entity, place, date range, document and story; "
                + "paged by offset or by the cursor each page gives as next.");
        group.MapGet("/csv", Csv).WithName("EventsCsv").Produces<string>(contentType: "text/csv")
            .WithSummary("The filtered events as ACLED-shaped CSV (every match, no paging).");
        group.MapGet("/geojson", GeoJson).WithName("EventsGeoJson").Produces<string>(contentType: "application/geo+json")
            .WithSummary("The filtered events with a place as a GeoJSON FeatureCollection of points, ACLED columns as properties.");
        return group;
    }

    /// <summary>The filter a query asks for, or the problem with it.</summary>
    public static (EventFilter? Filter, string? Error) Filter(EventQuery query)
    {
        if (!TryDay(query.From, out var from)) return (null, $"from '{query.From}' is not a date (use YYYY-MM-DD)");
        if (!TryDay(query.To, out var to)) return (null, $"to '{query.To}' is not a date (use YYYY-MM-DD)");
        return (new EventFilter(Blank(query.Type), Blank(query.Entity), Blank(query.Place), from, to, Blank(query.Document), Blank(query.Story)), null);

        static bool TryDay(string? text, out DateOnly? day)
        {
            day = null;
            if (string.IsNullOrWhiteSpace(text)) return true;
            if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return false;
            day = d;
            return true;
        }

        static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
    }

    internal static Results<Ok<Page<EventLine>>, ProblemHttpResult> List([AsParameters] EventQuery query, DocumentLibrary library, ServerOptions options)
    {
        var (filter, error) = Filter(query);
        if (filter is null) return Problems.BadRequest(error!);
        var view = library.Collection.Current();
        if (!new PageRequest(query.Offset, query.Limit, query.Cursor).TryResolve(options.MaxPageSize, view.Collection.RunId, out var offset, out var limit, out var pageError))
            return Problems.BadRequest(pageError!);
        var events = EventBrowser.Events(view, filter);
        return TypedResults.Ok(Page<EventLine>.Of(events.Skip(offset).Take(limit).ToList(), events.Count, offset, limit, view.Collection.RunId));
    }

    internal static IResult Csv([AsParameters] EventQuery query, DocumentLibrary library)
    {
        var (filter, error) = Filter(query);
        if (filter is null) return Problems.BadRequest(error!);
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        AcledExport.WriteCsv(Rows(library, filter), writer);
        // With the byte-order mark: a spreadsheet opens a UTF-8 file without one in the local code page and garbles Arabic.
        return TypedResults.File([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(writer.ToString())], "text/csv; charset=utf-8", "marsad-events.csv");
    }

    internal static IResult GeoJson([AsParameters] EventQuery query, DocumentLibrary library)
    {
        var (filter, error) = Filter(query);
        if (filter is null) return Problems.BadRequest(error!);
        var stream = new MemoryStream();
        AcledExport.WriteGeoJson(Rows(library, filter), stream);
        return TypedResults.File(stream.ToArray(), "application/geo+json", "marsad-events.geojson");
    }

    /// <summary>The ACLED rows the collection run made for the matching events (sources and notes as
    /// <c>marsad events --db</c> exports them), in event order.</summary>
    private static IReadOnlyList<AcledRow> Rows(DocumentLibrary library, EventFilter filter)
    {
        var view = library.Collection.Current();
        var wanted = EventBrowser.Events(view, filter).Select(l => l.Event.Id).ToHashSet(StringComparer.Ordinal);
        return view.Collection.AcledRows.Where(r => wanted.Contains(r.EventIdCnty)).ToList();
    }
}
