using Marsad.Browse;
using Marsad.Server.Library;
using Marsad.Server.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Marsad.Server.Entities;

/// <summary>Query parameters of <c>GET /api/entities</c>.</summary>
/// <param name="Type">PER, ORG, LOC or MISC.</param>
/// <param name="Prefix">The start of the name or of an alias (spelling variants folded).</param>
public sealed record EntityListQuery(int? Offset, int? Limit, string? Type, string? Prefix);

/// <summary>Entities: resolved people, organisations and places of the last collection run. Ids hold a slash
/// (<c>actor/sdf</c>, <c>loc/…</c>), so the single-entity route takes the rest of the path.</summary>
public static class EntityEndpoints
{
    public static readonly IReadOnlyList<string> Types = ["PER", "ORG", "LOC", "MISC"];

    public static RouteGroupBuilder MapEntities(this IEndpointRouteBuilder routes, ServerOptions options)
    {
        var group = routes.MapGroup("/api/entities").WithTags("Entities").RequireReadKey(options);
        group.MapGet("/", List).WithName("ListEntities")
            .WithSummary("Entities, most mentioned first, with mention and document counts; filters by type and name prefix.");
        group.MapGet("/{**id}", Get).WithName("GetEntity")
            .WithSummary("One entity: aliases, roles, mentions per day, co-occurring entities, stories and documents.");
        return group;
    }

    internal static Results<Ok<Page<EntityLine>>, ProblemHttpResult> List([AsParameters] EntityListQuery query, DocumentLibrary library, ServerOptions options)
    {
        var type = string.IsNullOrWhiteSpace(query.Type) ? null : query.Type.Trim().ToUpperInvariant();
        if (type is not null && !Types.Contains(type)) return Problems.BadRequest($"type must be one of: {string.Join(", ", Types)}");
        var (offset, limit) = new PageRequest(query.Offset, query.Limit).Resolve(options.MaxPageSize);
        var (items, total) = EntityBrowser.List(library.Collection.Current(), type, query.Prefix, offset, limit);
        return TypedResults.Ok(new Page<EntityLine>(items, total, offset, limit));
    }

    internal static Results<Ok<EntityView>, NotFound> Get(string id, DocumentLibrary library) =>
        EntityBrowser.View(library.Collection.Current(), id, library.Collection.Cards()) is { } entity ? TypedResults.Ok(entity) : TypedResults.NotFound();
}
