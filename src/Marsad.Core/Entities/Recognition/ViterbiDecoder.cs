namespace Marsad.Entities.Recognition;

/// <summary>
/// First-order Viterbi over the tag set: per-token emission scores plus tag-to-tag transition scores, with the IOB2
/// constraint built in (an I-X never follows anything but B-X or I-X), so every decoded sequence is well formed.
/// </summary>
internal static class ViterbiDecoder
{
    private const int T = NerTagSet.Count;

    /// <summary>
    /// Fills <paramref name="best"/> with the highest-scoring tag sequence. <paramref name="emissions"/> holds T scores
    /// per token; <paramref name="transitions"/> holds (T+1)·T scores, row <c>previous</c> then a last row for the start.
    /// </summary>
    public static void Decode(ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, Span<int> best)
    {
        int n = best.Length;
        if (n == 0) return;
        float[] score = new float[n * T];
        int[] back = new int[n * T];

        for (int t = 0; t < T; t++)
            score[t] = NerTagSet.IsAllowed(-1, t) ? emissions[t] + transitions[T * T + t] : float.NegativeInfinity;

        for (int i = 1; i < n; i++)
        {
            int row = i * T, prevRow = row - T;
            for (int t = 0; t < T; t++)
            {
                float bestScore = float.NegativeInfinity;
                int bestPrev = 0;
                for (int p = 0; p < T; p++)
                {
                    if (!Allowed[p * T + t]) continue;
                    float s = score[prevRow + p] + transitions[p * T + t];
                    if (s > bestScore) { bestScore = s; bestPrev = p; }
                }
                score[row + t] = bestScore + emissions[row + t];
                back[row + t] = bestPrev;
            }
        }

        int last = (n - 1) * T, tag = 0;
        for (int t = 1; t < T; t++) if (score[last + t] > score[last + tag]) tag = t;
        for (int i = n - 1; i >= 0; i--)
        {
            best[i] = tag;
            tag = back[i * T + tag];
        }
    }

    private static readonly bool[] Allowed = BuildAllowed();

    private static bool[] BuildAllowed()
    {
        var allowed = new bool[T * T];
        for (int p = 0; p < T; p++)
            for (int t = 0; t < T; t++)
                allowed[p * T + t] = NerTagSet.IsAllowed(p, t);
        return allowed;
    }
}
