using Marsad.Search;
using Marsad.Server.Library;
using Marsad.Server.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Marsad.Server.Documents;

public static class DocumentEndpoints
{
    public static RouteGroupBuilder MapDocuments(this IEndpointRouteBuilder routes, ServerOptions options)
    {
        var group = routes.MapGroup("/api/documents").WithTags("Documents").RequireReadKey(options);
        group.MapGet("/", List).WithName("ListDocuments")
            .WithSummary("Documents, newest first, with paging, sorting and filters by source, story and date range; in date order each page "
                + "gives a next cursor that starts after its last document (stable while documents are added).");
        group.MapGet("/{id:long}", Get).WithName("GetDocument")
            .WithSummary("One document: clean text, removed furniture, duplicates, its entities, places and story.");
        group.MapGet("/{id:long}/similar", Similar).WithName("SimilarDocuments")
            .WithSummary("Documents most like this one (more like this over title and body).");
        return group;
    }

    internal static Results<Ok<Page<DocumentSummary>>, ProblemHttpResult> List(
        [AsParameters] DocumentListQuery query, DocumentLibrary library, ServerOptions options)
    {
        if (!DocumentMapping.TryParseSort(query.Sort, out var sort) || sort == SearchSort.Relevance)
            return Problems.BadRequest($"sort must be one of: {DocumentMapping.SortValues}");
        var (from, to, dateError) = DateParameter.Range(query.From, query.To);
        if (dateError is not null) return Problems.BadRequest(dateError);
        var (offset, limit) = new PageRequest(query.Offset, query.Limit).Resolve(options.MaxPageSize);
        var after = PageCursor.ReadAfter(query.Cursor);
        if (query.Cursor is { Length: > 0 } && (after is null || !SearchIndex.IsDateSort(sort, hasText: false)))
            return Problems.BadRequest(PageCursor.Invalid);
        if (after is not null) offset = 0;
        var outcome = library.Index.Search(new SearchRequest(null)
        {
            After = after,
            Sources = string.IsNullOrEmpty(query.Source) ? [] : [query.Source],
            Story = query.Story,
            From = from,
            To = to,
            Offset = offset,
            Limit = limit,
            Sort = sort,
            Highlight = false,
        });
        var results = outcome.Results!;
        // With a cursor the total still counts every match; whether a next page exists is whether this one is full.
        bool more = after is null ? offset + results.Hits.Count < results.Total : results.Hits.Count == limit;
        return TypedResults.Ok(new Page<DocumentSummary>(results.Hits.Select(DocumentMapping.ToSummary).ToList(), results.Total, offset, limit)
        {
            Next = more && SearchIndex.IsDateSort(sort, hasText: false) && results.Hits is [.., var last] ? PageCursor.After(new DateKey(last.Date.UtcTicks, last.Id)) : null,
        });
    }

    internal static Results<Ok<DocumentDetail>, NotFound> Get(long id, DocumentLibrary library) =>
        library.Read(store => DocumentReader.Read(store, id)) is { } detail
            ? TypedResults.Ok(DocumentMapping.WithCollection(detail, library.Collection.Current()))
            : TypedResults.NotFound();

    internal static Results<Ok<IReadOnlyList<DocumentSummary>>, NotFound> Similar(long id, int? limit, DocumentLibrary library, ServerOptions options)
    {
        var hits = library.Index.MoreLikeThis(id, Math.Clamp(limit ?? 5, 1, options.MaxPageSize));
        return hits is null ? TypedResults.NotFound() : TypedResults.Ok<IReadOnlyList<DocumentSummary>>(hits.Select(DocumentMapping.ToSummary).ToList());
    }
}
