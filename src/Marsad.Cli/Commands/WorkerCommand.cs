using System.CommandLine;
using System.Globalization;
using Marsad.Language;
using Marsad.Pipeline;
using Marsad.Storage;
using Marsad.Worker;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Console;
using NATS.Client.Core;
using NATS.Client.JetStream;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad worker --db DB --nats URL [--stages process,collection]</c>: one worker of the JetStream pipeline
/// (see <see cref="PipelineWorker"/>); <c>marsad enqueue --db DB --nats URL</c> queues the stored documents not
/// processed yet. Run as many workers, on as many machines, as the load needs.</summary>
public static class WorkerCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var db = new Option<string>("--db") { Description = StoreInputs.DatabaseDescription + " Workers share it: give a PostgreSQL store.", Required = true };
        var nats = new Option<string>("--nats") { Description = "The NATS server with JetStream, e.g. nats://127.0.0.1:4222.", Required = true };
        var stages = new Option<string>("--stages") { Description = $"The stages this worker runs, comma-separated: {string.Join(", ", PipelineStreams.Stages)} (process = text core and dedup; place = a processed document into the last collection run's stories, by the story index of a PostgreSQL store; collection = entities, facts, stories over the whole collection).", DefaultValueFactory = _ => string.Join(",", PipelineStreams.Stages) };
        var attempts = new Option<int>("--max-attempts") { Description = "Deliveries of one message before it goes to the dead-letter stream.", DefaultValueFactory = _ => 5 };
        var batch = new Option<int>("--batch") { Description = "Documents fetched at once (also the page-furniture context, as one 'marsad process' run).", DefaultValueFactory = _ => 32 };
        var ackWait = new Option<double>("--ack-wait") { Description = "Seconds before a message a worker took and did not acknowledge (it died) is delivered again.", DefaultValueFactory = _ => 300 };
        var untilIdle = new Option<bool>("--until-idle") { Description = "Stop once nothing is pending or unacknowledged, instead of running until Ctrl+C." };
        var healthPort = new Option<int?>("--health-port") { Description = "Serve /healthz (live), /readyz (connected to NATS and the database) and /metrics (Prometheus) on this port." };
        var healthAddress = new Option<string>("--health-address") { Description = "The address the health port listens on.", DefaultValueFactory = _ => "0.0.0.0" };
        var logFormat = new Option<string>("--log") { Description = "Log lines on standard error: json (one object a line, with stage, message id and document as scopes), text, or none.", DefaultValueFactory = _ => "json" };
        logFormat.AcceptOnlyFromAmong("json", "text", "none");
        var replicas = new Option<int?>("--replicas") { Description = "Servers of the NATS cluster that keep each stream (3 on a cluster of three); unset keeps what the streams have." };
        var worker = new Command("worker", "Run pipeline stages as a JetStream worker over a shared store.") { db, nats, stages, attempts, batch, ackWait, untilIdle, healthPort, healthAddress, logFormat, replicas };
        worker.SetAction((parse, cancel) => RunAsync(parse.GetRequiredValue(db), parse.GetRequiredValue(nats),
            new WorkerOptions(parse.GetRequiredValue(stages).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                parse.GetValue(attempts), parse.GetValue(batch), AckWait: TimeSpan.FromSeconds(parse.GetValue(ackWait)), StopWhenIdle: parse.GetValue(untilIdle))
            { StreamReplicas = parse.GetValue(replicas) },
            output, error, cancel, new WorkerOperations(parse.GetValue(healthPort), parse.GetRequiredValue(healthAddress), parse.GetRequiredValue(logFormat))));
        return worker;
    }

    public static Command CreateEnqueue(TextWriter output, TextWriter error)
    {
        var db = new Option<string>("--db") { Description = StoreInputs.DatabaseDescription, Required = true };
        var nats = new Option<string>("--nats") { Description = "The NATS server with JetStream, e.g. nats://127.0.0.1:4222.", Required = true };
        var command = new Command("enqueue", "Queue the stored documents not processed yet for 'marsad worker'.") { db, nats };
        command.SetAction((parse, cancel) => EnqueueAsync(parse.GetRequiredValue(db), parse.GetRequiredValue(nats), output, cancel));
        return command;
    }

    /// <summary>How a worker is watched: the health port (none when null) and the log format.</summary>
    public sealed record WorkerOperations(int? HealthPort = null, string HealthAddress = "0.0.0.0", string Log = "none");

    public static async Task<int> RunAsync(string database, string natsUrl, WorkerOptions options, TextWriter output, TextWriter error, CancellationToken cancel,
        WorkerOperations? operations = null)
    {
        operations ??= new WorkerOperations();
        var unknown = options.Stages.Except(PipelineStreams.Stages, StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            error.WriteLine($"marsad: worker: unknown stage {string.Join(", ", unknown)} (known: {string.Join(", ", PipelineStreams.Stages)})");
            return MarsadCli.UsageError;
        }
        using var store = StoreFactory.Open(database);
        await using var connection = new NatsConnection(new NatsOpts { Url = natsUrl });
        using var logging = Logging(operations.Log);
        using var metrics = new PipelineMetrics();
        var worker = new PipelineWorker(store, new NatsJSContext(connection), new DocumentAnalyzer(new LinguaLanguageIdentifier()), options,
            metrics, logging.CreateLogger("Marsad.Worker"));
        WorkerHealth? health = null;
        WorkerSummary summary;
        try
        {
            if (operations.HealthPort is { } port)
                health = await WorkerHealth.StartAsync(operations.HealthAddress, port, new Dictionary<string, ReadinessCheck>
                {
                    ["nats"] = _ => Task.FromResult(connection.ConnectionState == NatsConnectionState.Open ? null : $"not connected to {natsUrl} ({connection.ConnectionState})"),
                    ["postgres"] = async c =>
                    {
                        if (store is PostgresDocumentStore server) await server.PingAsync(c);
                        return null;
                    },
                }, cancel);
            summary = await worker.RunAsync(cancel);
        }
        catch (OperationCanceledException)
        {
            return MarsadCli.Success;
        }
        finally
        {
            if (health is not null) await health.DisposeAsync();
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"worker: processed {summary.Processed}, skipped {summary.Skipped}, already done {summary.AlreadyDone}, retried {summary.Retried}, dead-lettered {summary.DeadLettered}, placed {summary.Placed}, collection runs {summary.CollectionRuns}"));
        return summary.DeadLettered == 0 ? MarsadCli.Success : MarsadCli.SomeInputsFailed;
    }

    public static async Task<int> EnqueueAsync(string database, string natsUrl, TextWriter output, CancellationToken cancel)
    {
        using var store = StoreFactory.Open(database);
        await using var connection = new NatsConnection(new NatsOpts { Url = natsUrl });
        int queued = await PipelineWorker.EnqueuePendingAsync(store, new NatsJSContext(connection), cancel);
        output.WriteLine($"enqueue: {queued} documents queued for processing");
        return MarsadCli.Success;
    }

    /// <summary>Log lines on standard error (standard output keeps the command's own result).</summary>
    private static ILoggerFactory Logging(string format) => LoggerFactory.Create(builder =>
    {
        if (format == "none") return;
        builder.SetMinimumLevel(LogLevel.Information);
        if (format == "json")
            builder.AddJsonConsole(o =>
            {
                o.IncludeScopes = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
                o.UseUtcTimestamp = true;
            });
        else builder.AddSimpleConsole(o => o.IncludeScopes = true);
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
    });
}
