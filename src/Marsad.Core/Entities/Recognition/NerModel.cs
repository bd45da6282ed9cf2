using System.Buffers;
using System.Runtime.Intrinsics.X86;

namespace Marsad.Entities.Recognition;

/// <summary>
/// A trained tagger: one weight per (feature hash, tag) and one per tag transition, scored by
/// <see cref="ViterbiDecoder"/>. A stacked model has a second set of weights: the second pass sees the first pass's
/// features plus its tags over the whole document (<see cref="NerFeatures.ExtractStacked"/>), and its tags are
/// the answer. Both passes share one hash table and each feature's weights for both passes lie together, so a feature
/// is looked up and read once.
/// Immutable after construction, so one instance serves any number of threads.
/// </summary>
public sealed partial class NerModel
{
    private const int T = NerTagSet.Count;

    /// <summary>
    /// The low mantissa bits of a weight entry that hold its tag. Weights are float16 values (what the file stores, and
    /// what the trainer rounds to), so as float32 their low 13 mantissa bits are zero: the tag rides there, and one
    /// 4-byte read gives both.
    /// </summary>
    private const uint TagBits = 0xF;

    private readonly ulong[] _keys;                   // feature hashes in ascending order (the file's order)
    private readonly FeatureTable _rows;              // hash → its entries in _entries
    private readonly uint[] _entries;                 // per feature: its non-zero first-pass weights, then its second-pass ones
    private readonly float[] _firstTransitions;       // (T+1)·T: row = previous tag, last row = sentence start
    private readonly float[]? _secondTransitions;

    /// <summary>
    /// A model from dense weights: row i (T weights) of <paramref name="first"/> and <paramref name="second"/> belongs
    /// to key i. Only the non-zero weights are kept, packed by feature: a tag's score is the same sum (adding zeros
    /// changes no float), read from a fraction of the memory.
    /// </summary>
    internal NerModel(ulong[] keys, float[] first, float[] firstTransitions, float[]? second = null, float[]? secondTransitions = null)
    {
        if (first.Length != keys.Length * T || (second is not null && second.Length != keys.Length * T))
            throw new ArgumentException("one weight row per feature expected", nameof(first));
        if (firstTransitions.Length != (T + 1) * T || (second is not null && secondTransitions?.Length != (T + 1) * T))
            throw new ArgumentException("(tags + 1) × tags transitions expected", nameof(firstTransitions));
        for (int i = 1; i < keys.Length; i++)
            if (keys[i] <= keys[i - 1]) throw new ArgumentException("feature hashes in ascending order expected", nameof(keys));

        var entries = new List<uint>(keys.Length * 4);
        var starts = new int[keys.Length];
        var firstCounts = new byte[keys.Length];
        var secondCounts = new byte[keys.Length];
        for (int row = 0; row < keys.Length; row++)
        {
            starts[row] = entries.Count;
            firstCounts[row] = Pack(first.AsSpan(row * T, T), entries);
            if (second is not null) secondCounts[row] = Pack(second.AsSpan(row * T, T), entries);
        }
        _keys = keys;
        _entries = [.. entries];
        _rows = new FeatureTable(keys, starts, firstCounts, secondCounts);
        _firstTransitions = firstTransitions;
        _secondTransitions = second is null ? null : secondTransitions;
    }

    /// <summary>A model from weights already packed as the tagger reads them (what <see cref="Load(Stream)"/> reads
    /// straight from the file, with no dense rows in between): key i has its entries at <paramref name="starts"/>[i].</summary>
    private NerModel(ulong[] keys, uint[] entries, int[] starts, byte[] firstCounts, byte[] secondCounts, float[] firstTransitions, float[]? secondTransitions)
    {
        _keys = keys;
        _entries = entries;
        _rows = new FeatureTable(keys, starts, firstCounts, secondCounts);
        _firstTransitions = firstTransitions;
        _secondTransitions = secondTransitions;
    }

    private static byte Pack(ReadOnlySpan<float> weights, List<uint> entries)
    {
        byte count = 0;
        for (int t = 0; t < T; t++)
        {
            if (weights[t] == 0) continue;
            uint bits = BitConverter.SingleToUInt32Bits(weights[t]);
            if ((bits & TagBits) != 0) throw new ArgumentException("weights must be float16 values (see NerTrainer.Quantize)", nameof(weights));
            entries.Add(bits | (uint)t);
            count++;
        }
        return count;
    }

    /// <summary>The number of features with a weight.</summary>
    public int FeatureCount => _keys.Length;

    /// <summary>Whether a second pass reads the first pass's tags over the document.</summary>
    public bool IsStacked => _secondTransitions is not null;

    /// <summary>The best IOB2 tag index for each token of one sequence, which is also the whole document (see <see cref="NerTagSet"/>).</summary>
    internal int[] Tag(TokenProfile[] tokens) => Tag([tokens])[0];

    /// <summary>
    /// Tags each sentence of a document (each decoded on its own); the second pass of a stacked model reads what the
    /// first pass said about the same words in every sentence of <paramref name="document"/>. The second pass's
    /// scores for the features both passes share are summed in the first pass, from the same entries, so each such
    /// feature is looked up and read once.
    /// </summary>
    internal int[][] Tag(IReadOnlyList<TokenProfile[]> document) => Tag(document, out _);

    /// <summary>The transition weights of the pass whose tags are the answer (the second of a stacked model).</summary>
    internal ReadOnlySpan<float> FinalTransitions => _secondTransitions ?? _firstTransitions;

    /// <summary><see cref="Tag(IReadOnlyList{TokenProfile[]})"/>, also giving each sentence's emission scores of the
    /// pass whose tags are the answer (T per token), for <see cref="SpanMarginals"/> with <see cref="FinalTransitions"/>.</summary>
    internal int[][] Tag(IReadOnlyList<TokenProfile[]> document, out float[][] finalScores)
    {
        bool stacked = IsStacked;
        var firstTags = new int[document.Count][];
        var secondScores = new float[document.Count][];
        for (int s = 0; s < document.Count; s++)
        {
            var tokens = document[s];
            var rented = ArrayPool<ulong>.Shared.Rent(tokens.Length * NerFeatures.PerToken);
            var features = rented.AsSpan(0, tokens.Length * NerFeatures.PerToken);
            NerFeatures.Extract(tokens, features);
            var scores = new float[tokens.Length * T];
            secondScores[s] = stacked ? new float[tokens.Length * T] : [];
            Score(features, NerFeatures.PerToken, scores, secondScores[s]);
            firstTags[s] = new int[tokens.Length];
            if (tokens.Length > 0) ViterbiDecoder.Decode(scores, _firstTransitions, firstTags[s]);
            ArrayPool<ulong>.Shared.Return(rented);
            if (!stacked) secondScores[s] = scores;
        }
        finalScores = secondScores;
        if (!stacked) return firstTags;

        var counts = new DocumentTagCounts();
        for (int s = 0; s < document.Count; s++) counts.Add(document[s], firstTags[s]);
        var tags = new int[document.Count][];
        for (int s = 0; s < document.Count; s++)
        {
            var tokens = document[s];
            var rented = ArrayPool<ulong>.Shared.Rent(tokens.Length * NerFeatures.StackedPerToken);
            var features = rented.AsSpan(0, tokens.Length * NerFeatures.StackedPerToken);
            NerFeatures.ExtractStacked(tokens, firstTags[s], counts, features);
            Score(features, NerFeatures.StackedPerToken, [], secondScores[s]);
            ArrayPool<ulong>.Shared.Return(rented);
            tags[s] = new int[tokens.Length];
            if (tokens.Length > 0) ViterbiDecoder.Decode(secondScores[s], _secondTransitions!, tags[s]);
        }
        return tags;
    }

    /// <summary>
    /// Adds each token's feature weights to its T scores: the first pass's to <paramref name="first"/>, the second's
    /// to <paramref name="second"/> (either may be empty: not wanted). Features are taken in order, so every score is
    /// the same float sum whichever pass reads it.
    /// </summary>
    private unsafe void Score(ReadOnlySpan<ulong> features, int perToken, Span<float> first, Span<float> second)
    {
        var found = ArrayPool<FeatureWeights>.Shared.Rent(features.Length);
        var weights = found.AsSpan(0, features.Length);
        _rows.Lookup(features, weights);
        const int ahead = FeatureTable.PrefetchDistance;
        fixed (uint* packed = _entries)
        {
            // The entries are as scattered as the slots: prefetched ahead likewise.
            if (Sse.IsSupported) for (int f = 0; f < Math.Min(ahead, weights.Length); f++) Sse.Prefetch0(packed + weights[f].Start);
            var entries = _entries.AsSpan();
            for (int f = 0, token = 0; f < weights.Length; token += T)
                for (int end = f + perToken; f < end; f++)
                {
                    if (Sse.IsSupported && f + ahead < weights.Length) Sse.Prefetch0(packed + weights[f + ahead].Start);
                    var w = weights[f];
                    if (!first.IsEmpty) Add(entries.Slice(w.Start, w.First), first.Slice(token, T));
                    if (!second.IsEmpty) Add(entries.Slice(w.Start + w.First, w.Second), second.Slice(token, T));
                }
        }
        ArrayPool<FeatureWeights>.Shared.Return(found);
    }

    private static void Add(ReadOnlySpan<uint> entries, Span<float> scores)
    {
        foreach (uint e in entries) scores[(int)(e & TagBits)] += BitConverter.UInt32BitsToSingle(e & ~TagBits);
    }

    /// <summary>The dense weight row of one feature for one pass (what the file stores).</summary>
    private void DenseRow(ulong key, bool secondPass, Span<float> row)
    {
        row.Clear();
        var w = _rows.Weights(key);
        var entries = secondPass ? _entries.AsSpan(w.Start + w.First, w.Second) : _entries.AsSpan(w.Start, w.First);
        foreach (uint e in entries) row[(int)(e & TagBits)] = BitConverter.UInt32BitsToSingle(e & ~TagBits);
    }
}
