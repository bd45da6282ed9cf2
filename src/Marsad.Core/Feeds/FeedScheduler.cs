using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Marsad.Ingest;
using Marsad.Language;
using Marsad.Storage;

namespace Marsad.Feeds;

/// <summary>Where a scheduler hands a newly stored item on (the pipeline's queue); without one, items are only
/// stored, for <c>marsad process</c>.</summary>
public interface IFeedItemSink
{
    Task PublishAsync(long documentId, string contentHash, CancellationToken cancel);
}

/// <summary>How a scheduler runs.</summary>
/// <param name="Lease">How long a feed (and its host) is held for one poll; a scheduler that dies frees it then.</param>
/// <param name="HostInterval">Least time between the end of one poll of a host and the next request to it, across
/// all schedulers.</param>
/// <param name="StopWhenIdle">Return once no feed is due (one round), instead of running until cancelled.</param>
public sealed record FeedSchedulerOptions(TimeSpan Lease, TimeSpan HostInterval, bool StopWhenIdle = false, TimeSpan? IdleDelay = null)
{
    public static FeedSchedulerOptions Default { get; } = new(TimeSpan.FromMinutes(5), TimeSpan.FromSeconds(5));
    public TimeSpan Idle => IdleDelay ?? TimeSpan.FromSeconds(1);
}

/// <summary>
/// Polls the registered feeds and hands their new items to the pipeline, shared by any number of schedulers: each
/// poll holds a lease on its feed row and on its host (<see cref="IFeedRegistry.LeaseDueFeed"/>), so no two
/// schedulers fetch the same feed or hit one host at once; a feed is fetched with its ETag and Last-Modified
/// (conditional GET); an item is claimed by its key (feed id and the item's id, else its link) before it is stored,
/// and handed on only when its content is new to the store, so each item reaches the pipeline once. A feed that
/// cannot be fetched or parsed is recorded on its row with the reason, and the scheduler goes on.
/// </summary>
public sealed class FeedScheduler(IFeedRegistry registry, IDocumentStore store, ArticleReader reader, ILanguageIdentifier languages,
    IFeedItemSink? sink, FeedSchedulerOptions options, Pipeline.PipelineMetrics? metrics = null)
{
    public const string Stage = "feeds";

    private readonly string owner = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";
    private int polls, notModified, failed, published, itemErrors;

    public async Task<FeedRunSummary> RunAsync(CancellationToken cancel = default)
    {
        while (!cancel.IsCancellationRequested)
        {
            if (registry.LeaseDueFeed(owner, options.Lease) is { } lease)
            {
                await PollAsync(lease, cancel).ConfigureAwait(false);
                continue;
            }
            if (options.StopWhenIdle && registry.DueFeeds() == 0) break;
            await Task.Delay(options.Idle, cancel).ConfigureAwait(false);
        }
        return new FeedRunSummary(polls, notModified, failed, published, itemErrors);
    }

    private async Task PollAsync(FeedLease lease, CancellationToken cancel)
    {
        polls++;
        var known = lease.ETag is null && lease.LastModified is null ? null : new Validators(lease.ETag, lease.LastModified);
        var fetch = await reader.FetchFeedAsync(new Uri(lease.Url), known, cancel).ConfigureAwait(false);
        if (fetch.Error is not null)
        {
            failed++;
            metrics?.Error(Stage, "feed");
            var error = $"feed #{lease.FeedId} {lease.Url}: {fetch.Error}";
            registry.CompletePoll(lease, new FeedPollOutcome("error", error, lease.ETag, lease.LastModified, 0), options.HostInterval);
            using var writer = store.BeginWrite();
            writer.Log(owner, lease.Url, "error", error);
            writer.Commit();
            return;
        }
        if (fetch.NotModified)
        {
            notModified++;
            registry.CompletePoll(lease, new FeedPollOutcome("not-modified", null, lease.ETag, lease.LastModified, 0), options.HostInterval);
            return;
        }

        var claimed = new List<(byte[] Key, IngestedArticle Article)>();
        var problems = new List<(string Source, string Reason)>();
        for (int i = 0; i < fetch.Entries.Count; i++)
        {
            var entry = fetch.Entries[i];
            var key = ItemKey(lease.FeedId, entry);
            if (key is null) { problems.Add(($"{lease.Url}#{i + 1}", "feed item has no id, link or title")); continue; }
            if (!registry.ClaimItem(lease, key, entry.Link)) continue;
            metrics?.In(Stage);
            // Claimed items stay unpublished until stored and handed on: a failed one is tried again next poll.
            var item = FeedParser.ToArticle(entry, i) is { } inFeed ? IngestItem.Ok(inFeed)
                : entry.Link is not null ? await reader.FetchEntryAsync(entry, cancel).ConfigureAwait(false)
                : IngestItem.Fail($"{lease.Url}#{i + 1}", "feed item has neither content nor a link");
            if (item.Article is { } article) claimed.Add((key, article));
            else if (item.Error is { } error) problems.Add((error.Source, error.Reason));
        }

        var stored = new List<(byte[] Key, long Document, bool New)>();
        using (var writer = store.BeginWrite())
        {
            foreach (var (key, article) in claimed)
            {
                var outcome = writer.Put(article, languages.Identify(article.Text));
                stored.Add((key, outcome.DocumentId, outcome.Status is StoreStatus.Stored or StoreStatus.NewVersion));
            }
            foreach (var (source, reason) in problems) writer.Log(owner, source, "error", $"feed #{lease.FeedId} {lease.Url}: {reason}");
            writer.Commit();
        }
        itemErrors += problems.Count;
        foreach (var _ in problems) metrics?.Error(Stage, "item");
        int fresh = 0;
        foreach (var (key, document, isNew) in stored)
        {
            // Content another feed or an earlier ingest brought is in the pipeline already: only new content goes on.
            if (isNew && sink is not null && store.GetDocument(document) is { } d)
                await sink.PublishAsync(document, d.ContentHash, cancel).ConfigureAwait(false);
            if (registry.ItemPublished(lease, key, document) && isNew)
            {
                fresh++;
                metrics?.Out(Stage, "published");
            }
        }
        published += fresh;
        registry.CompletePoll(lease, new FeedPollOutcome("ok", null, fetch.Validators?.ETag, fetch.Validators?.LastModified, fresh), options.HostInterval);
    }

    /// <summary>An item's key: the first 16 bytes of SHA-256 over the feed id and the item's id, else its link, else
    /// its title and date; null when it has none of them.</summary>
    public static byte[]? ItemKey(long feedId, FeedEntry entry)
    {
        string? identity = entry.ItemId ?? entry.Link
            ?? (entry.Title is { Length: > 0 } title ? title + "\n" + entry.Published?.ToString("O", CultureInfo.InvariantCulture) : null);
        return identity is null ? null : SHA256.HashData(Encoding.UTF8.GetBytes($"{feedId}\n{identity}"))[..16];
    }
}
