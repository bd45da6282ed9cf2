namespace Marsad.Entities.Recognition;

/// <summary>Settings of one training run; the defaults are the ones the committed model was built with.</summary>
public sealed record NerTrainingOptions
{
    /// <summary>Passes over the training sentences.</summary>
    public int Epochs { get; init; } = 10;

    /// <summary>Seed of the sentence order shuffled before each pass; the same seed and data give the same model bytes.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Averaged weights at most this large (in absolute value) are dropped to keep the model small.</summary>
    public float PruneBelow { get; init; } = 0.05f;
}

/// <summary>
/// Trains the tagger as an averaged structured perceptron (Collins 2002): decode each sentence with the current
/// weights, and where the best path differs from the gold one, add the gold path's features and subtract the
/// predicted path's; the model keeps the average of the weights over all steps, which generalises far better
/// than the last weights.
/// </summary>
public static class NerTrainer
{
    private const int T = NerTagSet.Count;

    public static NerModel Train(IReadOnlyList<ConllSentence> sentences, NerTrainingOptions options, TextWriter? progress = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Epochs, 1);
        var index = new Dictionary<ulong, int>();
        var keys = new List<ulong>();
        var data = new List<(int[] Features, int[] Gold)>(sentences.Count);
        foreach (var sentence in sentences)
        {
            if (sentence.Words.Count == 0) continue;
            var hashes = Features(sentence.Words);
            var features = new int[hashes.Length];
            for (int i = 0; i < hashes.Length; i++)
            {
                if (!index.TryGetValue(hashes[i], out int f))
                {
                    index.Add(hashes[i], f = keys.Count);
                    keys.Add(hashes[i]);
                }
                features[i] = f;
            }
            data.Add((features, GoldTags(sentence.Tags)));
        }

        int featureCount = keys.Count;
        var weights = new float[featureCount * T];
        var totals = new double[featureCount * T];      // Σ step · update, for averaging without touching every weight each step
        var transitions = new float[(T + 1) * T];
        var transitionTotals = new double[(T + 1) * T];
        var order = Enumerable.Range(0, data.Count).ToArray();
        var random = new SplitMix64((ulong)options.Seed);
        long step = 1;

        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            long tokens = 0, correct = 0;
            foreach (int s in order)
            {
                var (features, gold) = data[s];
                int n = gold.Length;
                var emissions = new float[n * T];
                for (int i = 0; i < n; i++)
                    foreach (int f in features.AsSpan(i * NerFeatures.PerToken, NerFeatures.PerToken))
                        for (int t = 0; t < T; t++) emissions[i * T + t] += weights[f * T + t];
                var predicted = new int[n];
                ViterbiDecoder.Decode(emissions, transitions, predicted);

                for (int i = 0; i < n; i++)
                {
                    tokens++;
                    int g = gold[i], p = predicted[i];
                    if (g == p) correct++;
                    else
                    {
                        foreach (int f in features.AsSpan(i * NerFeatures.PerToken, NerFeatures.PerToken))
                        {
                            Update(weights, totals, f * T + g, +1, step);
                            Update(weights, totals, f * T + p, -1, step);
                        }
                    }
                    int goldPrev = i == 0 ? T : gold[i - 1], predictedPrev = i == 0 ? T : predicted[i - 1];
                    if (goldPrev != predictedPrev || g != p)
                    {
                        Update(transitions, transitionTotals, goldPrev * T + g, +1, step);
                        Update(transitions, transitionTotals, predictedPrev * T + p, -1, step);
                    }
                }
                step++;
            }
            progress?.WriteLine($"epoch {epoch}: training token accuracy {(double)correct / Math.Max(1, tokens):0.0000}");
        }

        return Average(keys, weights, totals, transitions, transitionTotals, step, options.PruneBelow);
    }

    /// <summary>The IOB2 tag indices of a sentence; types outside PER/LOC/ORG/MISC count as O.</summary>
    internal static int[] GoldTags(IReadOnlyList<string> tags)
    {
        var gold = new int[tags.Count];
        foreach (var chunk in ConllChunks.Extract(tags))
        {
            if (!EntityTypeLabels.TryParse(chunk.Type, out var type)) continue;
            gold[chunk.Start] = NerTagSet.Begin(type);
            for (int i = chunk.Start + 1; i < chunk.End; i++) gold[i] = NerTagSet.Inside(type);
        }
        return gold;
    }

    internal static ulong[] Features(IReadOnlyList<string> words)
    {
        var profiles = new TokenProfile[words.Count];
        for (int i = 0; i < profiles.Length; i++) profiles[i] = NerFeatures.Profile(words[i]);
        var hashes = new ulong[profiles.Length * NerFeatures.PerToken];
        NerFeatures.Extract(profiles, hashes);
        return hashes;
    }

    private static void Update(float[] weights, double[] totals, int at, int delta, long step)
    {
        weights[at] += delta;
        totals[at] += (double)delta * step;
    }

    private static NerModel Average(List<ulong> keys, float[] weights, double[] totals, float[] transitions, double[] transitionTotals, long steps, float pruneBelow)
    {
        // The weight after step s is w_s = Σ_{updates at k ≤ s} δ; its mean over steps 1..S is w − Σ k·δ / S (up to one step).
        var rows = new Dictionary<ulong, int>();
        var kept = new List<float>();
        Span<float> row = stackalloc float[T];
        for (int f = 0; f < keys.Count; f++)
        {
            bool any = false;
            for (int t = 0; t < T; t++)
            {
                float w = Quantize(weights[f * T + t] - totals[f * T + t] / steps);
                if (Math.Abs(w) <= pruneBelow) w = 0;
                row[t] = w;
                any |= w != 0;
            }
            if (!any) continue;
            rows.Add(keys[f], rows.Count);
            foreach (float w in row) kept.Add(w);
        }
        var averagedTransitions = new float[transitions.Length];
        for (int i = 0; i < transitions.Length; i++) averagedTransitions[i] = (float)(transitions[i] - transitionTotals[i] / steps);
        return new NerModel(rows, kept.ToArray(), averagedTransitions);
    }

    /// <summary>Rounds to what the model file stores (float16), so a freshly trained model tags exactly like its saved copy.</summary>
    private static float Quantize(double w) => (float)(Half)w;

    /// <summary>A tiny seeded generator, so the shuffle does not depend on System.Random's algorithm staying the same.</summary>
    private sealed class SplitMix64(ulong seed)
    {
        private ulong _state = seed;

        public ulong Next()
        {
            ulong z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }

        public void Shuffle(int[] items)
        {
            for (int i = items.Length - 1; i > 0; i--)
            {
                int j = (int)(Next() % (ulong)(i + 1));
                (items[i], items[j]) = (items[j], items[i]);
            }
        }
    }
}
