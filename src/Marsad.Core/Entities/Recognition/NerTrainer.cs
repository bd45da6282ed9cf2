namespace Marsad.Entities.Recognition;

/// <summary>Settings of one training run; the defaults are the ones the committed model was built with.</summary>
public sealed record NerTrainingOptions
{
    /// <summary>Passes over the training sentences.</summary>
    public int Epochs { get; init; } = 15;

    /// <summary>Seed of the sentence order shuffled before each pass; the same seed and data give the same model bytes.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Averaged weights at most this large (in absolute value) are dropped to keep the model small.</summary>
    public float PruneBelow { get; init; } = 0.05f;

    /// <summary>Perceptron runs, each over its own shuffle of the data, whose weights are averaged: fewer errors that
    /// come from the order of the sentences alone.</summary>
    public int Runs { get; init; } = 3;

    /// <summary>Cross-validation folds that give the second pass of a stacked model its first-pass tags.</summary>
    public int Folds { get; init; } = 5;

    /// <summary>
    /// Chance that a token's word-identity features (<see cref="NerFeatures.IdentitySlots"/>) are left out of one
    /// training step, so that the weights must also learn to tag the word from its affixes, shape and context, as
    /// they must for a name the training text never shows.
    /// </summary>
    public double WordDropout { get; init; } = 0.1;
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

    /// <summary>A one-pass model over the first-pass features (no stacking, no name variants).</summary>
    public static NerModel Train(IReadOnlyList<ConllSentence> sentences, NerTrainingOptions options, TextWriter? progress = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Epochs, 1);
        var first = TrainPass(FirstPassData(sentences), NerFeatures.PerToken, options, progress);
        return Merge(first, null);
    }

    /// <summary>
    /// A stacked model. The first pass is trained on <paramref name="sentences"/> plus <paramref name="variants"/> name-swapped
    /// copies of them (when <paramref name="names"/> is given). The second pass must learn from first-pass tags as
    /// good as those on unseen text, not the near-perfect tags on the first pass's own training sentences, so its
    /// inputs come from cross-validation: the documents (<see cref="ConllCorpus.Documents"/>) are dealt into
    /// <see cref="NerTrainingOptions.Folds"/> folds and each fold is tagged by a first pass trained on the others.
    /// </summary>
    public static NerModel TrainStacked(IReadOnlyList<ConllSentence> sentences, NameLists? names, int variants, NerTrainingOptions options, TextWriter? progress = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Epochs, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Folds, 2);
        var documents = ConllCorpus.Documents(sentences);
        var quiet = TextWriter.Null;

        var firstTags = new int[documents.Count][][];
        for (int fold = 0; fold < options.Folds; fold++)
        {
            var rest = documents.Where((_, d) => d % options.Folds != fold).SelectMany(d => d).ToArray();
            var pass = TrainPass(FirstPassData(WithVariants(rest, names, variants, options.Seed)), NerFeatures.PerToken, options, quiet);
            var model = Merge(pass, null);
            for (int d = fold; d < documents.Count; d += options.Folds)
                firstTags[d] = model.Tag(Profiles(documents[d]));
            progress?.WriteLine($"fold {fold + 1} of {options.Folds}: first pass trained on {rest.Length} sentences");
        }

        progress?.WriteLine("first pass:");
        var first = TrainPass(FirstPassData(WithVariants(sentences, names, variants, options.Seed)), NerFeatures.PerToken, options, progress);

        var data = new List<(ulong[] Features, int[] Gold)>(sentences.Count);
        for (int d = 0; d < documents.Count; d++)
        {
            var profiles = Profiles(documents[d]);
            var counts = new DocumentTagCounts();
            for (int s = 0; s < profiles.Count; s++) counts.Add(profiles[s], firstTags[d][s]);
            for (int s = 0; s < profiles.Count; s++)
            {
                if (profiles[s].Length == 0) continue;
                data.Add((StackedFeatures(profiles[s], firstTags[d][s], counts), GoldTags(documents[d][s].Tags)));
            }
        }
        progress?.WriteLine("second pass:");
        var second = TrainPass(data, NerFeatures.PerToken + NerFeatures.StackedPerToken, options, progress);
        return Merge(first, second);
    }

    private static IReadOnlyList<ConllSentence> WithVariants(IReadOnlyList<ConllSentence> sentences, NameLists? names, int variants, int seed) =>
        names is null || variants < 1 ? sentences : [.. sentences, .. NameVariation.Vary(sentences, names, variants, seed)];

    private static List<TokenProfile[]> Profiles(IReadOnlyList<ConllSentence> document) =>
        document.Select(s => s.Words.Select(w => NerFeatures.Profile(w)).ToArray()).ToList();

    private static List<(ulong[] Features, int[] Gold)> FirstPassData(IReadOnlyList<ConllSentence> sentences) =>
        sentences.Where(s => s.Words.Count > 0).Select(s => (Features(s.Words), GoldTags(s.Tags))).ToList();

    /// <summary>Per token: the first-pass features, then the stacked ones (the layout <see cref="NerModel"/> scores).</summary>
    private static ulong[] StackedFeatures(TokenProfile[] tokens, int[] firstTags, DocumentTagCounts counts)
    {
        var first = new ulong[tokens.Length * NerFeatures.PerToken];
        var stacked = new ulong[tokens.Length * NerFeatures.StackedPerToken];
        NerFeatures.Extract(tokens, first);
        NerFeatures.ExtractStacked(tokens, firstTags, counts, stacked);
        return NerFeatures.Interleave(first, stacked, tokens.Length);
    }

    /// <summary>One trained pass: the averaged, pruned weight row of each feature kept, and the transitions.</summary>
    private sealed record Pass(Dictionary<ulong, float[]> Rows, float[] Transitions);

    private static Pass TrainPass(List<(ulong[] Features, int[] Gold)> sentences, int perToken, NerTrainingOptions options, TextWriter? progress)
    {
        var index = new Dictionary<ulong, int>();
        var keys = new List<ulong>();
        var data = new List<(int[] Features, int[] Gold)>(sentences.Count);
        foreach (var (hashes, gold) in sentences)
        {
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
            data.Add((features, gold));
        }

        int featureCount = keys.Count;
        var mean = new double[featureCount * T];
        var meanTransitions = new double[(T + 1) * T];
        for (int run = 0; run < options.Runs; run++)
        {
            var (weights, transitions) = Perceptron(data, featureCount, perToken, options.Epochs, options.WordDropout, (ulong)options.Seed + (ulong)run * 0x632BE59BD9B4E019UL, run == 0 ? progress : null);
            for (int i = 0; i < mean.Length; i++) mean[i] += weights[i] / options.Runs;
            for (int i = 0; i < meanTransitions.Length; i++) meanTransitions[i] += transitions[i] / options.Runs;
        }
        return Prune(keys, mean, meanTransitions, options.PruneBelow);
    }

    /// <summary>One perceptron run over the data in an order shuffled by <paramref name="seed"/>: its averaged weights and transitions.</summary>
    private static (double[] Weights, double[] Transitions) Perceptron(List<(int[] Features, int[] Gold)> data, int featureCount, int perToken, int epochs, double wordDropout, ulong seed, TextWriter? progress)
    {
        var identity = new bool[perToken];
        foreach (int slot in NerFeatures.IdentitySlots) identity[slot] = true;
        var dropout = new SplitMix64(seed ^ 0xD1B54A32D192ED03UL);
        ulong threshold = (ulong)(Math.Clamp(wordDropout, 0, 1) * ulong.MaxValue);
        var weights = new float[featureCount * T];
        var totals = new double[featureCount * T];      // Σ step · update, for averaging without touching every weight each step
        var transitions = new float[(T + 1) * T];
        var transitionTotals = new double[(T + 1) * T];
        var order = Enumerable.Range(0, data.Count).ToArray();
        var random = new SplitMix64(seed);
        long step = 1;

        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            long tokens = 0, correct = 0;
            foreach (int s in order)
            {
                var (features, gold) = data[s];
                int n = gold.Length;
                var dropped = new bool[n];
                if (threshold > 0) for (int i = 0; i < n; i++) dropped[i] = dropout.Next() < threshold;
                var emissions = new float[n * T];
                for (int i = 0; i < n; i++)
                {
                    var row = features.AsSpan(i * perToken, perToken);
                    for (int j = 0; j < perToken; j++)
                    {
                        if (dropped[i] && identity[j]) continue;
                        for (int t = 0; t < T; t++) emissions[i * T + t] += weights[row[j] * T + t];
                    }
                }
                var predicted = new int[n];
                ViterbiDecoder.Decode(emissions, transitions, predicted);

                for (int i = 0; i < n; i++)
                {
                    tokens++;
                    int g = gold[i], p = predicted[i];
                    if (g == p) correct++;
                    else
                    {
                        var row = features.AsSpan(i * perToken, perToken);
                        for (int j = 0; j < perToken; j++)
                        {
                            if (dropped[i] && identity[j]) continue;
                            Update(weights, totals, row[j] * T + g, +1, step);
                            Update(weights, totals, row[j] * T + p, -1, step);
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

        // The weight after step s is w_s = Σ_{updates at k ≤ s} δ; its mean over steps 1..S is w − Σ k·δ / S (up to one step).
        var averaged = new double[weights.Length];
        for (int i = 0; i < averaged.Length; i++) averaged[i] = weights[i] - totals[i] / step;
        var averagedTransitions = new double[transitions.Length];
        for (int i = 0; i < transitions.Length; i++) averagedTransitions[i] = transitions[i] - transitionTotals[i] / step;
        return (averaged, averagedTransitions);
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

    /// <summary>The weights as the model file stores them (float16), with the smallest dropped to keep the model small.</summary>
    private static Pass Prune(List<ulong> keys, double[] weights, double[] transitions, float pruneBelow)
    {
        var rows = new Dictionary<ulong, float[]>();
        for (int f = 0; f < keys.Count; f++)
        {
            var row = new float[T];
            bool any = false;
            for (int t = 0; t < T; t++)
            {
                float w = Quantize(weights[f * T + t]);
                if (Math.Abs(w) <= pruneBelow) w = 0;
                row[t] = w;
                any |= w != 0;
            }
            if (any) rows.Add(keys[f], row);
        }
        return new Pass(rows, Array.ConvertAll(transitions, t => (float)t));
    }

    /// <summary>One row table over the features of both passes, in hash order (a pass without a feature has zeros there).</summary>
    private static NerModel Merge(Pass first, Pass? second)
    {
        var keys = first.Rows.Keys.Concat(second is null ? [] : second.Rows.Keys).Distinct().Order().ToArray();
        var firstWeights = new float[keys.Length * T];
        var secondWeights = second is null ? null : new float[keys.Length * T];
        for (int r = 0; r < keys.Length; r++)
        {
            if (first.Rows.TryGetValue(keys[r], out var w1)) w1.CopyTo(firstWeights, r * T);
            if (second is not null && second.Rows.TryGetValue(keys[r], out var w2)) w2.CopyTo(secondWeights!, r * T);
        }
        return new NerModel(keys, firstWeights, first.Transitions, secondWeights, second?.Transitions);
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
