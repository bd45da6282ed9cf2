namespace Marsad.Entities.Recognition;

/// <summary>
/// A trained tagger: one weight per (feature hash, tag) and one per tag transition, scored by
/// <see cref="ViterbiDecoder"/>. Immutable after construction, so one instance serves any number of threads.
/// </summary>
public sealed partial class NerModel
{
    private const int T = NerTagSet.Count;

    private readonly Dictionary<ulong, int> _rows;   // feature hash → row (T weights) in _weights
    private readonly float[] _weights;
    private readonly float[] _transitions;            // (T+1)·T: row = previous tag, last row = sentence start

    internal NerModel(Dictionary<ulong, int> rows, float[] weights, float[] transitions)
    {
        if (weights.Length != rows.Count * T) throw new ArgumentException("one weight row per feature expected", nameof(weights));
        if (transitions.Length != (T + 1) * T) throw new ArgumentException("(tags + 1) × tags transitions expected", nameof(transitions));
        _rows = rows;
        _weights = weights;
        _transitions = transitions;
    }

    /// <summary>The number of features with a weight.</summary>
    public int FeatureCount => _rows.Count;

    /// <summary>The best IOB2 tag index for each token (see <see cref="NerTagSet"/>).</summary>
    internal int[] Tag(ReadOnlySpan<TokenProfile> tokens)
    {
        int n = tokens.Length;
        var tags = new int[n];
        if (n == 0) return tags;
        var features = new ulong[n * NerFeatures.PerToken];
        NerFeatures.Extract(tokens, features);
        var emissions = new float[n * T];
        for (int i = 0; i < n; i++)
        {
            var scores = emissions.AsSpan(i * T, T);
            foreach (ulong f in features.AsSpan(i * NerFeatures.PerToken, NerFeatures.PerToken))
            {
                if (!_rows.TryGetValue(f, out int row)) continue;
                var w = _weights.AsSpan(row * T, T);
                for (int t = 0; t < T; t++) scores[t] += w[t];
            }
        }
        ViterbiDecoder.Decode(emissions, _transitions, tags);
        return tags;
    }
}
