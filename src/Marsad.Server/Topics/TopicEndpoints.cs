using Marsad.Browse;
using Marsad.Report;
using Marsad.Server.Library;
using Marsad.Server.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Marsad.Server.Topics;

/// <summary>A topic with its stories as lists show them.</summary>
public sealed record TopicDetail(TopicReport Topic, IReadOnlyList<StoryLine> Stories);

/// <summary>Topics: stories linked by shared actors and places, from the last collection run.</summary>
public static class TopicEndpoints
{
    public static RouteGroupBuilder MapTopics(this IEndpointRouteBuilder routes, ServerOptions options)
    {
        var group = routes.MapGroup("/api/topics").WithTags("Topics").RequireReadKey(options);
        group.MapGet("/", List).WithName("ListTopics").WithSummary("Topics: stories linked by shared actors and places.");
        group.MapGet("/{id}", Get).WithName("GetTopic").WithSummary("One topic with its stories.");
        return group;
    }

    internal static Ok<Page<TopicReport>> List(int? offset, int? limit, DocumentLibrary library, ServerOptions options)
    {
        var (from, size) = new PageRequest(offset, limit).Resolve(options.MaxPageSize);
        var topics = library.Collection.Current().Collection.Topics;
        return TypedResults.Ok(new Page<TopicReport>(topics.Skip(from).Take(size).ToList(), topics.Count, from, size));
    }

    internal static Results<Ok<TopicDetail>, NotFound> Get(string id, DocumentLibrary library)
    {
        var view = library.Collection.Current();
        if (view.Collection.Topic(id) is not { } topic) return TypedResults.NotFound();
        var cards = library.Collection.Cards();
        var stories = topic.Stories.Select(view.Collection.Story).OfType<StoryReport>().Select(s => StoryBrowser.Line(s, cards)).ToList();
        return TypedResults.Ok(new TopicDetail(topic, stories));
    }
}
