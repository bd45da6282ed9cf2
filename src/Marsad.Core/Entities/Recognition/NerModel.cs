namespace Marsad.Entities.Recognition;

/// <summary>
/// A trained tagger: one weight per (feature hash, tag) and one per tag transition, scored by
/// <see cref="ViterbiDecoder"/>. A stacked model has a second set of weights: the second pass sees the first pass's
/// features plus its tags over the whole document (<see cref="NerFeatures.ExtractStacked"/>), and its tags are
/// the answer. Both passes share one hash → row table, so each feature is looked up once.
/// Immutable after construction, so one instance serves any number of threads.
/// </summary>
public sealed partial class NerModel
{
    private const int T = NerTagSet.Count;

    private readonly ulong[] _keys;                   // feature hashes in ascending order; key i has row i (T weights) in _first and _second
    private readonly FeatureTable _rows;
    private readonly float[] _first;
    private readonly float[] _firstTransitions;       // (T+1)·T: row = previous tag, last row = sentence start
    private readonly float[]? _second;
    private readonly float[]? _secondTransitions;

    internal NerModel(ulong[] keys, float[] first, float[] firstTransitions, float[]? second = null, float[]? secondTransitions = null)
    {
        if (first.Length != keys.Length * T || (second is not null && second.Length != keys.Length * T))
            throw new ArgumentException("one weight row per feature expected", nameof(first));
        if (firstTransitions.Length != (T + 1) * T || (second is not null && secondTransitions?.Length != (T + 1) * T))
            throw new ArgumentException("(tags + 1) × tags transitions expected", nameof(firstTransitions));
        for (int i = 1; i < keys.Length; i++)
            if (keys[i] <= keys[i - 1]) throw new ArgumentException("feature hashes in ascending order expected", nameof(keys));
        _keys = keys;
        _rows = new FeatureTable(keys);
        _first = first;
        _firstTransitions = firstTransitions;
        _second = second;
        _secondTransitions = second is null ? null : secondTransitions;
    }

    /// <summary>The number of features with a weight.</summary>
    public int FeatureCount => _keys.Length;

    /// <summary>Whether a second pass reads the first pass's tags over the document.</summary>
    public bool IsStacked => _second is not null;

    /// <summary>The best IOB2 tag index for each token of one sequence, which is also the whole document (see <see cref="NerTagSet"/>).</summary>
    internal int[] Tag(ReadOnlySpan<TokenProfile> tokens) => Tag([tokens.ToArray()])[0];

    /// <summary>
    /// Tags each sentence of a document (each decoded on its own); the second pass of a stacked model reads what the
    /// first pass said about the same words in every sentence of <paramref name="document"/>.
    /// </summary>
    internal int[][] Tag(IReadOnlyList<TokenProfile[]> document)
    {
        var rows = new int[document.Count][];
        var firstTags = new int[document.Count][];
        for (int s = 0; s < document.Count; s++)
        {
            var tokens = document[s];
            var features = new ulong[tokens.Length * NerFeatures.PerToken];
            NerFeatures.Extract(tokens, features);
            rows[s] = Rows(features);
            firstTags[s] = Decode(rows[s], NerFeatures.PerToken, _first, _firstTransitions);
        }
        if (_second is null) return firstTags;

        var counts = new DocumentTagCounts();
        for (int s = 0; s < document.Count; s++) counts.Add(document[s], firstTags[s]);
        var tags = new int[document.Count][];
        for (int s = 0; s < document.Count; s++)
        {
            var tokens = document[s];
            var stacked = new ulong[tokens.Length * NerFeatures.StackedPerToken];
            NerFeatures.ExtractStacked(tokens, firstTags[s], counts, stacked);
            tags[s] = Decode(NerFeatures.Interleave(rows[s], Rows(stacked), tokens.Length), NerFeatures.PerToken + NerFeatures.StackedPerToken, _second, _secondTransitions!);
        }
        return tags;
    }

    /// <summary>The row of each feature hash, −1 for a feature the model has no weight for.</summary>
    private int[] Rows(ReadOnlySpan<ulong> features)
    {
        var rows = new int[features.Length];
        for (int i = 0; i < features.Length; i++) rows[i] = _rows.Row(features[i]);
        return rows;
    }

    private static int[] Decode(int[] rows, int perToken, float[] weights, float[] transitions)
    {
        int n = rows.Length / perToken;
        var tags = new int[n];
        if (n == 0) return tags;
        var emissions = new float[n * T];
        for (int i = 0; i < n; i++)
        {
            var scores = emissions.AsSpan(i * T, T);
            foreach (int row in rows.AsSpan(i * perToken, perToken))
            {
                if (row < 0) continue;
                var w = weights.AsSpan(row * T, T);
                for (int t = 0; t < T; t++) scores[t] += w[t];
            }
        }
        ViterbiDecoder.Decode(emissions, transitions, tags);
        return tags;
    }
}
