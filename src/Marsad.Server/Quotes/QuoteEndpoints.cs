using Marsad.Server.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Marsad.Server.Quotes;

/// <summary>One item of <c>GET /api/quotes</c>; the shape the quote extraction stage will fill.</summary>
public sealed record QuoteSummary(string Id, string Speaker, string Text, long DocumentId, DateTimeOffset? Date);

/// <summary>Quotes: who said what, with the document it is in (empty until quote extraction lands). The routes and shapes are fixed now so clients can be written against them.</summary>
public static class QuoteEndpoints
{
    public static RouteGroupBuilder MapQuotes(this IEndpointRouteBuilder routes, ServerOptions options)
    {
        var group = routes.MapGroup("/api/quotes").WithTags("Quotes").RequireReadKey(options);
        group.MapGet("/", List).WithName("ListQuotes").WithSummary("Quotes: who said what, with the document it is in (empty until quote extraction lands).");
        group.MapGet("/{id}", Get).WithName("GetQuote").WithSummary("One quote by id.");
        return group;
    }

    // Seam: the quote extraction stage replaces these bodies with reads of its stored results.
    internal static Ok<Page<QuoteSummary>> List(int? offset, int? limit, ServerOptions options)
    {
        var (from, size) = new PageRequest(offset, limit).Resolve(options.MaxPageSize);
        return TypedResults.Ok(Page<QuoteSummary>.Empty(from, size));
    }

    internal static Results<Ok<QuoteSummary>, NotFound> Get(string id) => TypedResults.NotFound();
}
