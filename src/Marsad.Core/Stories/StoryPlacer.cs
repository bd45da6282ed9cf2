namespace Marsad.Stories;

/// <summary>What the store's story index says about an article's keys: for each key it knows, in how many stories
/// it is, and the stories that carry it (none when the key is too common to be a candidate key).</summary>
/// <param name="Stories">Stories of the last collection run in all.</param>
public sealed record StoryLookup(string RunId, int Stories, IReadOnlyList<StoryKeyHit> Hits)
{
    public static StoryLookup Empty { get; } = new("", 0, []);
}

/// <summary>One key of the article found in the index.</summary>
/// <param name="Frequency">How many stories carry the key.</param>
/// <param name="Story">A story that carries it, or null for a key carried by more than the lookup's limit.</param>
/// <param name="Last">That story's latest date.</param>
public sealed record StoryKeyHit(string Key, int Frequency, string? Story, DateTimeOffset? Last);

/// <summary>Where a new article would go among the stored stories, and how well it fits.</summary>
/// <param name="Story">The best story at or above the placement threshold, or null when none fits.</param>
public sealed record StoryMatch(string? Story, double Score);

/// <summary>
/// Places one article among the stories of the last collection run from the candidate lookup alone (one indexed
/// query, whatever the size of the collection), between two collection runs. The score mirrors the clusterer's with
/// keys in place of the centroid: content × (weighted share of the article's heaviest terms the story is indexed
/// under) + entities × (same for actors) + places × (same for places); a story whose last date is more than the window
/// before the article is closed. Weights are rarities among stories. The next collection run re-clusters everything
/// in batch and supersedes the placement.
/// </summary>
public static class StoryPlacer
{
    public static StoryMatch Place(ArticleKeys article, StoryLookup lookup, DateTimeOffset? published, StoryOptions? options = null)
    {
        options ??= StoryOptions.Default;
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var storiesOfKey = new Dictionary<string, List<StoryKeyHit>>(StringComparer.Ordinal);
        foreach (var hit in lookup.Hits)
        {
            frequency[hit.Key] = hit.Frequency;
            if (hit.Story is null) continue;
            if (!storiesOfKey.TryGetValue(hit.Key, out var list)) storiesOfKey[hit.Key] = list = [];
            list.Add(hit);
        }
        double Weight(string key) => StoryKeys.Idf(lookup.Stories, frequency.GetValueOrDefault(key));
        // A key no story carries weighs most: the article is about something the stories are not.
        var terms = StoryKeys.Heaviest(article.Terms, Weight, options.IndexTermsPerDocument).ToList();

        var shares = new Dictionary<string, double>(StringComparer.Ordinal);
        var lastOf = new Dictionary<string, DateTimeOffset?>(StringComparer.Ordinal);
        Share(terms, options.ContentWeight);
        Share(article.Entities, options.EntityWeight);
        Share(article.Places, options.PlaceWeight);

        string? best = null;
        double bestScore = 0;
        foreach (var (story, score) in shares.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (IsClosed(lastOf[story], published, options.Window)) continue;
            if (score > bestScore) (best, bestScore) = (story, score);
        }
        bestScore = Math.Round(bestScore, 4);
        return bestScore >= options.PlacementThreshold ? new StoryMatch(best, bestScore) : new StoryMatch(null, bestScore);

        void Share(IReadOnlyList<string> keys, double kindWeight)
        {
            double all = keys.Sum(Weight);
            if (all == 0) return;
            foreach (var key in keys)
            {
                if (!storiesOfKey.TryGetValue(key, out var hits)) continue;
                double add = kindWeight * Weight(key) / all;
                foreach (var hit in hits)
                {
                    shares[hit.Story!] = shares.GetValueOrDefault(hit.Story!) + add;
                    lastOf[hit.Story!] = hit.Last;
                }
            }
        }
    }

    private static bool IsClosed(DateTimeOffset? last, DateTimeOffset? published, TimeSpan window) =>
        window > TimeSpan.Zero && last is { } l && published is { } p && p - l > window;
}
