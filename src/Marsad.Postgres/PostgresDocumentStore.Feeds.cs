using System.Globalization;
using Marsad.Feeds;
using Npgsql;

namespace Marsad.Storage;

public sealed partial class PostgresDocumentStore : IFeedRegistry
{
    private const string FeedColumns = """
        f.id, f.url, f.host, f.interval_seconds, f.next_poll_at, f.last_polled_at, f.last_status, f.last_error, f.errors,
        (SELECT COUNT(*) FROM feed_items i WHERE i.feed_id = f.id AND i.published_at IS NOT NULL)
        """;

    public RegisteredFeed AddFeed(Uri url, TimeSpan interval)
    {
        if (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https"))
            throw new ArgumentException($"feed URL '{url.OriginalString}' is not an absolute http or https URL", nameof(url));
        string host = HostOf(url);
        using var connection = Open();
        using var transaction = connection.BeginTransaction();
        using (var hostRow = Command(connection, "INSERT INTO feed_hosts(host, next_request_at) VALUES ($1, now()) ON CONFLICT DO NOTHING", host))
            hostRow.ExecuteNonQuery();
        using (var feed = Command(connection, """
            INSERT INTO feeds(url, host, interval_seconds, next_poll_at, added_at) VALUES ($1, $2, $3, now(), now())
            ON CONFLICT(url) DO UPDATE SET interval_seconds = excluded.interval_seconds
            """, url.AbsoluteUri, host, (int)Math.Max(1, interval.TotalSeconds)))
            feed.ExecuteNonQuery();
        transaction.Commit();
        return Feeds().Single(f => f.Url == url.AbsoluteUri);
    }

    /// <summary>Politeness is per host and port: two servers on one machine are two hosts.</summary>
    private static string HostOf(Uri url) => url.Authority.ToLowerInvariant();

    public IReadOnlyList<RegisteredFeed> Feeds() => Query($"SELECT {FeedColumns} FROM feeds f ORDER BY f.id", ReadFeed);

    private static RegisteredFeed ReadFeed(NpgsqlDataReader r) => new(
        r.GetInt64(0), r.GetString(1), r.GetString(2), TimeSpan.FromSeconds(r.GetInt32(3)), Utc(r, 4),
        r.IsDBNull(5) ? null : Utc(r, 5), NullableString(r, 6), NullableString(r, 7), r.GetInt32(8), (int)r.GetInt64(9));

    /// <summary>One transaction: the most overdue feed whose row and host row no other scheduler holds
    /// (<c>FOR UPDATE … SKIP LOCKED</c>), not leased and whose host may be asked now; then the lease on the feed and
    /// the host held for as long, both committed before anything is fetched.</summary>
    public FeedLease? LeaseDueFeed(string owner, TimeSpan lease)
    {
        using var connection = Open();
        using var transaction = connection.BeginTransaction();
        long id;
        string host;
        using (var pick = Command(connection, """
            SELECT f.id, f.host FROM feeds f JOIN feed_hosts h ON h.host = f.host
            WHERE f.next_poll_at <= now() AND (f.lease_until IS NULL OR f.lease_until <= now()) AND h.next_request_at <= now()
            ORDER BY f.next_poll_at, f.id
            LIMIT 1
            FOR UPDATE OF f, h SKIP LOCKED
            """))
        using (var reader = pick.ExecuteReader())
        {
            if (!reader.Read()) return null;
            (id, host) = (reader.GetInt64(0), reader.GetString(1));
        }
        var seconds = lease.TotalSeconds;
        using (var hold = Command(connection, "UPDATE feed_hosts SET next_request_at = now() + make_interval(secs => $2) WHERE host = $1", host, seconds))
            hold.ExecuteNonQuery();
        FeedLease taken;
        using (var take = Command(connection, """
            UPDATE feeds SET lease_owner = $2, lease_until = now() + make_interval(secs => $3) WHERE id = $1
            RETURNING url, lease_until, interval_seconds, etag, last_modified
            """, id, owner, seconds))
        using (var reader = take.ExecuteReader())
        {
            reader.Read();
            taken = new FeedLease(id, reader.GetString(0), host, owner, Utc(reader, 1), TimeSpan.FromSeconds(reader.GetInt32(2)),
                NullableString(reader, 3), NullableString(reader, 4));
        }
        transaction.Commit();
        return taken;
    }

    public int DueFeeds() => (int)Scalar<long>("SELECT COUNT(*) FROM feeds WHERE next_poll_at <= now()");

    public bool ClaimItem(FeedLease lease, byte[] itemKey, string? link) => Query("""
        INSERT INTO feed_items(feed_id, item_key, link, seen_at) VALUES ($1, $2, $3::text, now())
        ON CONFLICT(feed_id, item_key) DO UPDATE SET seen_at = excluded.seen_at WHERE feed_items.published_at IS NULL
        RETURNING 1
        """, r => r.GetInt32(0), lease.FeedId, itemKey, link).Count == 1;

    public bool ItemPublished(FeedLease lease, byte[] itemKey, long documentId) => Query("""
        UPDATE feed_items SET published_at = now(), document_id = $3 WHERE feed_id = $1 AND item_key = $2 AND published_at IS NULL
        RETURNING 1
        """, r => r.GetInt32(0), lease.FeedId, itemKey, documentId).Count == 1;

    /// <summary>Frees the feed (when this scheduler still holds it) with its next poll one interval away, and the host
    /// from <paramref name="hostInterval"/> after now: the interval runs from the end of the poll, so it holds
    /// between two requests to the host whoever sends them.</summary>
    public void CompletePoll(FeedLease lease, FeedPollOutcome outcome, TimeSpan hostInterval)
    {
        using var connection = Open();
        using var transaction = connection.BeginTransaction();
        using (var feed = Command(connection, """
            UPDATE feeds SET lease_owner = NULL, lease_until = NULL, next_poll_at = now() + make_interval(secs => interval_seconds),
                last_polled_at = now(), last_status = $3, last_error = $4::text, etag = $5::text, last_modified = $6::text,
                errors = CASE WHEN $4::text IS NULL THEN 0 ELSE errors + 1 END
            WHERE id = $1 AND lease_owner = $2
            """, lease.FeedId, lease.Owner, outcome.Status, outcome.Error, outcome.ETag, outcome.LastModified))
            feed.ExecuteNonQuery();
        using (var host = Command(connection, "UPDATE feed_hosts SET next_request_at = now() + make_interval(secs => $2) WHERE host = $1",
            lease.Host, hostInterval.TotalSeconds))
            host.ExecuteNonQuery();
        transaction.Commit();
    }
}
