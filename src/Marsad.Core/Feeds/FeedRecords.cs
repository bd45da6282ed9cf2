namespace Marsad.Feeds;

/// <summary>A feed registered for polling, as <c>marsad feeds list</c> shows it.</summary>
/// <param name="LastError">Why the last poll failed (unreachable, HTTP status, malformed XML), or null after a good one.</param>
/// <param name="Errors">Failed polls in a row.</param>
public sealed record RegisteredFeed(
    long Id, string Url, string Host, TimeSpan Interval, DateTimeOffset NextPoll, DateTimeOffset? LastPolled,
    string? LastStatus, string? LastError, int Errors, int Items);

/// <summary>A feed one scheduler holds for one poll: no other scheduler polls it, nor any feed of its host, until
/// <see cref="Until"/> or until the poll is completed.</summary>
public sealed record FeedLease(long FeedId, string Url, string Host, string Owner, DateTimeOffset Until, TimeSpan Interval, string? ETag, string? LastModified);

/// <summary>How a poll ended, for the feed row.</summary>
/// <param name="Status">"ok", "not-modified" or "error".</param>
/// <param name="Error">What went wrong, naming the feed; null when it went well.</param>
public sealed record FeedPollOutcome(string Status, string? Error, string? ETag, string? LastModified, int NewItems);

/// <summary>What one scheduler did.</summary>
/// <param name="Published">New items stored and handed to the pipeline, each once across all schedulers.</param>
public sealed record FeedRunSummary(int Polls, int NotModified, int Failed, int Published, int ItemErrors);
