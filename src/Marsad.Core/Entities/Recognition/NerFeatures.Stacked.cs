namespace Marsad.Entities.Recognition;

internal static partial class NerFeatures
{
    /// <summary>Features the second pass adds to <see cref="PerToken"/>: the first pass's tags around the token and over the document.</summary>
    public const int StackedPerToken = 9;

    private const ulong Edge = 0xFF;

    /// <summary>
    /// Writes the second-pass features of one sentence: the first-pass tags of the token and its neighbours, and what
    /// the first pass said of the same word (its article-stripped stem) elsewhere in the document, so that a name
    /// recognised once (نيسان أورفان) is recognised at its other occurrences too (أورفان alone).
    /// </summary>
    public static void ExtractStacked(ReadOnlySpan<TokenProfile> tokens, ReadOnlySpan<int> firstTags, DocumentTagCounts document, Span<ulong> features)
    {
        int n = tokens.Length;
        for (int i = 0; i < n; i++)
        {
            ulong tag = (ulong)firstTags[i];
            ulong previous = i > 0 ? (ulong)firstTags[i - 1] : Edge, next = i + 1 < n ? (ulong)firstTags[i + 1] : Edge;
            ulong here = document.OthersMask(tokens[i].Light, firstTags[i]);
            ulong before = i > 0 ? document.OthersMask(tokens[i - 1].Light, firstTags[i - 1]) : Edge;
            ulong after = i + 1 < n ? document.OthersMask(tokens[i + 1].Light, firstTags[i + 1]) : Edge;
            var f = features.Slice(i * StackedPerToken, StackedPerToken);
            f[0] = Mix(100, tag);
            f[1] = Mix(101, previous << 8 | tag);
            f[2] = Mix(102, tag << 8 | next);
            f[3] = Mix(103, here);
            f[4] = Mix(104, here << 8 | tag);
            f[5] = Mix(105, before << 16 | here);
            f[6] = Mix(106, here << 16 | after);
            f[7] = Mix(107, document.Dominant(tokens[i].Light, firstTags[i]));
            f[8] = Mix(108, here << 8 | tokens[i].Lexical);
        }
    }

    /// <summary>The second pass's layout of <paramref name="n"/> tokens: per token its first-pass items, then its stacked ones.</summary>
    public static T[] Interleave<T>(T[] first, T[] stacked, int n)
    {
        int a = PerToken, b = StackedPerToken;
        var all = new T[n * (a + b)];
        for (int i = 0; i < n; i++)
        {
            first.AsSpan(i * a, a).CopyTo(all.AsSpan(i * (a + b)));
            stacked.AsSpan(i * b, b).CopyTo(all.AsSpan(i * (a + b) + a));
        }
        return all;
    }
}

/// <summary>
/// How often the first pass gave each tag to each word (by article-stripped stem) over one document: the evidence
/// the second pass reads about a word's other occurrences.
/// </summary>
internal sealed class DocumentTagCounts
{
    private const int T = NerTagSet.Count;
    private readonly Dictionary<ulong, int[]> _counts = [];

    public void Add(ReadOnlySpan<TokenProfile> tokens, ReadOnlySpan<int> tags)
    {
        for (int i = 0; i < tokens.Length; i++)
        {
            if (!_counts.TryGetValue(tokens[i].Light, out var counts)) _counts.Add(tokens[i].Light, counts = new int[T]);
            counts[tags[i]]++;
        }
    }

    /// <summary>One bit per tag given to the word's other occurrences (the occurrence tagged <paramref name="own"/> left out); 0 when there are none.</summary>
    public ulong OthersMask(ulong stem, int own)
    {
        if (!_counts.TryGetValue(stem, out var counts)) return 0;
        ulong mask = 0;
        for (int t = 0; t < T; t++)
            if (counts[t] - (t == own ? 1 : 0) > 0) mask |= 1UL << t;
        return mask;
    }

    /// <summary>
    /// The entity type most often given to the word's other occurrences (0 for none, else 1 + type) and whether those
    /// entity tags outnumber its O tags, as one small value.
    /// </summary>
    public ulong Dominant(ulong stem, int own)
    {
        if (!_counts.TryGetValue(stem, out var counts)) return 0;
        Span<int> byType = stackalloc int[4];
        int outside = counts[NerTagSet.Outside] - (own == NerTagSet.Outside ? 1 : 0), entity = 0;
        for (int t = 1; t < T; t++)
        {
            int c = counts[t] - (t == own ? 1 : 0);
            byType[(int)NerTagSet.TypeOf(t)] += c;
            entity += c;
        }
        if (entity == 0) return outside > 0 ? 1UL : 0UL;
        int best = 0;
        for (int type = 1; type < 4; type++) if (byType[type] > byType[best]) best = type;
        return (ulong)(2 + best) << 1 | (entity >= outside ? 1UL : 0);
    }
}
