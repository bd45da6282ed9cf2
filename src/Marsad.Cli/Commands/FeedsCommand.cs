using System.CommandLine;
using System.Globalization;
using Marsad.Feeds;
using Marsad.Ingest;
using Marsad.Language;
using Marsad.Storage;
using Marsad.Worker;
using NATS.Client.Core;
using NATS.Client.JetStream;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad feeds add URL --db DB</c>, <c>marsad feeds list --db DB</c> and <c>marsad feeds run --db DB
/// [--nats URL]</c>: the registered feeds and the scheduler that polls them (see <see cref="FeedScheduler"/>). Run as
/// many schedulers as wanted: they share the feed rows, so no two fetch the same feed or item.</summary>
public static class FeedsCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var feeds = new Command("feeds", "Register RSS/Atom feeds and poll them into the pipeline (shared by all schedulers).");
        feeds.Subcommands.Add(Add(output, error));
        feeds.Subcommands.Add(List(output, error));
        feeds.Subcommands.Add(Run(output, error));
        return feeds;
    }

    private static Option<string> Database() => new("--db")
    {
        Description = "The PostgreSQL store that holds the feed registry, as postgres://user:password@host:port/database.",
        Required = true,
    };

    private static Command Add(TextWriter output, TextWriter error)
    {
        var db = Database();
        var url = new Argument<string>("url") { Description = "The feed's http or https URL." };
        var every = new Option<double>("--every") { Description = "Seconds between two polls of the feed.", DefaultValueFactory = _ => 900 };
        var command = new Command("add", "Register a feed (a URL already registered keeps its row and takes the new interval).") { url, db, every };
        command.SetAction(parse =>
        {
            if (Registry("feeds add", parse.GetRequiredValue(db), error) is not { } store) return MarsadCli.UsageError;
            using (store)
            {
                if (!Uri.TryCreate(parse.GetRequiredValue(url), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                {
                    error.WriteLine($"marsad: feeds add: '{parse.GetRequiredValue(url)}' is not an absolute http or https URL");
                    return MarsadCli.UsageError;
                }
                var feed = store.AddFeed(uri, TimeSpan.FromSeconds(parse.GetValue(every)));
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"feed #{feed.Id} {feed.Url} every {feed.Interval.TotalSeconds:0} s"));
                return MarsadCli.Success;
            }
        });
        return command;
    }

    private static Command List(TextWriter output, TextWriter error)
    {
        var db = Database();
        var command = new Command("list", "The registered feeds: when each is polled next, its last outcome and error, and items handed on.") { db };
        command.SetAction(parse =>
        {
            if (Registry("feeds list", parse.GetRequiredValue(db), error) is not { } store) return MarsadCli.UsageError;
            using (store)
            {
                foreach (var f in store.Feeds())
                {
                    string errors = f.LastError is null ? "" : $"\terrors {f.Errors}: {f.LastError}";
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"#{f.Id}\t{f.Url}\tevery {f.Interval.TotalSeconds:0} s\tnext {f.NextPoll:u}\t{f.LastStatus ?? "never polled"}\titems {f.Items}{errors}"));
                }
                return MarsadCli.Success;
            }
        });
        return command;
    }

    private static Command Run(TextWriter output, TextWriter error)
    {
        var db = Database();
        var nats = new Option<string?>("--nats") { Description = "Hand new items to the JetStream pipeline (marsad worker) at this NATS server; without it they are only stored, for 'marsad process'." };
        var hostInterval = new Option<double>("--host-interval") { Description = "Least seconds between the end of one poll of a host and the next request to it, across all schedulers.", DefaultValueFactory = _ => 5 };
        var lease = new Option<double>("--lease") { Description = "Seconds a scheduler holds a feed (and its host) for one poll; a scheduler that dies frees it then.", DefaultValueFactory = _ => 300 };
        var untilIdle = new Option<bool>("--until-idle") { Description = "Stop once no feed is due (one round), instead of running until Ctrl+C." };
        var allowPrivate = new Option<bool>("--allow-private") { Description = "Allow feeds on loopback, link-local and private addresses (intranets, tests)." };
        var healthPort = new Option<int?>("--health-port") { Description = "Serve /healthz, /readyz (the database, and NATS when given, answer) and /metrics (Prometheus) on this port." };
        var healthAddress = new Option<string>("--health-address") { Description = "The address the health port listens on.", DefaultValueFactory = _ => "0.0.0.0" };
        var command = new Command("run", "Poll the registered feeds when due and hand their new items to the pipeline.") { db, nats, hostInterval, lease, untilIdle, allowPrivate, healthPort, healthAddress };
        command.SetAction(async (parse, cancel) =>
        {
            if (Registry("feeds run", parse.GetRequiredValue(db), error) is not { } store) return MarsadCli.UsageError;
            using (store)
            {
                var fetch = new FetchOptions { AllowPrivate = parse.GetValue(allowPrivate), PerHostDelay = TimeSpan.FromSeconds(parse.GetValue(hostInterval)) };
                using var fetcher = new WebFetcher(fetch);
                var reader = new ArticleReader(new IngestOptions { Fetch = fetch }, fetcher, store);
                var options = new FeedSchedulerOptions(TimeSpan.FromSeconds(parse.GetValue(lease)), TimeSpan.FromSeconds(parse.GetValue(hostInterval)), parse.GetValue(untilIdle));
                NatsConnection? connection = parse.GetValue(nats) is { } url ? new NatsConnection(new NatsOpts { Url = url }) : null;
                using var metrics = new Marsad.Pipeline.PipelineMetrics();
                WorkerHealth? health = null;
                try
                {
                    if (parse.GetValue(healthPort) is { } port)
                    {
                        var checks = new Dictionary<string, ReadinessCheck> { ["postgres"] = async c => { await store.PingAsync(c); return null; } };
                        if (connection is not null)
                            checks["nats"] = _ => Task.FromResult(connection.ConnectionState == NatsConnectionState.Open ? null : $"not connected ({connection.ConnectionState})");
                        health = await WorkerHealth.StartAsync(parse.GetRequiredValue(healthAddress), port, checks, cancel);
                    }
                    IFeedItemSink? sink = connection is null ? null : await JetStreamFeedSink.CreateAsync(new NatsJSContext(connection), cancel);
                    var summary = await new FeedScheduler(store, store, reader, new LinguaLanguageIdentifier(), sink, options, metrics).RunAsync(cancel);
                    output.WriteLine($"feeds: {summary.Polls} polls, {summary.NotModified} not modified, {summary.Failed} failed, {summary.Published} new items handed on, {summary.ItemErrors} item errors");
                    return summary.Failed == 0 ? MarsadCli.Success : MarsadCli.SomeInputsFailed;
                }
                catch (OperationCanceledException)
                {
                    return MarsadCli.Success;
                }
                finally
                {
                    if (health is not null) await health.DisposeAsync();
                    if (connection is not null) await connection.DisposeAsync();
                }
            }
        });
        return command;
    }

    /// <summary>The PostgreSQL store holding the registry, or null after saying why not.</summary>
    private static PostgresDocumentStore? Registry(string verb, string database, TextWriter error)
    {
        if (StoreFactory.IsServer(database)) return new PostgresDocumentStore(StoreFactory.ConnectionString(database));
        error.WriteLine($"marsad: {verb}: the feed registry is shared by all schedulers and kept in a PostgreSQL store: give --db postgres://… ('{database}' is an SQLite file; to read a feed into it once, use 'marsad ingest URL --db {database}')");
        return null;
    }
}
