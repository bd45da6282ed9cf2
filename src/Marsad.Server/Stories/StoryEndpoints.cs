using Marsad.Browse;
using Marsad.Server.Library;
using Marsad.Server.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Marsad.Server.Stories;

/// <summary>Query parameters of <c>GET /api/stories</c>.</summary>
/// <param name="Sort">newest (default: latest article first) or largest (most articles first).</param>
/// <param name="Prefix">Words the title holds (spelling variants folded): what the filters' typeahead sends.</param>
/// <param name="Cursor">The <c>next</c> of the previous page; it stays valid until the next collection run.</param>
public sealed record StoryListQuery(int? Offset, int? Limit, string? Sort, string? Prefix = null, string? Cursor = null);

/// <summary>Stories: clusters of documents about one development, from the last collection run.</summary>
public static class StoryEndpoints
{
    public static RouteGroupBuilder MapStories(this IEndpointRouteBuilder routes, ServerOptions options)
    {
        var group = routes.MapGroup("/api/stories").WithTags("Stories").RequireReadKey(options);
        group.MapGet("/", List).WithName("ListStories")
            .WithSummary("Stories, newest or largest first, with their source counts and articles per day (for a sparkline); "
                + "?prefix= keeps those whose title holds the words (typeahead); paged by offset or by the cursor each page gives as next.");
        group.MapGet("/{id}", Get).WithName("GetStory")
            .WithSummary("One story: summary with citations, corroborated facts, contradictions, its articles (copies under their original), timeline, entities, places, events and quotes.");
        return group;
    }

    public static bool TryParseSort(string? value, out StorySort sort)
    {
        sort = value?.ToLowerInvariant() switch
        {
            null or "" or "newest" => StorySort.Newest,
            "largest" => StorySort.Largest,
            _ => (StorySort)(-1),
        };
        return Enum.IsDefined(sort);
    }

    internal static Results<Ok<Page<StoryLine>>, ProblemHttpResult> List([AsParameters] StoryListQuery query, DocumentLibrary library, ServerOptions options)
    {
        if (!TryParseSort(query.Sort, out var sort)) return Problems.BadRequest("sort must be one of: newest, largest");
        var view = library.Collection.Current();
        if (!new PageRequest(query.Offset, query.Limit, query.Cursor).TryResolve(options.MaxPageSize, view.Collection.RunId, out var offset, out var limit, out var error))
            return Problems.BadRequest(error!);
        var (items, total) = StoryBrowser.List(view, sort, offset, limit, library.Collection.Cards(), query.Prefix, library.Collection.StoryLines(sort));
        return TypedResults.Ok(Page<StoryLine>.Of(items, total, offset, limit, view.Collection.RunId));
    }

    internal static Results<Ok<StoryView>, NotFound> Get(string id, DocumentLibrary library) =>
        StoryBrowser.View(library.Collection.Current(), id, library.Collection.Cards()) is { } story ? TypedResults.Ok(story) : TypedResults.NotFound();
}
