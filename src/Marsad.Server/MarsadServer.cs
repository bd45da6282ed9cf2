using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using Marsad.Server.Documents;
using Marsad.Server.Entities;
using Marsad.Server.Events;
using Marsad.Server.Health;
using Marsad.Server.Ingest;
using Marsad.Server.Library;
using Marsad.Server.Quotes;
using Marsad.Server.Search;
using Marsad.Server.Stories;
using Marsad.Server.Topics;
using Marsad.Server.Web;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Marsad.Server;

/// <summary><c>marsad serve</c>: the HTTP API, its OpenAPI document and the Arabic web interface over one store and
/// its index. This file only wires; each resource maps itself from its feature folder.</summary>
public static class MarsadServer
{
    /// <summary>Builds the application (not started). <paramref name="library"/> is opened from the options when not given.</summary>
    public static WebApplication Build(ServerOptions options, DocumentLibrary? library = null, Action<ILoggingBuilder>? logging = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(MarsadServer).Assembly.GetName().Name });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        builder.Logging.ClearProviders();
        logging?.Invoke(builder.Logging);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(library ?? new DocumentLibrary(options));
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi(openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Marsad API";
            document.Info.Description = "Arabic news intelligence: documents, search, and (as they land) stories, topics, entities, events and quotes. "
                + $"Writes need the {ServerOptions.ApiKeyHeader} header.";
            return Task.CompletedTask;
        }));
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            // Arabic stays readable in JSON (the API never serves JSON as HTML).
            json.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
        });

        var app = builder.Build();
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = ErrorPages.WriteExceptionAsync });
        app.UseStatusCodePages(ErrorPages.WriteStatusAsync);
        app.Use(async (context, next) =>
        {
            // How long the server spent on the request, for the benchmarks and the browser's developer tools.
            long started = System.Diagnostics.Stopwatch.GetTimestamp();
            context.Response.OnStarting(() =>
            {
                var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                context.Response.Headers["Server-Timing"] = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"app;dur={elapsed:0.###}");
                return Task.CompletedTask;
            });
            // Nothing on these pages comes from elsewhere, and nothing inline runs.
            context.Response.Headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'";
            context.Response.Headers.XContentTypeOptions = "nosniff";
            await next(context);
        });

        app.MapOpenApi();
        app.MapHealth();
        app.MapDocuments(options);
        app.MapSearch(options);
        app.MapIngest(options);
        app.MapStories(options);
        app.MapTopics(options);
        app.MapEntities(options);
        app.MapEvents(options);
        app.MapQuotes(options);
        app.MapWebPages(options);
        app.Lifetime.ApplicationStopped.Register(() => app.Services.GetRequiredService<DocumentLibrary>().Dispose());
        return app;
    }

    /// <summary>The addresses the started application listens on (with the real port when 0 was asked for).</summary>
    public static IReadOnlyList<string> Addresses(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];
}
