using Marsad.Server.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Marsad.Server.Events;

/// <summary>One item of <c>GET /api/events</c>; the shape the event extraction stage will fill.</summary>
public sealed record EventSummary(string Id, string Type, string Summary, DateTimeOffset? Date, string? Place, IReadOnlyList<long> Documents);

/// <summary>Events: what happened, when and where (empty until event extraction lands). The routes and shapes are fixed now so clients can be written against them.</summary>
public static class EventEndpoints
{
    public static RouteGroupBuilder MapEvents(this IEndpointRouteBuilder routes, ServerOptions options)
    {
        var group = routes.MapGroup("/api/events").WithTags("Events").RequireReadKey(options);
        group.MapGet("/", List).WithName("ListEvents").WithSummary("Events: what happened, when and where (empty until event extraction lands).");
        group.MapGet("/{id}", Get).WithName("GetEvent").WithSummary("One event by id.");
        return group;
    }

    // Seam: the event extraction stage replaces these bodies with reads of its stored results.
    internal static Ok<Page<EventSummary>> List(int? offset, int? limit, ServerOptions options)
    {
        var (from, size) = new PageRequest(offset, limit).Resolve(options.MaxPageSize);
        return TypedResults.Ok(Page<EventSummary>.Empty(from, size));
    }

    internal static Results<Ok<EventSummary>, NotFound> Get(string id) => TypedResults.NotFound();
}
