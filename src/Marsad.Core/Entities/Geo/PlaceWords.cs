using Marsad.Entities.Recognition;
using Marsad.Text;
using Marsad.Text.Morphology;

namespace Marsad.Entities.Geo;

/// <summary>
/// What the shape of a one-word mention says about it being a place, before any gazetteer lookup. Transliteration
/// reaches a village for almost any word (معارك ↔ Mūrak, وبلدة ↔ Balad), so the words that cannot be names are told
/// apart here, by the dictionary (<see cref="ArabicLexicon"/>, its Ayaspell part only) and the place heads
/// (<see cref="Triggers"/>), never by a list of words:
/// <list type="bullet">
/// <item><see cref="IsNeverAPlace"/>: a place head alone, with or without clitics (وبلدة، والمدينة, "and town");
/// a word with an attached pronoun whose stem the dictionary knows (شركائنا "our partners", مدينتنا "our city"); a
/// word written with tanween (بصرياً "visually", شعباً): indefinite, which a place name is not;</item>
/// <item><see cref="IsDictionaryWord"/>: a word the dictionary lists, proclitics and article aside (معارك، الحدود,
/// and names such as حمص too): a place only with more evidence than its spelling (see
/// <see cref="Geocoder.GeocodeDocument"/>). For a word no one tagged, <see cref="IsDictionaryKey"/> also counts the
/// feminine of a listed word (المجموعة of مجموع, التابعة of تابع: the dictionary lists bases); a tagged one keeps
/// the benefit of the doubt, since many towns bear such names (المنصورة، الناصرية).</item>
/// </list>
/// </summary>
internal static class PlaceWords
{
    private static readonly Lazy<ArabicLexicon> Dictionary = new(() => ArabicLexicon.Default.DictionaryOnly());

    // Attached pronouns (match keys), longest first; ي and ك are left out: as word endings they are a nisba or part
    // of a name far more often (دبي، تبوك).
    private static readonly string[] Pronouns = ["هما", "هم", "هن", "ها", "كم", "كن", "نا", "ه"];

    private const int MinStemLetters = 3;

    /// <summary>One word that names no place whatever the gazetteer holds (see the class summary).</summary>
    public static bool IsNeverAPlace(string mention)
    {
        if (OneWord(mention) is not { } word) return false;
        string key = MatchKeyNormalizer.Normalize(word);
        return Triggers.ClassifyWord(key) == TriggerClass.PlaceHead || HasPronounOnAWord(word, key) || word.AsSpan().IndexOfAny(Tanween) >= 0;
    }

    // Fathatan, dammatan, kasratan.
    private static readonly System.Buffers.SearchValues<char> Tanween = System.Buffers.SearchValues.Create("\u064B\u064C\u064D");

    /// <summary>One word the dictionary lists as a word, its proclitics and article aside.</summary>
    public static bool IsDictionaryWord(string mention) =>
        OneWord(mention) is { } word && IsDictionaryKey(MatchKeyNormalizer.Normalize(word), feminine: false);

    /// <summary>
    /// <see cref="IsDictionaryWord"/> for a word already in match-key form; with <paramref name="feminine"/> (the
    /// surface ends in ة, which the key writes as ه) the masculine the dictionary lists counts too.
    /// </summary>
    internal static bool IsDictionaryKey(ReadOnlySpan<char> key, bool feminine)
    {
        int article = NerFeatures.ArticlePrefixLength(key);
        var stem = key[(article > 0 ? article : NerFeatures.SingleProcliticLength(key))..];
        var dictionary = Dictionary.Value;
        if (dictionary.Lookup(key).IsLemma || dictionary.Lookup(stem).IsLemma) return true;
        // The masculine of a feminine in ة.
        return feminine && stem.Length > MinStemLetters && dictionary.Lookup(stem[..^1]).IsLemma;
    }

    /// <summary>
    /// A pronoun ending on a stem the dictionary knows, when the whole word is not itself a dictionary word (حماه is
    /// the town as often as "his protector"). The ending is read on the surface, where ة is still not ه (بلدة is no
    /// بلد + ه); a hamza carried before the ending is written on its seat (شركائنا → شركاء).
    /// </summary>
    private static bool HasPronounOnAWord(string word, string key)
    {
        var dictionary = Dictionary.Value;
        if (dictionary.Lookup(key).IsLemma) return false;
        string letters = string.Concat(Transliteration.ArabicWords(word));
        foreach (var pronoun in Pronouns)
        {
            if (!letters.EndsWith(pronoun, StringComparison.Ordinal) || key.Length - pronoun.Length < MinStemLetters) continue;
            string stem = key[..^pronoun.Length];
            foreach (var form in StemForms(stem))
                if (dictionary.Lookup(form).IsLemma || dictionary.Lookup(form.AsSpan(NerFeatures.SingleProcliticLength(form))).IsLemma)
                    return true;
        }
        return false;
    }

    // The stem as the dictionary writes it alone: a hamza seat (ي، و in the key) back to ء, a ت back to ة (ه in the key).
    private static IEnumerable<string> StemForms(string stem)
    {
        yield return stem;
        if (stem[^1] is 'ي' or 'و') yield return stem[..^1] + "ء";
        if (stem[^1] == 'ت') yield return stem[..^1] + "ه";
    }

    private static string? OneWord(string mention)
    {
        var words = mention.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return words.Length == 1 && Transliteration.ArabicWords(words[0]).Count == 1 ? words[0] : null;
    }
}
