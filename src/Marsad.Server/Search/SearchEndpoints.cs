using Marsad.Server.Library;
using Marsad.Server.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Marsad.Server.Search;

public static class SearchEndpoints
{
    public static RouteGroupBuilder MapSearch(this IEndpointRouteBuilder routes, ServerOptions options)
    {
        var group = routes.MapGroup("/api/search").WithTags("Search").RequireReadKey(options);
        group.MapGet("/", Search).WithName("Search")
            .WithSummary("Full-text search (BM25) with highlighted snippets; filters by source, story, entity, place, event type and date range.");
        return group;
    }

    internal static Results<Ok<SearchResponse>, ProblemHttpResult> Search([AsParameters] SearchQuery query, DocumentLibrary library, ServerOptions options)
    {
        if (!SearchMapping.TryParseSort(query.Sort, out var sort)) return Problems.BadRequest("sort must be one of: relevance, newest, oldest");
        var (offset, limit) = new PageRequest(query.Offset, query.Limit).Resolve(options.MaxPageSize);
        var (from, to, dateError) = DateParameter.Range(query.From, query.To);
        if (dateError is not null) return Problems.BadRequest(dateError);
        var outcome = library.Index.Search(SearchMapping.ToRequest(query, sort, offset, limit, from, to));
        if (outcome.Results is not { } results) return Problems.BadRequest(outcome.Error!);
        return TypedResults.Ok(new SearchResponse(query.Q, results.Total, offset, limit, results.Hits.Select(SearchMapping.ToResult).ToList()));
    }
}
