namespace Marsad.Dedup;

/// <summary>Exact set measures over sorted, distinct shingle hashes (the verification step after LSH).</summary>
public static class ShingleSetSimilarity
{
    /// <summary>|A ∩ B| by a linear merge.</summary>
    public static int IntersectionCount(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            ulong x = a[i], y = b[j];
            if (x == y) { common++; i++; j++; }
            else if (x < y) i++;
            else j++;
        }
        return common;
    }

    /// <summary>|A ∩ B| / |A ∪ B|; 1 for two empty sets.</summary>
    public static double Jaccard(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        if (a.IsEmpty && b.IsEmpty) return 1;
        int common = IntersectionCount(a, b);
        return (double)common / (a.Length + b.Length - common);
    }

    /// <summary>|A ∩ B| / |A|: how much of A occurs in B.</summary>
    public static double Containment(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b) =>
        a.IsEmpty ? 0 : (double)IntersectionCount(a, b) / a.Length;
}
