using System.Diagnostics;
using Marsad.Text;

namespace Marsad.Dedup.Evaluation;

/// <summary>Figures of one near-duplicate evaluation run.</summary>
/// <param name="Distinct">Documents left after merging exact copies (pairs are counted among these).</param>
/// <param name="TruePairs">Pairs whose exact Jaccard on the shingles is at least the threshold.</param>
/// <param name="AllPairsEstimateSeconds">A naive all-pairs scan (merge of sorted shingle sets), extrapolated from a sample.</param>
public sealed record NearDuplicateReport(
    int Documents, int Distinct, int ExactCopies, int TruePairs, int PredictedPairs, int TruePositives,
    double Precision, double Recall, double Threshold,
    double FinderSeconds, double GroundTruthSeconds, double AllPairsEstimateSeconds)
{
    public double SpeedUpOverAllPairs => AllPairsEstimateSeconds / FinderSeconds;
}

/// <summary>
/// Precision and recall of near-duplicate detection (exact + near links of <see cref="DuplicateFinder"/>) against the
/// exact Jaccard of every pair, computed through an inverted index on shingles (only pairs sharing a shingle are
/// scored). Passage search is off: this measures the MinHash/LSH path alone.
/// </summary>
public static class NearDuplicateEvaluation
{
    public static NearDuplicateReport Run(IReadOnlyList<SuiteDocument> documents, DedupOptions? options = null, TextWriter? log = null)
    {
        options = (options ?? DedupOptions.Default) with { FindPassages = false };
        double threshold = options.NearThreshold;

        var clock = Stopwatch.StartNew();
        var finder = new DuplicateFinder(options);
        var predicted = new HashSet<(int, int)>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var representative = new int[documents.Count];
        for (int i = 0; i < documents.Count; i++)
        {
            index[documents[i].Id] = i;
            var outcome = finder.Add(new DedupDocument(documents[i].Id, documents[i].Text));
            representative[i] = i;
            foreach (var link in outcome.Links)
            {
                int other = index[link.Document];
                if (link.Kind == DuplicateKind.Exact) representative[i] = other;
                else if (link.Kind == DuplicateKind.Near) predicted.Add((other, i));
            }
        }
        double finderSeconds = clock.Elapsed.TotalSeconds;
        log?.WriteLine($"finder: {documents.Count} documents in {finderSeconds:F2} s ({documents.Count / finderSeconds:F0} documents/s, passages off)");

        clock.Restart();
        var distinct = Enumerable.Range(0, documents.Count).Where(i => representative[i] == i).ToList();
        var shingles = new ulong[documents.Count][];
        foreach (int i in distinct) shingles[i] = WordShingles.SortedSet(MatchKeyWords.Hashes(documents[i].Text), options.ShingleSize);
        var postings = new Dictionary<ulong, List<int>>();
        var counts = new int[documents.Count];
        var touched = new List<int>();
        var truth = new HashSet<(int, int)>();
        foreach (int i in distinct)
        {
            foreach (ulong s in shingles[i])
            {
                if (!postings.TryGetValue(s, out var list)) postings[s] = list = [];
                foreach (int j in list) if (counts[j]++ == 0) touched.Add(j);
                list.Add(i);
            }
            foreach (int j in touched)
            {
                int common = counts[j];
                double jaccard = (double)common / (shingles[i].Length + shingles[j].Length - common);
                if (jaccard >= threshold) truth.Add((j, i));
                counts[j] = 0;
            }
            touched.Clear();
        }
        double truthSeconds = clock.Elapsed.TotalSeconds;

        // Naive all-pairs cost: time a fixed sample of pair merges and scale to n(n−1)/2.
        clock.Restart();
        var random = new Random(1);
        const int samplePairs = 200_000;
        long sink = 0;
        for (int k = 0; k < samplePairs; k++)
        {
            int x = distinct[random.Next(distinct.Count)], y = distinct[random.Next(distinct.Count)];
            sink += ShingleSetSimilarity.IntersectionCount(shingles[x], shingles[y]);
        }
        double perPair = clock.Elapsed.TotalSeconds / samplePairs;
        double allPairs = perPair * distinct.Count * (distinct.Count - 1.0) / 2 + (sink < 0 ? 1 : 0);

        int truePositives = predicted.Count(truth.Contains);
        var report = new NearDuplicateReport(
            documents.Count, distinct.Count, documents.Count - distinct.Count, truth.Count, predicted.Count, truePositives,
            predicted.Count == 0 ? 1 : (double)truePositives / predicted.Count,
            truth.Count == 0 ? 1 : (double)truePositives / truth.Count,
            threshold, finderSeconds, truthSeconds, allPairs);
        log?.WriteLine($"ground truth (inverted index, exact Jaccard): {truthSeconds:F2} s; naive all-pairs estimate {allPairs:F1} s");
        log?.WriteLine($"documents {report.Documents}, distinct {report.Distinct}, exact copies {report.ExactCopies}");
        log?.WriteLine($"pairs with Jaccard >= {threshold}: {report.TruePairs}; predicted near: {report.PredictedPairs}; correct: {report.TruePositives}");
        log?.WriteLine($"precision {report.Precision:F4}  recall {report.Recall:F4}  speed-up over all-pairs {report.SpeedUpOverAllPairs:F1}x");
        return report;
    }
}
