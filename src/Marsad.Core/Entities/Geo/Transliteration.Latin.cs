using System.Globalization;
using System.Text;

namespace Marsad.Entities.Geo;

public static partial class Transliteration
{
    // Articles of romanised Arabic names, sun-letter assimilations included; dropped when another word follows.
    private static readonly HashSet<string> LatinArticles = new(StringComparer.Ordinal)
    {
        "al", "el", "il", "ul", "ar", "er", "as", "es", "ash", "esh", "ad", "ed", "az", "ez", "at", "et", "an", "en",
        "ath", "adh",
    };

    // Words that name the kind of division in admin1 names ("Damascus Governorate", "Muhafazat Halab"), not the place.
    private static readonly HashSet<string> DivisionWords = new(StringComparer.Ordinal)
    {
        "governorate", "province", "region", "district", "state", "muhafazat", "muhafazah", "wilayat", "wilaya",
        "vilayeti", "ili", "ostan", "of", "the", "municipality", "emirate", "division",
    };

    /// <summary>The key of a Latin (romanised) name: "Al Mayādīn" → skeleton "mdn", vocalised "maiadin".</summary>
    public static NameKey LatinKey(string name) => LatinKey(name, isDivisionName: false);

    /// <summary>The key of a first-level division name, without words such as Governorate or Province.</summary>
    public static NameKey LatinDivisionKey(string name) => LatinKey(name, isDivisionName: true);

    /// <summary>A division name without the words that say what kind of division it is: "Riyadh Region" → "riyadh".</summary>
    public static string DivisionName(string name)
    {
        var words = LatinWords(name);
        if (words.Any(w => !DivisionWords.Contains(w))) words.RemoveAll(DivisionWords.Contains);
        return string.Join(' ', words);
    }

    private static NameKey LatinKey(string name, bool isDivisionName)
    {
        var words = LatinWords(name);
        if (isDivisionName && words.Any(w => !DivisionWords.Contains(w)))
            words.RemoveAll(DivisionWords.Contains);
        var skeleton = new StringBuilder(name.Length);
        var vocalized = new StringBuilder(name.Length);
        for (int i = 0; i < words.Count; i++)
        {
            if (i < words.Count - 1 && LatinArticles.Contains(words[i])) continue;
            AppendLatinWord(words[i], skeleton, vocalized);
        }
        return new NameKey(CollapseRuns(skeleton.ToString()), CollapseRuns(vocalized.ToString()), 0);
    }

    /// <summary>
    /// Lower-case ASCII words: accents stripped, except that a vowel with a macron or circumflex (a long vowel, which
    /// Arabic writes) is kept upper-case; apostrophes (ʿayn, hamza) removed; split on everything else.
    /// </summary>
    private static List<string> LatinWords(string name)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (char c in name.Normalize(NormalizationForm.FormD))
        {
            if (c is '\u0304' or '\u0302' && word.Length > 0 && IsLatinVowel(word[^1])) { word[^1] = char.ToUpperInvariant(word[^1]); continue; }
            // ḩ (ح) is a consonant even at the end of a word, where a plain h after a vowel writes ة (Rafaḩ, not Rafa).
            if (c is '\u0327' or '\u0323' or '\u0331' && word.Length > 0 && word[^1] == 'h') { word[^1] = HardH; continue; }
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsAsciiLetter(c)) word.Append(char.ToLowerInvariant(c));
            else if (c is '\'' or '\u2018' or '\u2019' or '\u02BF' or '\u02BE' or '`') continue;
            else if (word.Length > 0) { words.Add(word.ToString()); word.Clear(); }
        }
        if (word.Length > 0) words.Add(word.ToString());
        return words;
    }

    private static void AppendLatinWord(string word, StringBuilder skeleton, StringBuilder vocalized)
    {
        // A word-final vowel + h is the romanisation of ة (Raqqah, Jableh), not a consonant.
        int end = word.Length;
        if (end > 2 && word[end - 1] == 'h' && IsLatinVowel(word[end - 2])) end--;
        for (int i = 0; i < end; i++)
        {
            char c = word[i], next = i + 1 < end ? word[i + 1] : '\0';
            char digraph = (c, next) switch
            {
                ('k', 'h') => 'X', ('s', 'h') => 'S', ('c', 'h') => 'S', ('t', 'h') => 'C', ('d', 'h') => 'D',
                ('g', 'h') => 'G', ('d', 'j') => 'j', ('p', 'h') => 'f', ('c', 'k') => 'k', _ => '\0',
            };
            if (digraph != '\0') { skeleton.Append(digraph); vocalized.Append(digraph); i++; continue; }
            char consonant = c switch
            {
                'b' or 'p' => 'b', 't' => 't', 'j' or 'g' => 'j', 'h' or HardH => 'h', 'd' => 'd', 'r' => 'r', 'z' => 'z',
                's' => 's', 'q' => 'q', 'k' or 'c' => 'k', 'f' or 'v' => 'f', 'l' => 'l', 'm' => 'm', 'n' => 'n',
                'x' => 'k', _ => '\0',
            };
            if (consonant != '\0') { skeleton.Append(consonant); vocalized.Append(consonant); continue; }
            // Vowels and semivowels: only the vocalised form keeps them, folded to the three Arabic vowel qualities;
            // long ones (marked, doubled, French ou, and the semivowels y w, which Arabic writes as ي و) upper-case.
            if (IsLatinVowel(c) && c == next) { vocalized.Append(LongVowel(c)); i++; continue; }
            if (c == 'o' && next == 'u') { vocalized.Append('U'); i++; continue; }
            vocalized.Append(c switch
            {
                'a' => 'a', 'e' or 'i' => 'i', 'o' or 'u' => 'u', 'y' => 'I', 'w' => 'U', 'A' => 'A', 'E' or 'I' => 'I', 'O' or 'U' => 'U', _ => 'a',
            });
        }
    }

    /// <summary>Marks an h with a cedilla, dot or line below in a word: always the consonant h.</summary>
    private const char HardH = 'H';

    private static bool IsLatinVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'A' or 'E' or 'I' or 'O' or 'U';

    private static char LongVowel(char c) => char.ToLowerInvariant(c) switch { 'a' => 'A', 'e' or 'i' => 'I', _ => 'U' };
}
