using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Marsad.Server.Security;

/// <summary>The API key rule, applied once per route group: writes always need the key configured at start; reads
/// need it only when <see cref="ServerOptions.RequireKeyForReads"/> is on.</summary>
public static class ApiKeys
{
    public static TBuilder RequireWriteKey<TBuilder>(this TBuilder builder, ServerOptions options) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) => Check(context.HttpContext, options) ?? await next(context));

    public static TBuilder RequireReadKey<TBuilder>(this TBuilder builder, ServerOptions options) where TBuilder : IEndpointConventionBuilder =>
        options.RequireKeyForReads ? builder.RequireWriteKey(options) : builder;

    /// <summary>Null when the request may go on, else the 401 problem to answer.</summary>
    internal static IResult? Check(HttpContext context, ServerOptions options)
    {
        var refused = Refusal(context, options);
        // A person at a browser gets the Arabic page; API clients keep the problem details.
        return refused is not null && Web.ErrorPages.WantsHtml(context.Request)
            ? TypedResults.Content(Web.ErrorPages.Page(StatusCodes.Status401Unauthorized), "text/html; charset=utf-8", Encoding.UTF8, StatusCodes.Status401Unauthorized)
            : refused;
    }

    private static IResult? Refusal(HttpContext context, ServerOptions options)
    {
        if (options.ApiKey is not { Length: > 0 } expected)
            return Problems.Unauthorized($"this server was started without an API key, so it accepts no writes (start it with --api-key or {ServerOptions.ApiKeyVariable})");
        var given = context.Request.Headers[ServerOptions.ApiKeyHeader].ToString();
        if (given.Length == 0) return Problems.Unauthorized($"send the API key in the {ServerOptions.ApiKeyHeader} header");
        return Matches(given, expected) ? null : Problems.Unauthorized($"the {ServerOptions.ApiKeyHeader} header does not hold this server's API key");
    }

    /// <summary>Constant-time comparison: the time taken says nothing about how much of the key was right.</summary>
    private static bool Matches(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
