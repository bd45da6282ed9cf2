using System.Text;
using Marsad.Text;

namespace Marsad.Entities.Geo;

public static partial class Transliteration
{
    /// <summary>
    /// The keys of an Arabic-script name, the usual reading first: "الميادين" → mdn (article dropped), then lmdn
    /// (article kept). At most <see cref="MaxArabicKeys"/>, distinct by skeleton and vocalised form, in a fixed order.
    /// </summary>
    public static IReadOnlyList<NameKey> ArabicKeys(string name)
    {
        var words = ArabicWords(name);
        var keys = new List<(StringBuilder Skeleton, StringBuilder Vocalized, int Penalty)> { (new(), new(), 0) };
        for (int w = 0; w < words.Count; w++)
        {
            var readings = WordReadings(words[w], isLastWord: w == words.Count - 1);
            var next = new List<(StringBuilder, StringBuilder, int)>(keys.Count * readings.Count);
            foreach (var key in keys)
                foreach (var reading in readings)
                {
                    if (next.Count == MaxArabicKeys) break;
                    if (key.Penalty + reading.Penalty > MaxReadingPenalty) continue;
                    next.Add((new StringBuilder().Append(key.Skeleton).Append(reading.Skeleton),
                        new StringBuilder().Append(key.Vocalized).Append(reading.Vocalized), key.Penalty + reading.Penalty));
                }
            keys = next;
        }
        var result = new List<NameKey>(keys.Count);
        var seen = new HashSet<(string, string)>();
        foreach (var (skeleton, vocalized, penalty) in keys.OrderBy(k => k.Penalty))   // stable: ties keep generation order
        {
            var key = new NameKey(CollapseRuns(skeleton.ToString()), CollapseRuns(vocalized.ToString()), penalty);
            if (key.Skeleton.Length > 0 && seen.Add((key.Skeleton, key.Vocalized))) result.Add(key);
        }
        return result;
    }

    /// <summary>Arabic letters of each word; diacritics and tatweel dropped, alef forms folded to ا.</summary>
    internal static List<string> ArabicWords(string name)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (char c in name)
        {
            if (ArabicChars.IsDiacritic(c) || c == ArabicLetters.Tatweel || ArabicChars.IsInvisibleMark(c)) continue;
            if (ArabicChars.IsArabicLetter(c)) word.Append(c is 'أ' or 'إ' or 'آ' or 'ٱ' ? 'ا' : c);
            else if (word.Length > 0) { words.Add(word.ToString()); word.Clear(); }
        }
        if (word.Length > 0) words.Add(word.ToString());
        return words;
    }

    /// <summary>The readings of one word: with the article dropped (usual) or kept as "l", times ambiguous letters.</summary>
    private static List<NameKey> WordReadings(string word, bool isLastWord)
    {
        var bodies = new List<(string Body, string Prefix, int Penalty)>();
        if (word.Length > 3 && word.StartsWith("ال", StringComparison.Ordinal))
        {
            bodies.Add((word[2..], "", 0));
            bodies.Add((word[2..], "l", 1));
        }
        else bodies.Add((word, "", 0));

        var readings = new List<NameKey>();
        foreach (var (body, prefix, bodyPenalty) in bodies)
        {
            var partial = new List<(string Skeleton, string Vocalized, int Penalty)> { (prefix, prefix.Length > 0 ? "a" + prefix : "", bodyPenalty) };
            for (int i = 0; i < body.Length; i++)
            {
                // ة after a long ā writes the -āh ending, which romanisations give as ā alone (حماة ↔ Ḩamāh).
                var options = body[i] == 'ة' && i > 0 && body[i - 1] == 'ا'
                    ? Silent
                    : CachedLetterReadings(body[i], isWordEnd: i == body.Length - 1, isLastWord);
                var next = new List<(string, string, int)>();
                foreach (var p in partial)
                    foreach (var (consonant, vowel, penalty) in options)
                        if (next.Count < MaxArabicKeys && p.Penalty + penalty <= MaxReadingPenalty) next.Add((p.Skeleton + consonant, p.Vocalized + consonant + vowel, p.Penalty + penalty));
                partial = next;
            }
            readings.AddRange(partial.Select(p => new NameKey(p.Skeleton, p.Vocalized, p.Penalty)));
        }
        return readings;
    }

    private static readonly (string Consonant, string Vowel, int Penalty)[] Silent = [("", "", 0)];

    // LetterReadings for every Arabic-block letter and position, computed once so that reading a letter allocates nothing.
    private const int ArabicBlockStart = 0x0600, ArabicBlockSize = 0x100;
    private static readonly (string Consonant, string Vowel, int Penalty)[][] ReadingTable = BuildReadingTable();

    private static (string Consonant, string Vowel, int Penalty)[][] BuildReadingTable()
    {
        var table = new (string, string, int)[ArabicBlockSize * 4][];
        for (int c = 0; c < ArabicBlockSize; c++)
            for (int position = 0; position < 4; position++)
                table[c * 4 + position] = LetterReadings((char)(ArabicBlockStart + c), isWordEnd: (position & 1) != 0, isLastWord: (position & 2) != 0);
        return table;
    }

    private static (string Consonant, string Vowel, int Penalty)[] CachedLetterReadings(char letter, bool isWordEnd, bool isLastWord) =>
        (uint)(letter - ArabicBlockStart) < ArabicBlockSize
            ? ReadingTable[(letter - ArabicBlockStart) * 4 + (isWordEnd ? 1 : 0) + (isLastWord ? 2 : 0)]
            : LetterReadings(letter, isWordEnd, isLastWord);

    /// <summary>
    /// How one letter may be romanised: its consonant class (empty for vowels, hamza, ʿayn), the vowel it shows in the
    /// vocalised form, and a penalty for the rarer readings.
    /// </summary>
    private static (string Consonant, string Vowel, int Penalty)[] LetterReadings(char letter, bool isWordEnd, bool isLastWord) => letter switch
    {
        'ب' or 'پ' => [("b", "", 0)],
        'ت' or 'ط' => [("t", "", 0)],
        'ث' => [("C", "", 0), ("s", "", 1)],
        'ج' or 'چ' or 'گ' => [("j", "", 0)],
        'ح' => [("h", "", 0)],
        // A word-final ه is often a ة written without dots; read it both ways.
        'ه' => isWordEnd ? [("", "a", 0), ("h", "", 1)] : [("h", "", 0)],
        'خ' => [("X", "", 0)],
        'د' => [("d", "", 0)],
        'ض' => [("d", "", 0), ("D", "", 1)],   // ḑ in BGN, dh in English forms (Riyadh)
        'ذ' => [("D", "", 0), ("z", "", 1)],
        'ر' => [("r", "", 0)],
        'ز' => [("z", "", 0)],
        'ظ' => [("z", "", 0), ("D", "", 1)],
        'س' or 'ص' => [("s", "", 0)],
        'ش' => [("S", "", 0)],
        // غ is gh, but g in names that came through French or English (Gaza, Agadir): g is read like ج, so j too.
        'غ' => [("G", "", 0), ("j", "", 1)],
        'ف' or 'ڤ' => [("f", "", 0)],
        'ق' => [("q", "", 0), ("k", "", 1), ("j", "", 1)],   // q in BGN; k, or g where spoken so (Mogadishu)
        'ك' or 'ک' => [("k", "", 0)],
        'ل' => [("l", "", 0)],
        'م' => [("m", "", 0)],
        'ن' => [("n", "", 0)],
        // ة leaves nothing at the end of a name; inside a construct phrase (مدينة الثورة, Madīnat ath Thawrah) it reads t.
        'ة' => isLastWord ? [("", "a", 0)] : [("", "a", 0), ("t", "a", 1)],
        // Written vowels are long (upper-case in the vocalised form); short ones are not written.
        'ا' or 'ى' => [("", "A", 0)],
        'و' => [("", "U", 0)],
        'ي' or 'ی' => [("", "I", 0)],
        _ => Silent,   // hamza forms, ʿayn and anything else leave no consonant
    };
}
