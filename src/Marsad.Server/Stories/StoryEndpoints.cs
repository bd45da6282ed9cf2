using Marsad.Server.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Marsad.Server.Stories;

/// <summary>One item of <c>GET /api/stories</c>; the shape the story clustering stage will fill.</summary>
public sealed record StorySummary(string Id, string Title, int Documents, int Sources, DateTimeOffset First, DateTimeOffset Last);

/// <summary>Stories: clusters of documents about one development (empty until story clustering lands). The routes and shapes are fixed now so clients can be written against them.</summary>
public static class StoryEndpoints
{
    public static RouteGroupBuilder MapStories(this IEndpointRouteBuilder routes, ServerOptions options)
    {
        var group = routes.MapGroup("/api/stories").WithTags("Stories").RequireReadKey(options);
        group.MapGet("/", List).WithName("ListStories").WithSummary("Stories: clusters of documents about one development (empty until story clustering lands).");
        group.MapGet("/{id}", Get).WithName("GetStory").WithSummary("One story by id.");
        return group;
    }

    // Seam: the story clustering stage replaces these bodies with reads of its stored results.
    internal static Ok<Page<StorySummary>> List(int? offset, int? limit, ServerOptions options)
    {
        var (from, size) = new PageRequest(offset, limit).Resolve(options.MaxPageSize);
        return TypedResults.Ok(Page<StorySummary>.Empty(from, size));
    }

    internal static Results<Ok<StorySummary>, NotFound> Get(string id) => TypedResults.NotFound();
}
