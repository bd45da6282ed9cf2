using Marsad.Browse;
using Marsad.Server.Library;
using Marsad.Server.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Marsad.Server.Quotes;

/// <summary>Query parameters of <c>GET /api/quotes</c>.</summary>
/// <param name="Speaker">The speaker's entity id.</param>
/// <param name="Document">The document id.</param>
public sealed record QuoteQuery(int? Offset, int? Limit, string? Speaker, string? Document);

/// <summary>Quotes: direct and reported speech with speakers resolved to entities, from the last collection run.</summary>
public static class QuoteEndpoints
{
    public static RouteGroupBuilder MapQuotes(this IEndpointRouteBuilder routes, ServerOptions options)
    {
        var group = routes.MapGroup("/api/quotes").WithTags("Quotes").RequireReadKey(options);
        group.MapGet("/", List).WithName("ListQuotes").WithSummary("Quotes with their speakers; filters by speaker entity and document.");
        return group;
    }

    internal static Ok<Page<QuoteLine>> List([AsParameters] QuoteQuery query, DocumentLibrary library, ServerOptions options)
    {
        var (offset, limit) = new PageRequest(query.Offset, query.Limit).Resolve(options.MaxPageSize);
        var quotes = EventBrowser.Quotes(library.Collection.Current(), new QuoteFilter(query.Speaker, query.Document));
        return TypedResults.Ok(new Page<QuoteLine>(quotes.Skip(offset).Take(limit).ToList(), quotes.Count, offset, limit));
    }
}
