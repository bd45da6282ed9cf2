namespace Marsad.Stories;

/// <summary>Clustering scores against gold stories.</summary>
/// <param name="PairPrecision">Of the document pairs put in one story, the share that are in one gold story.</param>
/// <param name="PairRecall">Of the gold same-story pairs, the share put in one story.</param>
/// <param name="BCubedPrecision">Mean over documents of the share of its story that is in its gold story.</param>
/// <param name="BCubedRecall">Mean over documents of the share of its gold story that is in its story.</param>
public sealed record StoryScores(int Documents, int Stories, int GoldStories, double PairPrecision, double PairRecall, double BCubedPrecision, double BCubedRecall)
{
    public double PairF1 => F1(PairPrecision, PairRecall);
    public double BCubedF1 => F1(BCubedPrecision, BCubedRecall);
    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}

/// <summary>Pairwise and B-cubed precision/recall of a clustering (document → story) against gold (document → story).</summary>
public static class StoryEvaluation
{
    public static StoryScores Score(IReadOnlyDictionary<string, string> predicted, IReadOnlyDictionary<string, string> gold)
    {
        var docs = gold.Keys.Where(predicted.ContainsKey).Order(StringComparer.Ordinal).ToList();
        var predictedGroups = docs.GroupBy(d => predicted[d]).ToDictionary(g => g.Key, g => g.ToHashSet(StringComparer.Ordinal));
        var goldGroups = docs.GroupBy(d => gold[d]).ToDictionary(g => g.Key, g => g.ToHashSet(StringComparer.Ordinal));

        long predictedPairs = 0, goldPairs = 0, bothPairs = 0;
        foreach (var g in predictedGroups.Values) predictedPairs += (long)g.Count * (g.Count - 1) / 2;
        foreach (var g in goldGroups.Values) goldPairs += (long)g.Count * (g.Count - 1) / 2;
        foreach (var g in predictedGroups.Values)
            foreach (var cell in g.GroupBy(d => gold[d])) bothPairs += (long)cell.Count() * (cell.Count() - 1) / 2;

        double bp = 0, br = 0;
        foreach (var d in docs)
        {
            var mine = predictedGroups[predicted[d]];
            var truth = goldGroups[gold[d]];
            int shared = mine.Count(truth.Contains);
            bp += (double)shared / mine.Count;
            br += (double)shared / truth.Count;
        }
        int n = Math.Max(1, docs.Count);
        return new StoryScores(docs.Count, predictedGroups.Count, goldGroups.Count,
            predictedPairs == 0 ? 1 : (double)bothPairs / predictedPairs,
            goldPairs == 0 ? 1 : (double)bothPairs / goldPairs,
            bp / n, br / n);
    }
}
