using Marsad.Server.Library;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Marsad.Server.Health;

public sealed record HealthStatus(string Status);

/// <summary>Readiness: the store answers and the index can be searched.</summary>
public sealed record ReadyStatus(string Status, long Documents, int Indexed);

public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/health", Health).WithTags("Health").WithName("Health").WithSummary("Liveness: the process answers.");
        routes.MapGet("/ready", Ready).WithTags("Health").WithName("Ready").WithSummary("Readiness: the store and the index answer.");
        return routes;
    }

    internal static Ok<HealthStatus> Health() => TypedResults.Ok(new HealthStatus("ok"));

    internal static Results<Ok<ReadyStatus>, ProblemHttpResult> Ready(DocumentLibrary library)
    {
        try
        {
            long documents = library.Read(store => store.CountDocuments());
            return TypedResults.Ok(new ReadyStatus("ready", documents, library.Index.Count));
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or Microsoft.Data.Sqlite.SqliteException or ObjectDisposedException)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Not ready");
        }
    }
}
