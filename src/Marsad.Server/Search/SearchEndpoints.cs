using Marsad.Search;
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
        group.MapGet("/facets", Facets).WithName("SearchFacets")
            .WithSummary("Facets of a search: for every matching document (not one page), the most frequent outlets, stories, entities, places, "
                + "event types and days with their counts (?top=, at most 200), and how many distinct values each has.");
        return group;
    }

    /// <summary>Relevance order has no key to start after: its cursor is a position (results may shift as documents arrive).</summary>
    private const string RelevanceScope = "relevance";

    internal static Results<Ok<SearchFacets>, ProblemHttpResult> Facets([AsParameters] SearchQuery query, int? top, DocumentLibrary library)
    {
        if (!SearchMapping.TryParseSort(query.Sort, out var sort)) return Problems.BadRequest("sort must be one of: relevance, newest, oldest");
        var (from, to, dateError) = DateParameter.Range(query.From, query.To);
        if (dateError is not null) return Problems.BadRequest(dateError);
        var request = SearchMapping.ToRequest(query, sort, 0, 1, from, to);
        var (_, error) = library.Index.ParseQuery(query.Q);
        if (error is not null) return Problems.BadRequest(error);
        return library.Index.Facets(request, Math.Clamp(top ?? 15, 1, 200)) is { } facets
            ? TypedResults.Ok(facets) : Problems.BadRequest(SearchIndex.CannotRun);
    }

    internal static Results<Ok<SearchResponse>, ProblemHttpResult> Search([AsParameters] SearchQuery query, DocumentLibrary library, ServerOptions options)
    {
        if (!SearchMapping.TryParseSort(query.Sort, out var sort)) return Problems.BadRequest("sort must be one of: relevance, newest, oldest");
        var (offset, limit) = new PageRequest(query.Offset, query.Limit).Resolve(options.MaxPageSize);
        var (from, to, dateError) = DateParameter.Range(query.From, query.To);
        if (dateError is not null) return Problems.BadRequest(dateError);
        bool byDate = SearchIndex.IsDateSort(sort, !string.IsNullOrWhiteSpace(query.Q));
        var after = PageCursor.ReadAfter(query.Cursor);
        if (query.Cursor is { Length: > 0 })
        {
            if (byDate && after is not null) offset = 0;
            else if (!byDate && PageCursor.TryRead(query.Cursor, RelevanceScope, out var at)) offset = at;
            else return Problems.BadRequest(PageCursor.Invalid);
        }
        var outcome = library.Index.Search(SearchMapping.ToRequest(query, sort, offset, limit, from, to) with { After = byDate ? after : null });
        if (outcome.Results is not { } results) return Problems.BadRequest(outcome.Error!);
        bool more = after is null ? offset + results.Hits.Count < results.Total : results.Hits.Count == limit;
        return TypedResults.Ok(new SearchResponse(query.Q, results.Total, offset, limit, results.Hits.Select(SearchMapping.ToResult).ToList())
        {
            Next = !more ? null
                : byDate && results.Hits is [.., var last] ? PageCursor.After(new DateKey(last.Date.UtcTicks, last.Id))
                : PageCursor.At(RelevanceScope, offset + results.Hits.Count),
        });
    }
}
