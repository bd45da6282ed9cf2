using System.Globalization;
using System.Text.Json;
using Marsad.Ingest;
using Marsad.Server.Library;
using Marsad.Server.Security;
using Marsad.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Marsad.Server.Ingest;

public static class IngestEndpoints
{
    public static RouteGroupBuilder MapIngest(this IEndpointRouteBuilder routes, ServerOptions options)
    {
        var group = routes.MapGroup("/api/ingest").WithTags("Ingest").RequireWriteKey(options);
        group.MapPost("/", Ingest).WithName("Ingest")
            .WithSummary("Runs one article through the pipeline (store, text core, index). Needs the X-Api-Key header.")
            .Accepts<IngestRequest>("application/json")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        return group;
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    internal static async Task<Results<Created<IngestResponse>, Ok<IngestResponse>, ProblemHttpResult>> Ingest(
        HttpRequest request, DocumentLibrary library, ServerOptions options, CancellationToken cancel)
    {
        var (body, tooLarge) = await ReadCapped(request, options.MaxIngestBytes, cancel);
        if (tooLarge) return Problems.TooLarge(options.MaxIngestBytes);
        IngestRequest? article;
        try
        {
            article = JsonSerializer.Deserialize<IngestRequest>(body, Json);
        }
        catch (JsonException e)
        {
            return Problems.BadRequest($"the body is not the JSON of an article ({e.Message})");
        }
        if (article is null) return Problems.BadRequest("the body is empty; send {\"title\", \"text\", \"url\", \"published\", \"source\"} or {\"url\"}");

        var (ingested, error) = string.IsNullOrWhiteSpace(article.Text) ? await Fetch(article, options, cancel) : FromBody(article);
        if (ingested is null) return error!;
        var outcome = library.Pipeline.Run(ingested);
        var response = new IngestResponse(outcome.DocumentId, StatusName(outcome.Status), outcome.Analysed,
            $"/api/documents/{outcome.DocumentId.ToString(CultureInfo.InvariantCulture)}");
        if (!outcome.Analysed)
            return Problems.Unprocessable($"stored as document {outcome.DocumentId}, but not analysed: {outcome.Reason}",
                new Dictionary<string, object?> { ["documentId"] = outcome.DocumentId });
        return outcome.Status is StoreStatus.Stored or StoreStatus.NewVersion ? TypedResults.Created(response.Location, response) : TypedResults.Ok(response);
    }

    private static (IngestedArticle?, ProblemHttpResult?) FromBody(IngestRequest article)
    {
        DateTimeOffset? published = null;
        if (!string.IsNullOrWhiteSpace(article.Published))
        {
            if (!LenientDates.TryParse(article.Published, out var date)) return (null, Problems.BadRequest($"published '{article.Published}' is not a date"));
            published = date;
        }
        var url = string.IsNullOrWhiteSpace(article.Url) ? null : article.Url.Trim();
        if (url is not null && !IsWebAddress(url)) return (null, Problems.BadRequest("url must be an absolute http or https address"));
        var text = article.Text!;
        // Without a URL, the content itself names the location: posting it again is recognised as the same article.
        var locator = url ?? $"api:{ContentHash.ToHex(ContentHash.Of(text))}";
        return (new IngestedArticle(locator, "api", text)
        {
            Title = string.IsNullOrWhiteSpace(article.Title) ? null : article.Title.Trim(),
            Url = url,
            Published = published,
            SiteName = string.IsNullOrWhiteSpace(article.Source) ? null : article.Source.Trim(),
        }, null);
    }

    private static async Task<(IngestedArticle?, ProblemHttpResult?)> Fetch(IngestRequest article, ServerOptions options, CancellationToken cancel)
    {
        if (string.IsNullOrWhiteSpace(article.Url) || !IsWebAddress(article.Url.Trim()))
            return (null, Problems.BadRequest("send the article's text, or an absolute http(s) url for the server to fetch"));
        using var fetcher = new WebFetcher(options.Fetch);
        var reader = new ArticleReader(new IngestOptions { Fetch = options.Fetch }, fetcher);
        await foreach (var item in reader.ReadUrlAsync(new Uri(article.Url.Trim()), cancel))
        {
            if (item.Article is { } found)
                return (found with { Title = found.Title ?? article.Title, SiteName = found.SiteName ?? article.Source }, null);
            if (item.Error is { } error) return (null, Problems.Unprocessable($"{error.Source}: {error.Reason}"));
        }
        return (null, Problems.Unprocessable("the address gave no article (a feed? ingest its items one by one)"));
    }

    private static bool IsWebAddress(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    /// <summary>Reads at most <paramref name="limit"/> bytes; a declared or actual length beyond it is refused
    /// without reading the rest.</summary>
    private static async Task<(byte[] Body, bool TooLarge)> ReadCapped(HttpRequest request, long limit, CancellationToken cancel)
    {
        if (request.ContentLength > limit) return ([], true);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancel)) > 0)
        {
            if (buffer.Length + read > limit) return ([], true);
            buffer.Write(chunk, 0, read);
        }
        return (buffer.ToArray(), false);
    }

    private static string StatusName(StoreStatus status) => status switch
    {
        StoreStatus.Stored => "stored",
        StoreStatus.NewVersion => "new-version",
        StoreStatus.NewLocation => "new-location",
        _ => "unchanged",
    };
}
