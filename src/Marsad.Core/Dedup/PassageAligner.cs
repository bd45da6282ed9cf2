namespace Marsad.Dedup;

/// <summary>One aligned stretch of two word sequences: words [AStart, AEnd) of A against [BStart, BEnd) of B.</summary>
/// <param name="Matched">Words that matched exactly (by loose key); the rest are small edits inside the stretch.</param>
public readonly record struct WordAlignment(int AStart, int AEnd, int BStart, int BEnd, int Matched);

/// <summary>
/// Grows a seed match between two word-key sequences into a passage, tolerating small edits: after a mismatch the
/// alignment resumes if two consecutive words match again within a skip of up to two words on either side
/// (one changed word, one inserted or dropped word, "موضحا أن" for "مشيرا إلى أن").
/// </summary>
public static class PassageAligner
{
    /// <summary>Words that may be skipped on each side to resynchronise after a mismatch.</summary>
    public const int MaxSkip = 2;

    /// <summary>Aligns around every seed (positions where A[i] = B[j] begins a matching n-gram) not already inside an
    /// alignment; keeps the alignments with at least <paramref name="minMatched"/> matched words.</summary>
    public static List<WordAlignment> Align(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, IReadOnlyList<(int A, int B)> seeds, int minMatched)
    {
        var found = new List<WordAlignment>();
        foreach (var (i, j) in seeds)
        {
            if (IsCovered(found, i, j)) continue;
            var (aEnd, bEnd, forward) = Extend(a, b, i, j, +1);
            var (aStart, bStart, backward) = Extend(a, b, i - 1, j - 1, -1);
            var alignment = new WordAlignment(aStart, aEnd, bStart, bEnd, forward + backward);
            if (alignment.Matched >= minMatched) found.Add(alignment);
            else if (forward + backward > 0) found.Add(alignment with { Matched = -1 }); // remember as seen, dropped below
        }
        found.RemoveAll(x => x.Matched < 0);
        found.Sort((x, y) => x.AStart != y.AStart ? x.AStart.CompareTo(y.AStart) : x.BStart.CompareTo(y.BStart));
        return found;
    }

    static bool IsCovered(List<WordAlignment> found, int i, int j)
    {
        foreach (var f in found)
            if (i >= f.AStart && i < f.AEnd && j >= f.BStart && j < f.BEnd) return true;
        return false;
    }

    /// <summary>Walks from (p, q) in <paramref name="step"/> direction. Forward it returns the exclusive ends; backward
    /// the inclusive starts. The returned bound is just past the last matched word (edits at the edge are not kept).</summary>
    static (int A, int B, int Matched) Extend(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, int p, int q, int step)
    {
        int matched = 0;
        int lastA = step > 0 ? p : p + 1, lastB = step > 0 ? q : q + 1;
        while (true)
        {
            if (In(a, p) && In(b, q) && a[p] == b[q])
            {
                matched++;
                p += step; q += step;
                lastA = step > 0 ? p : p + 1;
                lastB = step > 0 ? q : q + 1;
                continue;
            }
            if (!Resync(a, b, ref p, ref q, step)) break;
        }
        return (lastA, lastB, matched);
    }

    static bool Resync(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, ref int p, ref int q, int step)
    {
        for (int total = 1; total <= 2 * MaxSkip; total++)
            for (int da = Math.Max(0, total - MaxSkip); da <= Math.Min(MaxSkip, total); da++)
            {
                int db = total - da;
                int pa = p + da * step, qb = q + db * step;
                if (In(a, pa) && In(b, qb) && In(a, pa + step) && In(b, qb + step) && a[pa] == b[qb] && a[pa + step] == b[qb + step])
                {
                    p = pa; q = qb;
                    return true;
                }
            }
        return false;
    }

    static bool In(ReadOnlySpan<ulong> s, int i) => (uint)i < (uint)s.Length;
}
