using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marsad.Server;

/// <summary>RFC 7807 problem details for the errors handlers return themselves.</summary>
public static class Problems
{
    public static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "The request cannot be understood");

    public static ProblemHttpResult TooLarge(long limit) =>
        TypedResults.Problem($"the body is larger than the {limit} bytes this server accepts", statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request body too large");

    public static ProblemHttpResult Unprocessable(string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status422UnprocessableEntity, title: "The article cannot be processed", extensions: extensions);

    public static ProblemHttpResult Unauthorized(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status401Unauthorized, title: "API key required");
}
