using Marsad.Entities.Recognition.Clusters;
using Marsad.Text;

namespace Marsad.Entities.Recognition;

/// <summary>
/// The feature templates of the tagger. Every token gets exactly <see cref="PerToken"/> features, each a 64-bit hash
/// of (template, value); the model maps hashes it has seen in training to weight rows and ignores the rest.
/// All word forms go through the match key first, so a word with or without hamza (ANERcorp often drops it,
/// news text keeps it), with ى or ي, with or without diacritics, gives the same features.
/// </summary>
internal static partial class NerFeatures
{
    /// <summary>Bump when templates or hashing change: a model trained with other features is refused at load time.</summary>
    public const int Version = 5;

    public const int PerToken = 55;

    /// <summary>The slots that name the word itself (its match key, stems, and the bigrams and stem pairs it is in); the
    /// rest describe its affixes, shape, neighbours and lists. See <see cref="NerTrainingOptions.WordDropout"/>.</summary>
    internal static readonly int[] IdentitySlots = [1, 6, 9, 19, 20, 25, 35];

    /// <summary>The slot of the quote context (<see cref="QuoteContexts"/>) among a token's features.</summary>
    internal const int QuoteContextFeature = 40;

    private static readonly TokenProfile SentenceStart = Sentinel("<s>");
    private static readonly TokenProfile SentenceEnd = Sentinel("</s>");

    /// <summary>Writes the features of every token of <paramref name="tokens"/> into <paramref name="features"/> (token i at i·PerToken).</summary>
    public static void Extract(ReadOnlySpan<TokenProfile> tokens, Span<ulong> features)
    {
        int n = tokens.Length;
        Span<ulong> quoted = n <= 512 ? stackalloc ulong[n] : new ulong[n];
        QuoteContexts(tokens, quoted);
        for (int i = 0; i < n; i++)
        {
            ref readonly var w = ref tokens[i];
            var p1 = At(tokens, i - 1);
            var p2 = At(tokens, i - 2);
            var n1 = At(tokens, i + 1);
            var n2 = At(tokens, i + 2);
            var f = features.Slice(i * PerToken, PerToken);
            f[0] = Mix(0, 0);
            f[1] = Mix(1, w.Key);
            f[2] = Mix(2, p1.Key);
            f[3] = Mix(3, n1.Key);
            f[4] = Mix(4, p2.Key);
            f[5] = Mix(5, n2.Key);
            f[6] = Mix(6, w.Stem);
            f[7] = Mix(7, p1.Stem);
            f[8] = Mix(8, n1.Stem);
            f[9] = Mix(9, w.Light);
            f[10] = Mix(10, w.Prefix1);
            f[11] = Mix(11, w.Prefix2);
            f[12] = Mix(12, w.Prefix3);
            f[13] = Mix(13, w.Suffix1);
            f[14] = Mix(14, w.Suffix2);
            f[15] = Mix(15, w.Suffix3);
            f[16] = Mix(16, w.Proclitic);
            f[17] = Mix(17, w.Shape);
            f[18] = Mix(18, Pair(Pair(p1.Shape, w.Shape), n1.Shape));
            f[19] = Mix(19, Pair(p1.Key, w.Key));
            f[20] = Mix(20, Pair(w.Key, n1.Key));
            f[21] = Mix(21, (ulong)p1.Trigger);
            f[22] = Mix(22, (ulong)p2.Trigger);
            f[23] = Mix(23, (ulong)w.Trigger);
            f[24] = Mix(24, (ulong)w.LengthBucket);
            f[25] = Mix(25, Pair(p1.Stem, w.Stem));
            f[26] = Mix(26, p2.Stem);
            f[27] = Mix(27, n2.Stem);
            f[28] = Mix(28, (ulong)n1.Trigger);
            f[29] = Mix(29, w.Prefix4);
            f[30] = Mix(30, w.Suffix4);
            f[31] = Mix(31, w.Lexical);
            f[32] = Mix(32, (ulong)p1.Lexical << 16 | (ulong)w.Lexical << 8 | n1.Lexical);
            f[33] = Mix(33, (ulong)w.Names);
            f[34] = Mix(34, (ulong)p1.Names << 16 | (ulong)w.Names << 8 | (ulong)n1.Names);
            f[35] = Mix(35, Pair(w.Stem, n1.Stem));
            f[36] = Mix(36, Pair(p1.Key, (ulong)w.Lexical));
            f[37] = Mix(37, Pair((ulong)p1.Trigger << 8 | w.Lexical, w.Shape));
            f[38] = Mix(38, Pair(w.Suffix2, n1.Key));
            f[39] = Mix(39, Pair(p1.Key, w.Suffix2));
            f[QuoteContextFeature] = Mix(QuoteContextFeature, quoted[i]);
            // A head word and the nisba after it: البنك التجاري is a name, مدينة رئيسية is not; which heads take
            // which is learnt, the pair only lets it carry over to adjectives the training text never shows.
            f[41] = Mix(41, (ulong)w.Trigger << 8 | (ulong)n1.Nisba);
            f[42] = Mix(42, (ulong)p1.Trigger << 16 | (ulong)p1.Nisba << 8 | (ulong)w.Nisba);
            // The shipped name lists (data/arabic-names): the word's own entries and those of its neighbours; a word
            // after a given name is the family name more often than anything else, more so when no dictionary knows it.
            f[43] = Mix(43, (ulong)w.Listed);
            f[44] = Mix(44, (ulong)p1.Listed << 8 | (ulong)w.Listed);
            f[45] = Mix(45, (ulong)w.Listed << 8 | (ulong)n1.Listed);
            f[46] = Mix(46, (p1.Listed & NameWordFlags.Given) != 0 ? 0x100UL | w.Lexical : 0);
            // Word clusters from unlabelled text: coarse to fine prefixes of the word's context path, its neighbours',
            // and the spelling path that any word has, a never-seen one too.
            var clusters = NerWordClusters.Current;
            f[47] = Mix(47, (ulong)clusters.Prefix(w.ClusterLeaf, 4));
            f[48] = Mix(48, (ulong)clusters.Prefix(w.ClusterLeaf, 6));
            f[49] = Mix(49, (ulong)clusters.Prefix(w.ClusterLeaf, 10));
            f[50] = Mix(50, (ulong)clusters.Prefix(w.ClusterLeaf, 12) << 8 | (ulong)w.ClusterSource);
            f[51] = Mix(51, (ulong)clusters.Prefix(p1.ClusterLeaf, 8));
            f[52] = Mix(52, (ulong)clusters.Prefix(n1.ClusterLeaf, 8));
            f[53] = Mix(53, (ulong)clusters.SpellingPrefix(w.SpellingLeaf, 6));
            f[54] = Mix(54, (ulong)clusters.SpellingPrefix(w.SpellingLeaf, 10) << 8 | (ulong)w.ClusterSource);
        }
    }

    /// <summary>Longest quotation whose words get the quote context feature; a longer run is no title.</summary>
    private const int MaxQuoted = 8;

    /// <summary>
    /// For each token inside quotation marks, the word before the opening mark and how far in the token is (1, 2, 3+):
    /// a title in quotes is named by what comes before it (برنامج «...»، صحيفة «...»، استاد "..."). 0 outside quotes.
    /// </summary>
    private static void QuoteContexts(ReadOnlySpan<TokenProfile> tokens, Span<ulong> contexts)
    {
        int open = -1;
        for (int k = 0; k < tokens.Length; k++)
        {
            var mark = tokens[k].Quote;
            contexts[k] = 0;
            if (mark == QuoteMark.Opening || (mark == QuoteMark.Either && open < 0)) { open = k; continue; }
            if (mark == QuoteMark.Closing || mark == QuoteMark.Either) { open = -1; continue; }
            if (open < 0) continue;
            if (k - open > MaxQuoted) { open = -1; continue; }
            ulong before = open > 0 ? tokens[open - 1].Stem : SentenceStart.Stem;
            contexts[k] = Pair(before, (ulong)Math.Min(k - open, 3));
        }
    }

    private static TokenProfile At(ReadOnlySpan<TokenProfile> tokens, int i) =>
        i < 0 ? SentenceStart : i >= tokens.Length ? SentenceEnd : tokens[i];

    private static TokenProfile Sentinel(string name)
    {
        ulong h = Hash(name);
        return new TokenProfile(h, h, h, h, h, h, h, h, h, h, h, h, h, 0, TriggerClass.None, 9, NameListFlags.None);
    }

    /// <summary>FNV-1a over UTF-16 code units: stable across runs and platforms, unlike string.GetHashCode.</summary>
    internal static ulong Hash(ReadOnlySpan<char> text)
    {
        ulong h = 0xCBF29CE484222325UL;
        foreach (char c in text)
        {
            h ^= c;
            h *= 0x100000001B3UL;
        }
        return h;
    }

    private static ulong Pair(ulong a, ulong b) => Finalize(a * 0x9E3779B97F4A7C15UL + b);

    private static ulong Mix(int template, ulong value) => Finalize(value + (ulong)(template + 1) * 0xD1B54A32D192ED03UL);

    /// <summary>The SplitMix64 finaliser: spreads the bits so features of different templates never line up.</summary>
    private static ulong Finalize(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
