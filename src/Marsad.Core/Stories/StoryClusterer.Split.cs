namespace Marsad.Stories;

public sealed partial class StoryClusterer
{
    /// <summary>
    /// Batch mode, last pass: a story whose articles form separate groups is split into them. Two articles are linked
    /// when their score against each other (<see cref="PairScore"/>) reaches <see cref="StoryOptions.SplitThreshold"/>,
    /// or they copy one report and share some content (<see cref="StoryOptions.SameReportMinCosine"/>);
    /// the linked groups (connected components) of a story are its happenings. The group holding the story's first
    /// article keeps the story's id; each other group becomes a new story, logged as a split.
    /// </summary>
    /// <param name="documents">The articles in the order they were put (ordinal = position).</param>
    private void SplitLoose(IReadOnlyList<StoryDocument> documents)
    {
        if (options.SplitThreshold <= 0 || batchVectors is null) return;
        int count = clusters.Count;
        for (int index = 0; index < count; index++)
        {
            var story = clusters[index];
            if (story.MergedInto >= 0 || story.Members.Count < 2) continue;
            var groups = LinkedGroups(story.Members, documents);
            if (groups.Count < 2) continue;
            var kept = new StoryCluster(index);
            foreach (int member in groups[0]) kept.Add(member, batchVectors[member].Terms, batchVectors[member].Weights, documents[member], options.CoreSize);
            clusters[index] = kept;
            Track(kept);
            foreach (var group in groups.Skip(1))
            {
                var split = new StoryCluster(clusters.Count);
                clusters.Add(split);
                foreach (int member in group)
                {
                    split.Add(member, batchVectors[member].Terms, batchVectors[member].Weights, documents[member], options.CoreSize);
                    documentClusters[member] = split.Index;
                }
                Track(split);
                log.Add(new StoryLogEntry(StoryChange.Split, documentIds[group[0]], kept.Id, split.Id, 0));
            }
        }
    }

    /// <summary>The members' linked groups, each in arrival order, the group of the first member first and the others
    /// by their first member.</summary>
    private List<List<int>> LinkedGroups(List<int> members, IReadOnlyList<StoryDocument> documents)
    {
        var ordered = members.Order().ToList();
        var keys = ordered.Select(m => (Entities: new WeightedKeys(this, documents[m].Entities), Places: new WeightedKeys(this, documents[m].Places),
            EntitySet: KeySet(documents[m].Entities), PlaceSet: KeySet(documents[m].Places))).ToList();
        var parent = Enumerable.Range(0, ordered.Count).ToArray();
        for (int i = 0; i < ordered.Count; i++)
        {
            var (ti, wi) = batchVectors![ordered[i]];
            string report = ReportOf(documents[ordered[i]]);
            for (int j = i + 1; j < ordered.Count; j++)
            {
                if (Find(i) == Find(j)) continue;
                var (tj, wj) = batchVectors[ordered[j]];
                double cosine = UnitDot(ti, wi, tj, wj);
                bool sameReport = cosine >= options.SameReportMinCosine && report == ReportOf(documents[ordered[j]]);
                if (sameReport || PairScore(cosine, keys[i], keys[j]) >= options.SplitThreshold) parent[Find(j)] = Find(i);
            }
        }
        return Enumerable.Range(0, ordered.Count).GroupBy(Find).OrderBy(g => g.Min())
            .Select(g => g.Select(i => ordered[i]).ToList()).ToList();

        int Find(int i) { while (parent[i] != i) i = parent[i] = parent[parent[i]]; return i; }
    }

    /// <summary>Two articles' score against each other: content and the larger of the two shares of actors and places
    /// (each article's specific keys that the other names), as <see cref="Score"/> weighs them.</summary>
    private double PairScore(double cosine,
        (WeightedKeys Entities, WeightedKeys Places, Dictionary<string, int> EntitySet, Dictionary<string, int> PlaceSet) a,
        (WeightedKeys Entities, WeightedKeys Places, Dictionary<string, int> EntitySet, Dictionary<string, int> PlaceSet) b)
    {
        double entities = Math.Max(a.Entities.Share(a.Entities.SharedWeight(b.EntitySet)), b.Entities.Share(b.Entities.SharedWeight(a.EntitySet)));
        double places = Math.Max(a.Places.Share(a.Places.SharedWeight(b.PlaceSet)), b.Places.Share(b.Places.SharedWeight(a.PlaceSet)));
        return options.ContentWeight * cosine + options.EntityWeight * entities + options.PlaceWeight * places;
    }

    private static Dictionary<string, int> KeySet(IReadOnlyList<string> keys)
    {
        var set = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var k in keys) set[k] = 1;
        return set;
    }

    /// <summary>Dot product of two sparse vectors sorted by term id (the cosine of two unit vectors).</summary>
    private static double UnitDot(int[] aTerms, float[] aWeights, int[] bTerms, float[] bWeights)
    {
        double dot = 0;
        int i = 0, j = 0;
        while (i < aTerms.Length && j < bTerms.Length)
        {
            if (aTerms[i] == bTerms[j]) dot += aWeights[i++] * bWeights[j++];
            else if (aTerms[i] < bTerms[j]) i++;
            else j++;
        }
        return dot;
    }
}
