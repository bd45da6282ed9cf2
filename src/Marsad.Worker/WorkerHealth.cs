using Marsad.Pipeline;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Metrics;

namespace Marsad.Worker;

/// <summary>What a readiness probe checks: each dependency's answer, null when it is fine, else why not.</summary>
public delegate Task<string?> ReadinessCheck(CancellationToken cancel);

/// <summary>
/// A worker's operations endpoints on a port of its own (Kestrel): <c>/healthz</c> is 200 while the process serves
/// (liveness: restart it when this fails), <c>/readyz</c> is 200 only when every check passes (connected to NATS,
/// PostgreSQL answers) and 503 with the reasons otherwise (readiness: send no work), and <c>/metrics</c> is the
/// <see cref="PipelineMetrics.MeterName"/> meter in Prometheus text through the OpenTelemetry exporter.
/// </summary>
public sealed class WorkerHealth : IAsyncDisposable
{
    private readonly WebApplication app;

    private WorkerHealth(WebApplication app) => this.app = app;

    public Uri Address => new(app.Urls.First());

    public static async Task<WorkerHealth> StartAsync(string address, int port, IReadOnlyDictionary<string, ReadinessCheck> checks, CancellationToken cancel)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://{address}:{port}");
        builder.Logging.ClearProviders();
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics.AddMeter(PipelineMetrics.MeterName).AddPrometheusExporter());
        var app = builder.Build();
        app.MapGet("/healthz", () => Results.Text("live\n"));
        app.MapGet("/readyz", async (CancellationToken request) =>
        {
            var failures = new List<string>();
            foreach (var (name, check) in checks)
            {
                string? problem;
                try
                {
                    using var timeout = CancellationTokenSource.CreateLinkedTokenSource(request);
                    timeout.CancelAfter(TimeSpan.FromSeconds(3));
                    problem = await check(timeout.Token).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    problem = e.Message;
                }
                if (problem is not null) failures.Add($"{name}: {problem}");
            }
            return failures.Count == 0
                ? Results.Text("ready\n")
                : Results.Text("not ready: " + string.Join("; ", failures) + "\n", statusCode: StatusCodes.Status503ServiceUnavailable);
        });
        app.MapPrometheusScrapingEndpoint("/metrics");
        await app.StartAsync(cancel).ConfigureAwait(false);
        return new WorkerHealth(app);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }
}
