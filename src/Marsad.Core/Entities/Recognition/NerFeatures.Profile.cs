using Marsad.Entities.Recognition.Clusters;
using Marsad.Text;
using Marsad.Text.Morphology;
using static Marsad.Text.ArabicLetters;

namespace Marsad.Entities.Recognition;

internal static partial class NerFeatures
{
    private const int MaxKeyLength = 64;

    private static readonly ulong NoAffix = Hash("\u0001");

    /// <summary>The dictionary part of the lexicon: its ANERcorp counts cover the development part too.</summary>
    private static readonly Lazy<ArabicLexicon> Dictionary = new(() => ArabicLexicon.Default.DictionaryOnly());

    /// <summary>The hashed forms of one token (its surface as written in the text).</summary>
    public static TokenProfile Profile(ReadOnlySpan<char> surface)
    {
        // Names longer than this do not occur; the cut only bounds the stack buffer.
        if (surface.Length > MaxKeyLength) surface = surface[..MaxKeyLength];
        Span<char> buffer = stackalloc char[MaxKeyLength];
        int length = MatchKeyNormalizer.Normalize(surface, buffer);
        ReadOnlySpan<char> key = buffer[..length];

        int article = ArticlePrefixLength(key);
        ReadOnlySpan<char> stem = key[article..];
        ReadOnlySpan<char> light = article > 0 ? stem : key[SingleProcliticLength(key)..];
        var lexicon = Dictionary.Value;
        var trigger = Triggers.ClassifyWord(key);
        var clusters = NerWordClusters.Current;
        var (leaf, source) = ClusterOf(clusters, key);

        return new TokenProfile(
            Key: Hash(key),
            Stem: Hash(stem),
            Light: Hash(light),
            Proclitic: Hash(key[..article]),
            Prefix1: Affix(stem, 1, fromStart: true),
            Prefix2: Affix(stem, 2, fromStart: true),
            Prefix3: Affix(stem, 3, fromStart: true),
            Prefix4: Affix(stem, 4, fromStart: true),
            Suffix1: Affix(key, 1, fromStart: false),
            Suffix2: Affix(key, 2, fromStart: false),
            Suffix3: Affix(key, 3, fromStart: false),
            Suffix4: Affix(key, 4, fromStart: false),
            Shape: ShapeHash(surface),
            LengthBucket: LengthBucket(key.Length),
            Trigger: trigger,
            Lexical: LexicalClass(key, stem, light, lexicon),
            Names: NerNames.Classify(stem) | NerNames.Classify(light),
            Quote: surface is [var only] ? QuoteOf(only) : QuoteMark.None,
            Nisba: NisbaOf(stem, article > 0),
            Listed: ArabicNameWords.Classify(stem) | ArabicNameWords.Classify(light),
            ClusterLeaf: leaf,
            ClusterSource: source,
            SpellingLeaf: key.ContainsAnyInRange('\u0621', '\u064A') ? clusters.SpelledLeaf(key) : 0);
    }

    /// <summary>
    /// The word's leaf in the context tree: its own if the clusters list it, else that of the word without the
    /// proclitics before its article (والقاهرة → القاهرة), without its article, or without one proclitic; else none.
    /// </summary>
    internal static (int Leaf, ClusterSource Source) ClusterOf(WordClusters clusters, ReadOnlySpan<char> key)
    {
        int leaf = clusters.KnownLeaf(key);
        if (leaf != 0) return (leaf, ClusterSource.Word);
        int article = ArticlePrefixLength(key);
        var stem = key[article..];
        if (article > 2 || (article == 2 && key[0] == Lam))
        {
            Span<char> definite = stackalloc char[stem.Length + 2];
            definite[0] = Alef;
            definite[1] = Lam;
            stem.CopyTo(definite[2..]);
            if ((leaf = clusters.KnownLeaf(definite)) != 0) return (leaf, ClusterSource.Stripped);
        }
        if (article > 0 && (leaf = clusters.KnownLeaf(stem)) != 0) return (leaf, ClusterSource.Stripped);
        int clitic = SingleProcliticLength(key);
        if (article == 0 && clitic > 0 && (leaf = clusters.KnownLeaf(key[clitic..])) != 0) return (leaf, ClusterSource.Stripped);
        return (0, ClusterSource.None);
    }

    /// <summary>A stem of at least four letters shaped like a nisba adjective.</summary>
    private static Nisba NisbaOf(ReadOnlySpan<char> stem, bool definite) =>
        stem.Length >= 4 && EndsLikeNisba(stem)
            ? definite ? Nisba.Definite : Nisba.Indefinite
            : Nisba.None;

    /// <summary>A match-key stem ending like a nisba adjective, in ي or يه (match keys write ة as ه): عربي، سوريه، رئيسيه.</summary>
    internal static bool EndsLikeNisba(ReadOnlySpan<char> stem) => stem.EndsWith("يه") || stem.EndsWith("ي");

    private static QuoteMark QuoteOf(char c) => c switch
    {
        '«' or '“' or '„' => QuoteMark.Opening,
        '»' or '”' => QuoteMark.Closing,
        '"' => QuoteMark.Either,
        _ => QuoteMark.None,
    };

    /// <summary>
    /// What the dictionary says of the word: 8 for a function word, else one bit each for the whole key, the
    /// article-stripped stem and the one-clitic-stripped form being a dictionary base; 0 (unknown) is typical of
    /// names, foreign ones above all. Only the Ayaspell flags are read: the lexicon's ANERcorp counts and entity flags
    /// were computed over the whole corpus, the development part included.
    /// </summary>
    internal static byte LexicalClass(ReadOnlySpan<char> key, ReadOnlySpan<char> stem, ReadOnlySpan<char> light, ArabicLexicon lexicon)
    {
        var whole = lexicon.Lookup(key);
        if (whole.IsFunction) return 8;
        int bits = whole.IsLemma ? 1 : 0;
        if (stem.Length < key.Length && lexicon.Lookup(stem).IsLemma) bits |= 2;
        if (light.Length < key.Length && lexicon.Lookup(light).IsLemma) bits |= 4;
        return (byte)bits;
    }

    /// <summary>
    /// Length of a leading [و|ف]?[ب|ك|ل]?ال or [و|ف]?لل on a match key, when at least two letters remain.
    /// This is the feature-level stand-in for Marsad.Text.Morphology.CliticSegmenter: once that segmenter lands,
    /// <see cref="Profile"/> can take the stem from it instead (retrain the model after such a change: features
    /// are hashed, so <see cref="Version"/> must be bumped).
    /// </summary>
    internal static int ArticlePrefixLength(ReadOnlySpan<char> key)
    {
        for (int conjunction = 1; conjunction >= 0; conjunction--)
        {
            if (conjunction == 1 && (key.Length == 0 || (key[0] != Waw && key[0] != Feh))) continue;
            for (int preposition = 1; preposition >= 0; preposition--)
            {
                int s = conjunction + preposition;
                if (preposition == 1 && (key.Length <= s - 1 || !IsPreposition(key[s - 1]))) continue;
                if (key.Length - s - 2 < 2) continue;
                if (key[s] == Alef && key[s + 1] == Lam) return s + 2;
                // ل + ال is written لل: the article's alef drops.
                if (preposition == 0 && key[s] == Lam && key[s + 1] == Lam) return s + 2;
            }
        }
        return 0;
    }

    /// <summary>One leading و، ف، ب، ك or ل, when at least three letters remain (guessing: the full form is a feature too).</summary>
    internal static int SingleProcliticLength(ReadOnlySpan<char> key) =>
        key.Length >= 4 && (key[0] == Waw || key[0] == Feh || IsPreposition(key[0])) ? 1 : 0;

    private static bool IsPreposition(char c) => c == Beh || c == Kaf || c == Lam;

    private static ulong Affix(ReadOnlySpan<char> form, int length, bool fromStart)
    {
        if (form.Length < length) return NoAffix;
        return Hash(fromStart ? form[..length] : form[^length..]) + (ulong)length;
    }

    /// <summary>Character classes of the surface, runs collapsed and at most four runs: "a", "d", "Ldp", ...</summary>
    private static ulong ShapeHash(ReadOnlySpan<char> surface)
    {
        Span<char> shape = stackalloc char[4];
        int n = 0;
        foreach (char c in surface)
        {
            char cls = ArabicChars.IsArabicLetter(c) ? 'a'
                : ArabicChars.IsDigit(c) ? 'd'
                : ArabicChars.IsLatinLetter(c) ? (char.IsUpper(c) ? 'L' : 'l')
                : ArabicChars.IsDiacritic(c) || c == Tatweel || ArabicChars.IsInvisibleMark(c) ? '\0'
                : 'p';
            if (cls == '\0' || (n > 0 && shape[n - 1] == cls)) continue;
            if (n == shape.Length) break;
            shape[n++] = cls;
        }
        return Hash(shape[..n]);
    }

    private static int LengthBucket(int length) => length switch
    {
        <= 4 => length,
        <= 6 => 5,
        <= 9 => 6,
        _ => 7,
    };
}
