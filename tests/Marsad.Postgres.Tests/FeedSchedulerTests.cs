using Marsad.Feeds;
using Marsad.Ingest;
using Marsad.Language;
using Marsad.Storage;
using Marsad.Worker;
using NATS.Client.Core;
using NATS.Client.JetStream;

namespace Marsad.Tests;

/// <summary>The feed scheduler over a PostgreSQL registry, polling a feed site the test serves on 127.0.0.1 and
/// handing new items to a nats-server of the test's own.</summary>
[Collection(PostgresCollection.Name)]
public sealed class FeedSchedulerTests : IAsyncLifetime
{
    private readonly TestDatabase database;
    private readonly PostgresDocumentStore store;
    private readonly FeedServer site = new();
    private readonly NatsServer nats = new();
    private readonly NatsConnection connection;
    private readonly NatsJSContext js;

    public FeedSchedulerTests(PostgresServer postgres)
    {
        database = postgres.CreateDatabase();
        store = new PostgresDocumentStore(database.ConnectionString);
        connection = new NatsConnection(new NatsOpts { Url = nats.Url });
        js = new NatsJSContext(connection);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await connection.DisposeAsync();
        nats.Dispose();
        site.Dispose();
        store.Dispose();
        database.Dispose();
    }

    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    /// <summary>One scheduler with a store and a fetcher of its own, as on another machine; one round.</summary>
    private Task<FeedRunSummary> Schedule(TimeSpan hostInterval)
    {
        return Task.Run(async () =>
        {
            using var own = new PostgresDocumentStore(database.ConnectionString);
            var fetch = new FetchOptions { AllowPrivate = true, Retries = 0, PerHostDelay = TimeSpan.Zero, Timeout = TimeSpan.FromSeconds(10) };
            using var fetcher = new WebFetcher(fetch);
            var reader = new ArticleReader(new IngestOptions { Fetch = fetch }, fetcher, own);
            var sink = await JetStreamFeedSink.CreateAsync(js, CancellationToken.None);
            var options = new FeedSchedulerOptions(TimeSpan.FromMinutes(1), hostInterval, StopWhenIdle: true, IdleDelay: TimeSpan.FromMilliseconds(20));
            using var timeout = new CancellationTokenSource(Limit);
            return await new FeedScheduler(own, own, reader, new ScriptLanguageIdentifier(), sink, options).RunAsync(timeout.Token);
        });
    }

    private async Task<long> QueuedForProcessing() => (long)(await js.GetStreamAsync(PipelineStreams.Stream)).Info.State.Messages;

    /// <summary>Makes every feed due again now, as if its interval had passed.</summary>
    private void Due() => database.Execute("UPDATE feeds SET next_poll_at = now() - interval '1 second'");

    [Fact]
    public async Task Two_schedulers_hand_each_item_to_the_pipeline_exactly_once()
    {
        using var other = new FeedServer();
        foreach (var name in new[] { "a", "b", "c" }) store.AddFeed(new Uri(site.Feed(name, 5)), TimeSpan.FromMinutes(15));
        foreach (var name in new[] { "d", "e" }) store.AddFeed(new Uri(other.Feed(name, 5)), TimeSpan.FromMinutes(15));

        var summaries = await Task.WhenAll(Schedule(TimeSpan.FromMilliseconds(50)), Schedule(TimeSpan.FromMilliseconds(50)));

        Assert.Equal(5, summaries.Sum(s => s.Polls));
        Assert.Equal(25, summaries.Sum(s => s.Published));
        Assert.Equal(25, await QueuedForProcessing());
        Assert.Equal(25L, database.Scalar<long>("SELECT COUNT(*) FROM feed_items WHERE published_at IS NOT NULL"));
        Assert.Equal(25L, store.CountDocuments());
    }

    [Fact]
    public async Task A_host_is_asked_again_only_once_its_interval_has_passed_since_its_last_answer()
    {
        var interval = TimeSpan.FromMilliseconds(400);
        foreach (var name in new[] { "a", "b", "c", "d" }) store.AddFeed(new Uri(site.Feed(name, 1)), TimeSpan.FromMinutes(15));

        await Task.WhenAll(Schedule(interval), Schedule(interval));

        var requests = site.Requests.OrderBy(r => r.Arrived).ToList();
        Assert.Equal(4, requests.Count);
        // Both clocks are this machine's: the next request leaves after the host's next-request time, which is set
        // after the previous answer was read, so the gap is a lower bound whatever the load.
        for (int i = 1; i < requests.Count; i++)
            Assert.True(requests[i].Arrived - requests[i - 1].Answered >= interval,
                $"request {i} came {(requests[i].Arrived - requests[i - 1].Answered).TotalMilliseconds} ms after the previous answer");
    }

    [Fact]
    public async Task A_feed_polled_again_is_asked_with_its_etag_and_an_unchanged_one_hands_on_nothing()
    {
        store.AddFeed(new Uri(site.Feed("a", 3)), TimeSpan.FromMinutes(15));
        await Schedule(TimeSpan.Zero);
        Due();

        var again = await Schedule(TimeSpan.Zero);

        Assert.Equal((1, 0), (again.NotModified, again.Published));
        Assert.Equal((304, "\"a-3\""), (site.Requests[^1].Status, site.Requests[^1].IfNoneMatch));
        Assert.Equal(3, await QueuedForProcessing());
    }

    [Fact]
    public async Task Only_the_items_a_feed_added_since_its_last_poll_are_handed_on()
    {
        store.AddFeed(new Uri(site.Feed("a", 3)), TimeSpan.FromMinutes(15));
        await Schedule(TimeSpan.Zero);
        site.Feed("a", 2);
        Due();

        var again = await Schedule(TimeSpan.Zero);

        Assert.Equal(2, again.Published);
        Assert.Equal(5, await QueuedForProcessing());
        Assert.Equal(5, store.Feeds().Single().Items);
    }

    [Fact]
    public async Task A_malformed_feed_is_recorded_on_its_row_naming_it_and_the_other_feeds_are_polled()
    {
        var broken = store.AddFeed(new Uri(site.Url("/broken.xml")), TimeSpan.FromMinutes(15));
        store.AddFeed(new Uri(site.Feed("a", 2)), TimeSpan.FromMinutes(15));

        var summary = await Schedule(TimeSpan.Zero);

        Assert.Equal((1, 2), (summary.Failed, summary.Published));
        var row = store.Feeds().Single(f => f.Id == broken.Id);
        Assert.Equal(("error", 1), (row.LastStatus, row.Errors));
        Assert.StartsWith($"feed #{broken.Id} {site.Url("/broken.xml")}: not an RSS/Atom feed: the XML is malformed", row.LastError);
    }

    [Fact]
    public async Task An_unreachable_feed_url_is_recorded_on_its_row_naming_it()
    {
        using var gone = new FeedServer();
        var url = gone.Url("/feed/x.xml");
        gone.Dispose();
        var feed = store.AddFeed(new Uri(url), TimeSpan.FromMinutes(15));

        var summary = await Schedule(TimeSpan.Zero);

        Assert.Equal(1, summary.Failed);
        Assert.StartsWith($"feed #{feed.Id} {url}: cannot connect", store.Feeds().Single().LastError);
    }

    [Fact]
    public async Task A_missing_feed_is_recorded_with_its_http_status()
    {
        var feed = store.AddFeed(new Uri(site.Url("/feed/nothing-here.xml")), TimeSpan.FromMinutes(15));

        await Schedule(TimeSpan.Zero);

        Assert.Equal($"feed #{feed.Id} {site.Url("/feed/nothing-here.xml")}: HTTP 404 Not Found", store.Feeds().Single().LastError);
    }

    [Fact]
    public void Registering_a_feed_twice_keeps_one_row_with_the_new_interval()
    {
        var url = new Uri(site.Feed("a", 1));
        store.AddFeed(url, TimeSpan.FromMinutes(15));

        store.AddFeed(url, TimeSpan.FromMinutes(5));

        Assert.Equal(TimeSpan.FromMinutes(5), store.Feeds().Single().Interval);
    }
}
