namespace Marsad.Stories;

/// <summary>One index key of a story as the store keeps it: what the story candidate lookup finds stories by.</summary>
/// <param name="Key">An actor (<see cref="StoryKeys.Entity"/>), a place (<see cref="StoryKeys.Place"/>) or one of the
/// rare terms an article of the story is about (<see cref="StoryKeys.Term"/>), prefixed by its kind.</param>
/// <param name="Documents">How many of the story's documents carry the key.</param>
public sealed record StoryKey(string Story, string Key, int Documents);

/// <summary>
/// The keys stories are indexed under and an article looks them up by, built from the same inputs the clusterer
/// reads: its actor and place keys (<see cref="StoryDocument.Entities"/>, <see cref="StoryDocument.Places"/>) and its
/// heaviest terms (light stems by TF-IDF, as <see cref="StoryOptions.IndexTermsPerDocument"/> of them as the
/// clusterer's own index takes). One flat string per key, so that one indexed column answers the lookup.
/// </summary>
public static class StoryKeys
{
    public const string Entity = "e:", Place = "p:", Term = "t:";

    /// <summary>Every story's keys: the union of its documents' keys, each with how many documents carry it. Term
    /// weights are TF-IDF over <paramref name="documents"/> (the collection the stories were clustered from). An actor
    /// or place is a key under its collection id and under the ids its documents alone gave it
    /// (<see cref="StoryDocument.OwnEntityIds"/>), which is all an article placed alone can know it by.</summary>
    public static IReadOnlyList<StoryKey> Of(IReadOnlyList<Story> stories, IReadOnlyList<StoryDocument> documents, StoryOptions? options = null)
    {
        int perDocument = (options ?? StoryOptions.Default).IndexTermsPerDocument;
        var vocabulary = new StoryVocabulary();
        var byId = new Dictionary<string, StoryDocument>(StringComparer.Ordinal);
        var termCounts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var d in documents)
        {
            if (!byId.TryAdd(d.Id, d)) continue;
            var counts = TermCounts(vocabulary, d.Text);
            termCounts[d.Id] = counts;
            foreach (var stem in counts.Keys) frequency[stem] = frequency.GetValueOrDefault(stem) + 1;
        }
        var keys = new List<StoryKey>();
        foreach (var story in stories)
        {
            var carried = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var id in story.Documents.Distinct(StringComparer.Ordinal))
            {
                if (!byId.TryGetValue(id, out var d)) continue;
                var own = new HashSet<string>(StringComparer.Ordinal);
                foreach (var e in d.Entities.Concat(d.OwnEntityIds)) own.Add(Entity + e);
                foreach (var p in d.Places.Concat(d.OwnPlaceIds)) own.Add(Place + p);
                foreach (var t in Heaviest(termCounts[id], stem => Idf(byId.Count, frequency.GetValueOrDefault(stem)), perDocument)) own.Add(Term + t);
                foreach (var k in own) carried[k] = carried.GetValueOrDefault(k) + 1;
            }
            keys.AddRange(carried.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new StoryKey(story.Id, p.Key, p.Value)));
        }
        return keys;
    }

    /// <summary>What one new article looks stories up by: its actor and place keys and every distinct term, the
    /// rarest of which it is then matched on (<see cref="StoryPlacer"/>) once the index says how rare each is.</summary>
    public static ArticleKeys OfArticle(StoryDocument document, StoryVocabulary? vocabulary = null)
    {
        var terms = TermCounts(vocabulary ?? new StoryVocabulary(), document.Text);
        return new ArticleKeys(
            document.Entities.Distinct(StringComparer.Ordinal).Select(e => Entity + e).ToList(),
            document.Places.Distinct(StringComparer.Ordinal).Select(p => Place + p).ToList(),
            terms.ToDictionary(p => Term + p.Key, p => p.Value, StringComparer.Ordinal));
    }

    /// <summary>The rarity weight the clusterer gives a key found in <paramref name="frequency"/> of <paramref name="count"/> items.</summary>
    public static double Idf(int count, int frequency) => Math.Log((count + 1.0) / (frequency + 1.0)) + 1.0;

    /// <summary>The <paramref name="take"/> heaviest stems by TF-IDF (log-scaled term frequency); ties go to the
    /// stem that sorts first, so the choice is deterministic.</summary>
    public static IEnumerable<string> Heaviest(IReadOnlyDictionary<string, int> counts, Func<string, double> idf, int take) =>
        counts.Select(p => (Stem: p.Key, Weight: (1 + Math.Log(p.Value)) * idf(p.Key)))
            .OrderByDescending(p => p.Weight).ThenBy(p => p.Stem, StringComparer.Ordinal)
            .Take(take).Select(p => p.Stem);

    private static Dictionary<string, int> TermCounts(StoryVocabulary vocabulary, string text)
    {
        var ids = new List<int>();
        vocabulary.Terms(text, ids);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (int id in ids)
        {
            string stem = vocabulary.Stem(id);
            counts[stem] = counts.GetValueOrDefault(stem) + 1;
        }
        return counts;
    }
}

/// <summary>An article's lookup keys: actors, places, and its terms (prefixed keys) with their counts in the text.</summary>
public sealed record ArticleKeys(IReadOnlyList<string> Entities, IReadOnlyList<string> Places, IReadOnlyDictionary<string, int> Terms)
{
    /// <summary>Every key, for the one lookup query.</summary>
    public IReadOnlyList<string> All => [.. Entities, .. Places, .. Terms.Keys];
}
