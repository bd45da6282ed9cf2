using System.Diagnostics;
using System.Net;
using Marsad.Cli.Commands;
using Marsad.Worker;

namespace Marsad.Tests;

/// <summary><c>marsad worker --health-port</c>: liveness, readiness that follows NATS, and the metrics endpoint.</summary>
[Collection(PostgresCollection.Name)]
public sealed class WorkerHealthTests(PostgresServer postgres) : IDisposable
{
    private readonly TestDatabase database = postgres.CreateDatabase();
    private readonly NatsServer nats = new();
    private readonly HttpClient http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private readonly int port = PostgresServer.FreePort();

    public void Dispose()
    {
        http.Dispose();
        nats.Dispose();
        database.Dispose();
    }

    private async Task<(HttpStatusCode Status, string Body)> Get(string path)
    {
        try
        {
            using var response = await http.GetAsync($"http://127.0.0.1:{port}{path}");
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        }
        catch (HttpRequestException)
        {
            return (0, "not listening");
        }
    }

    /// <summary>Asks until the answer has <paramref name="status"/> (and says <paramref name="saying"/>); the limit
    /// only ends a test that is failing.</summary>
    private async Task<(HttpStatusCode Status, string Body)> Until(string path, HttpStatusCode status, string saying = "")
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var answer = await Get(path);
            if ((answer.Status == status && answer.Body.Contains(saying, StringComparison.Ordinal)) || clock.Elapsed > TimeSpan.FromSeconds(60)) return answer;
            await Task.Delay(100);
        }
    }

    private Task<int> StartWorker(CancellationToken cancel) => Task.Run(() => WorkerCommand.RunAsync(database.Url, nats.Url,
        new WorkerOptions(PipelineStreams.Stages), TextWriter.Null, TextWriter.Null, cancel, new WorkerCommand.WorkerOperations(port, "127.0.0.1")));

    [Fact]
    public async Task Readyz_is_200_once_the_worker_is_connected_and_503_naming_nats_when_nats_is_gone()
    {
        using var stop = new CancellationTokenSource();
        var worker = StartWorker(stop.Token);

        var ready = await Until("/readyz", HttpStatusCode.OK);
        nats.Kill();
        var gone = await Until("/readyz", HttpStatusCode.ServiceUnavailable);
        var live = await Get("/healthz");
        stop.Cancel();
        await worker;

        Assert.Equal((HttpStatusCode.OK, "ready\n"), ready);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, gone.Status);
        Assert.StartsWith($"not ready: nats: not connected to {nats.Url}", gone.Body);
        Assert.Equal((HttpStatusCode.OK, "live\n"), live);
    }

    [Fact]
    public async Task Metrics_are_served_in_prometheus_text_with_the_consumer_lag()
    {
        using var stop = new CancellationTokenSource();
        var worker = StartWorker(stop.Token);

        await Until("/readyz", HttpStatusCode.OK);
        var metrics = await Until("/metrics", HttpStatusCode.OK, "marsad_pipeline_consumer_lag");
        stop.Cancel();
        await worker;

        Assert.Contains("marsad_pipeline_consumer_lag{", metrics.Body);
        Assert.Contains("consumer=\"process\"", metrics.Body);
        Assert.Contains("# TYPE marsad_pipeline_consumer_lag gauge", metrics.Body);
    }
}
