using Marsad.Server.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Marsad.Server.Entities;

/// <summary>One item of <c>GET /api/entities</c>; the shape the entity resolution stage will fill.</summary>
public sealed record EntitySummary(string Id, string Name, string Type, IReadOnlyList<string> Aliases, int Mentions, int Documents);

/// <summary>Entities: resolved people, organisations and places (empty until entity resolution lands). The routes and shapes are fixed now so clients can be written against them.</summary>
public static class EntityEndpoints
{
    public static RouteGroupBuilder MapEntities(this IEndpointRouteBuilder routes, ServerOptions options)
    {
        var group = routes.MapGroup("/api/entities").WithTags("Entities").RequireReadKey(options);
        group.MapGet("/", List).WithName("ListEntities").WithSummary("Entities: resolved people, organisations and places (empty until entity resolution lands).");
        group.MapGet("/{id}", Get).WithName("GetEntity").WithSummary("One entity by id.");
        return group;
    }

    // Seam: the entity resolution stage replaces these bodies with reads of its stored results.
    internal static Ok<Page<EntitySummary>> List(int? offset, int? limit, ServerOptions options)
    {
        var (from, size) = new PageRequest(offset, limit).Resolve(options.MaxPageSize);
        return TypedResults.Ok(Page<EntitySummary>.Empty(from, size));
    }

    internal static Results<Ok<EntitySummary>, NotFound> Get(string id) => TypedResults.NotFound();
}
