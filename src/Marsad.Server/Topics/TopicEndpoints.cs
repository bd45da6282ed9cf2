using Marsad.Server.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Marsad.Server.Topics;

/// <summary>One item of <c>GET /api/topics</c>; the shape the topic modelling stage will fill.</summary>
public sealed record TopicSummary(string Id, string Label, IReadOnlyList<string> Keywords, int Documents);

/// <summary>Topics: recurring subjects across stories (empty until topic modelling lands). The routes and shapes are fixed now so clients can be written against them.</summary>
public static class TopicEndpoints
{
    public static RouteGroupBuilder MapTopics(this IEndpointRouteBuilder routes, ServerOptions options)
    {
        var group = routes.MapGroup("/api/topics").WithTags("Topics").RequireReadKey(options);
        group.MapGet("/", List).WithName("ListTopics").WithSummary("Topics: recurring subjects across stories (empty until topic modelling lands).");
        group.MapGet("/{id}", Get).WithName("GetTopic").WithSummary("One topic by id.");
        return group;
    }

    // Seam: the topic modelling stage replaces these bodies with reads of its stored results.
    internal static Ok<Page<TopicSummary>> List(int? offset, int? limit, ServerOptions options)
    {
        var (from, size) = new PageRequest(offset, limit).Resolve(options.MaxPageSize);
        return TypedResults.Ok(Page<TopicSummary>.Empty(from, size));
    }

    internal static Results<Ok<TopicSummary>, NotFound> Get(string id) => TypedResults.NotFound();
}
