namespace Marsad.Stories;

/// <summary>Stories of a collection as found by <see cref="StoryClusterer.Batch"/>.</summary>
/// <param name="Stories">Story id and member document ids, oldest story first.</param>
public sealed record StoryClustering(IReadOnlyList<(string Story, IReadOnlyList<string> Documents)> Stories, IReadOnlyList<StoryLogEntry> Log);

public sealed partial class StoryClusterer
{
    /// <summary>
    /// Batch mode: re-clusters a whole collection. Document frequencies are first counted over all of it (so early
    /// articles are weighed with the same IDF as late ones), articles are then put in publication order (undated ones
    /// keep their input order, before the dated ones), and finally stories whose centroids converged are merged.
    /// When <paramref name="previous"/> (document id → story id, e.g. from the online run) is given, the log also says
    /// which earlier stories were split or merged by the re-clustering.
    /// </summary>
    public static StoryClustering Batch(IReadOnlyList<StoryDocument> documents, StoryOptions? options = null,
        IReadOnlyDictionary<string, string>? previous = null)
    {
        var clusterer = new StoryClusterer(options, new StoryVocabulary(), frozen: true);
        documents = WithoutChainedCopies(documents);
        clusterer.FreezeFrequencies(documents);
        var ordered = documents.Select((d, i) => (d, i))
            .OrderBy(p => p.d.Published ?? DateTimeOffset.MinValue).ThenBy(p => p.i)
            .Select(p => p.d);
        var inOrder = ordered.ToList();
        foreach (var d in inOrder) clusterer.Put(d);
        clusterer.MergeAllConverged();
        clusterer.SplitLoose(inOrder);
        var stories = clusterer.Stories();
        var log = clusterer.log.ToList();
        if (previous is not null) log.AddRange(Changes(previous, stories));
        return new StoryClustering(stories, log);
    }

    /// <summary>
    /// The documents with the copy links (<see cref="StoryDocument.CopyOf"/>) of implausible reports dropped: one report
    /// is copied by some of the outlets, each once or twice, so a report with more than twice as many copies as
    /// outlets among them is a chain of shared boilerplate, not a report (deduplication's syndication groups chain
    /// through a shared wire formula: one held 361 different court articles from 12 outlets of the development
    /// corpus). Its articles are then judged by their content like any other.
    /// </summary>
    private static IReadOnlyList<StoryDocument> WithoutChainedCopies(IReadOnlyList<StoryDocument> documents)
    {
        var implausible = documents.GroupBy(ReportOf, StringComparer.Ordinal)
            .Where(g => g.Count() > 3 && g.Count() > 2 * g.Select(d => d.Source).Distinct(StringComparer.Ordinal).Count())
            .Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        return implausible.Count == 0 ? documents
            : documents.Select(d => d.CopyOf is { } r && implausible.Contains(r) ? d with { CopyOf = null } : d).ToList();
    }

    /// <summary>Merges every pair of stories whose centroids converged, older story first; candidates again come from
    /// the index (stories sharing a rare term, actor or place), not from all pairs.</summary>
    private void MergeAllConverged()
    {
        for (int i = 0; i < clusters.Count; i++)
        {
            var story = clusters[i];
            if (story.MergedInto >= 0) continue;
            var related = new SortedSet<int>();
            foreach (int t in story.HeaviestTerms(options.IndexTermsPerDocument))
                if (termPostings.TryGetValue(t, out var list)) foreach (int j in list) related.Add(Resolve(j).Index);
            foreach (int j in related)
            {
                if (j <= i) continue;
                var other = clusters[j];
                if (other.MergedInto >= 0) continue;
                double similarity = story.Cosine(other);
                if (similarity < options.MergeThreshold) continue;
                if (story.Last is { } a && other.First is { } b && b - a > options.Window) continue;
                if (story.First is { } f && other.Last is { } l && l - f > options.MaxSpan) continue;
                story.Absorb(other, options.CoreSize);
                Track(story);
                Track(other);
                log.Add(new StoryLogEntry(StoryChange.Merged, "", story.Id, other.Id, Math.Round(similarity, 4)));
            }
        }
    }

    /// <summary>Split and merge lines between an earlier assignment and a new one.</summary>
    private static IEnumerable<StoryLogEntry> Changes(IReadOnlyDictionary<string, string> previous,
        IReadOnlyList<(string Story, IReadOnlyList<string> Documents)> now)
    {
        var newStory = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (story, docs) in now) foreach (var d in docs) newStory[d] = story;
        foreach (var group in previous.Where(p => newStory.ContainsKey(p.Key)).GroupBy(p => p.Value).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var targets = group.Select(p => newStory[p.Key]).Distinct().Order(StringComparer.Ordinal).ToList();
            foreach (var t in targets.Skip(1))
                yield return new StoryLogEntry(StoryChange.Split, group.Where(p => newStory[p.Key] == t).Select(p => p.Key).Min(StringComparer.Ordinal)!, group.Key, t, 0);
        }
        foreach (var (story, docs) in now)
        {
            var sources = docs.Where(previous.ContainsKey).Select(d => previous[d]).Distinct().Order(StringComparer.Ordinal).ToList();
            foreach (var s in sources.Skip(1))
                yield return new StoryLogEntry(StoryChange.Merged, docs[0], story, s, 0);
        }
    }
}
