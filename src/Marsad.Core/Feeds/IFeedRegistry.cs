namespace Marsad.Feeds;

/// <summary>
/// The registered feeds, shared by every scheduler: the store that holds the collection holds them too, so that feed
/// rows, their leases, host politeness and the items already seen are one state whichever process polls.
/// </summary>
public interface IFeedRegistry
{
    /// <summary>Registers a feed (an http or https URL) polled every <paramref name="interval"/>; a URL already
    /// registered keeps its row (its interval is updated).</summary>
    RegisteredFeed AddFeed(Uri url, TimeSpan interval);

    IReadOnlyList<RegisteredFeed> Feeds();

    /// <summary>Leases the feed most overdue whose host may be asked now, for <paramref name="lease"/>; its host is
    /// held for as long. Null when none is due, or every due one is leased or waits for its host.</summary>
    FeedLease? LeaseDueFeed(string owner, TimeSpan lease);

    /// <summary>Feeds whose poll is due, leased or not (zero: this round is done).</summary>
    int DueFeeds();

    /// <summary>Claims one item of a leased feed by its key: true when it was never seen, or seen and not yet handed
    /// to the pipeline (a poll that died half-way); false when it was handed on before.</summary>
    bool ClaimItem(FeedLease lease, byte[] itemKey, string? link);

    /// <summary>Marks a claimed item as handed on, with the document it became; false when it already was.</summary>
    bool ItemPublished(FeedLease lease, byte[] itemKey, long documentId);

    /// <summary>Ends a poll: records its outcome on the feed row, schedules the next poll, and frees the host until
    /// <paramref name="hostInterval"/> from now (the least time between two requests to one host).</summary>
    void CompletePoll(FeedLease lease, FeedPollOutcome outcome, TimeSpan hostInterval);
}
