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
/// <param name="Cursor">The <c>next</c> of the previous page; it stays valid until the next collection run.</param>
public sealed record EntityListQuery(int? Offset, int? Limit, string? Type, string? Prefix, string? Cursor = null);

/// <summary>Query parameters of <c>GET /api/places</c>.</summary>
/// <param name="Prefix">The start of the name or of an alias (spelling variants folded).</param>
public sealed record PlaceListQuery(int? Offset, int? Limit, string? Prefix, string? Cursor = null);

/// <summary>Entities: resolved people, organisations and places of the last collection run. Ids hold a slash
/// (<c>actor/sdf</c>, <c>loc/…</c>), so the single-entity route takes the rest of the path.</summary>
public static class EntityEndpoints
{
    public static readonly IReadOnlyList<string> Types = ["PER", "ORG", "LOC", "MISC"];

    public static RouteGroupBuilder MapEntities(this IEndpointRouteBuilder routes, ServerOptions options)
    {
        var group = routes.MapGroup("/api/entities").WithTags("Entities").RequireReadKey(options);
        group.MapGet("/", List).WithName("ListEntities")
            .WithSummary("Entities, most mentioned first, with mention and document counts; filters by type and name prefix "
                + "(?prefix= is the filters' typeahead); paged by offset or by the cursor each page gives as next.");
        group.MapGet("/{**id}", Get).WithName("GetEntity")
            .WithSummary("One entity: aliases, roles, mentions per day, co-occurring entities, stories and documents.");
        routes.MapGroup("/api/places").WithTags("Entities").RequireReadKey(options)
            .MapGet("/", Places).WithName("ListPlaces")
            .WithSummary("Places (entities of type LOC), most mentioned first, with their coordinates; ?prefix= is the place filters' typeahead.");
        return group;
    }

    internal static Results<Ok<Page<EntityLine>>, ProblemHttpResult> Places([AsParameters] PlaceListQuery query, DocumentLibrary library, ServerOptions options) =>
        List(new EntityListQuery(query.Offset, query.Limit, "LOC", query.Prefix, query.Cursor), library, options);

    internal static Results<Ok<Page<EntityLine>>, ProblemHttpResult> List([AsParameters] EntityListQuery query, DocumentLibrary library, ServerOptions options)
    {
        var type = string.IsNullOrWhiteSpace(query.Type) ? null : query.Type.Trim().ToUpperInvariant();
        if (type is not null && !Types.Contains(type)) return Problems.BadRequest($"type must be one of: {string.Join(", ", Types)}");
        var view = library.Collection.Current();
        if (!new PageRequest(query.Offset, query.Limit, query.Cursor).TryResolve(options.MaxPageSize, view.Collection.RunId, out var offset, out var limit, out var error))
            return Problems.BadRequest(error!);
        var (items, total) = EntityBrowser.List(view, type, query.Prefix, offset, limit, library.Collection.RankedEntities());
        return TypedResults.Ok(Page<EntityLine>.Of(items, total, offset, limit, view.Collection.RunId));
    }

    internal static Results<Ok<EntityView>, NotFound> Get(string id, DocumentLibrary library) =>
        EntityBrowser.View(library.Collection.Current(), id, library.Collection.Cards()) is { } entity ? TypedResults.Ok(entity) : TypedResults.NotFound();
}
