using Marsad.Entities.Geo;
using Marsad.Text.Morphology;

namespace Marsad.Entities.Resolution;

/// <summary>
/// Spelling variants of names that are safe to merge. <see cref="NameKeys"/> says when two words are spelled alike
/// (hamza, ى/ي, ة/ه, a long vowel doubled or dropped, a transliteration's sound-alike consonant); this class refuses
/// the pairs where both spellings are words in their own right: a dictionary word (اليمن ≠ الإيمان، الرياض ≠ الأرض)
/// or another name the gazetteer knows (الكويت ≠ كيوتو). A variant joins a name only when at most one of the two is
/// such a word, so a misspelling (الديموقراطية) still joins its word (الديمقراطية).
/// </summary>
public sealed class NameVariants(ArabicLexicon lexicon, Gazetteer gazetteer)
{
    private readonly KnownPlaceNames places = new(gazetteer);

    private static readonly Lazy<NameVariants> LazyDefault = new(() => new NameVariants(ArabicLexicon.Default, Gazetteer.Embedded));

    /// <summary>The guard over the embedded lexicon and gazetteer.</summary>
    public static NameVariants Default => LazyDefault.Value;

    /// <summary>Two match-key words are one word: equal, or orthographic variants (<see cref="NameKeys.OrthographicVariant"/>)
    /// and not two words the
    /// dictionary lists (اليمن ≠ الإيمان); an inflected form of a listed word is still one spelling of it
    /// (الأمريكية = الأميركية).</summary>
    public bool SameWord(string a, string b) => a == b || (NameKeys.OrthographicVariant(a, b) && !TwoWords(a, b));

    /// <summary>Both listed words, or a place the gazetteer knows and a word the dictionary or the corpus attests
    /// (الطائف ≠ الطائفة، الجبيل ≠ الجبال).</summary>
    private bool TwoWords(string a, string b) =>
        (IsWord(a, Listed) && IsWord(b, Listed))
        || (places.Contains(a) && IsAttested(b)) || (places.Contains(b) && IsAttested(a));

    /// <summary>How often ANERcorp's news text has the word (a match key) as written.</summary>
    public int CorpusFrequency(string word) => lexicon.Lookup(word).CorpusFrequency;

    /// <summary>A word of the language rather than a name: the dictionary lists it, or ANERcorp's news text writes it
    /// and mostly not inside a name (السورية، القطر، المالي).</summary>
    public bool IsCommonWord(string word)
    {
        var entry = lexicon.Lookup(word);
        return !entry.IsEntity && (entry.IsLemma || entry.CorpusFrequency > 0);
    }

    private bool IsAttested(string word)
    {
        if (IsWord(word, Inflected)) return true;
        var bare = word.Length > 3 && word.StartsWith("ال", StringComparison.Ordinal) ? word.AsSpan(2) : word.AsSpan();
        var entry = lexicon.Lookup(word);
        var bareEntry = lexicon.Lookup(bare);
        return (entry.CorpusFrequency > 0 && !entry.IsEntity) || (bareEntry.CorpusFrequency > 0 && !bareEntry.IsEntity);
    }

    /// <summary>A typo of a long word (a consonant changed), when neither spelling is a word, inflected or not, or a name
    /// of its own (الدينية is no typo of اليمنية, السويسري none of السوري).</summary>
    public bool TypoOf(string a, string b) => NameKeys.TypoOf(a, b) && !IsWord(a, Inflected) && !IsWord(b, Inflected);

    /// <summary>
    /// A word of a longer name spelled loosely: the same consonant skeleton with a long vowel moved or changed
    /// (الديموقرطية for الديمقراطية), unless the two are two words. Safe only beside another word that agrees as
    /// spelled: alone, such pairs are as often two words (الجبيل، الجبال).
    /// </summary>
    public bool LooseWord(string a, string b) => SameWord(a, b) || (NameKeys.SameWord(a, b) && !TwoWords(a, b));

    private static bool ArticleVariant(string a, string b) =>
        (a.Length >= 6 && a.StartsWith("ال", StringComparison.Ordinal) && a.AsSpan(2).SequenceEqual(b))
        || (b.Length >= 6 && b.StartsWith("ال", StringComparison.Ordinal) && b.AsSpan(2).SequenceEqual(a));

    private const int Listed = 3, Inflected = 2;

    /// <summary>
    /// A word of its own: the dictionary lists it (or, at <paramref name="tier"/> Inflected, a base it inflects), with the
    /// article off, or the gazetteer knows it as a place name. The dictionary holds names too (يمن، عراق): that is what
    /// keeps two names apart as well as a name and a noun.
    /// </summary>
    private bool IsWord(string word, int tier)
    {
        if (word.Length == 0 || NameKeys.IsLatin(word)) return false;
        var bare = word.Length > 3 && word.StartsWith("ال", StringComparison.Ordinal) ? word.AsSpan(2) : word.AsSpan();
        bool listed = lexicon.Lookup(bare).IsLemma || lexicon.Lookup(word).IsLemma;
        return listed || (tier == Inflected && StemEvidence.Tier(bare, lexicon) >= StemEvidence.Inflected) || places.Contains(word);
    }

    /// <summary>
    /// Whether two names (match-key words) name the same thing: same number of words, each word the same by
    /// <see cref="SameWord"/>, except that one word of a name of two words or more may be spelled loosely
    /// (<see cref="LooseWord"/>) or be a typo of the other's (<see cref="TypoOf"/>) or, for persons, agree only by its phonetic skeleton (ماغروك = ماكغورك) when another word
    /// agrees as spelled.
    /// </summary>
    public bool SameName(IReadOnlyList<string> a, IReadOnlyList<string> b, bool person)
    {
        if (a.Count != b.Count || a.Count == 0) return false;
        int loose = 0, exact = 0;
        for (int i = 0; i < a.Count; i++)
        {
            if (SameWord(a[i], b[i])) { exact++; continue; }
            // Beside a word that agrees as spelled, a word spelled with a long vowel more or less is the same word even
            // when both spellings are words (الشرق الوسط, a slip for الشرق الأوسط), except in persons' names, where
            // such pairs are two names (سعد، سعود); and a family name may take the article or not (مسعود البارزاني).
            bool typo = a.Count >= 2 && (LooseWord(a[i], b[i]) || TypoOf(a[i], b[i])
                || (!person && NameKeys.OrthographicVariant(a[i], b[i])) || (person && i > 0 && ArticleVariant(a[i], b[i])));
            bool sound = person && a.Count >= 2 && !NameKeys.IsLatin(a[i]) && !NameKeys.IsLatin(b[i])
                && !(IsWord(a[i], Inflected) && IsWord(b[i], Inflected))
                && NameKeys.Phonetic(a[i]) is { Length: >= 3 } pa && pa == NameKeys.Phonetic(b[i]);
            if (!typo && !sound) return false;
            loose++;
        }
        return loose <= 1 && exact >= 1;
    }
}
