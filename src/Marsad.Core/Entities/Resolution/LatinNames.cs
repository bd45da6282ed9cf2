namespace Marsad.Entities.Resolution;

/// <summary>
/// Links Latin spellings and handles (<c>@brett_mcgurk</c>, <c>Brett McGurk</c>) to an Arabic name by their sound
/// classes: the Latin word's consonants mapped to the classes of <see cref="NameKeys.Phonetic"/>, vowels dropped,
/// repeats collapsed (mcgurk → M K R K = ماغروك). Evidence is strong only when every part of the Latin name matches a
/// word of the Arabic name in order, there are two parts at least, and five consonant classes in all.
/// </summary>
public static class LatinNames
{
    /// <summary>The parts of a handle or Latin name: split at '_', '.', digits, spaces and lower-to-upper case changes.</summary>
    public static string[] Parts(string latin)
    {
        var parts = new List<string>();
        int start = -1;
        for (int i = 0; i <= latin.Length; i++)
        {
            char c = i < latin.Length ? latin[i] : ' ';
            bool letter = c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';
            bool boundary = !letter || (start >= 0 && char.IsUpper(c) && char.IsLower(latin[i - 1]) && !IsMcPrefix(latin, start, i));
            if (boundary && start >= 0) { parts.Add(latin[start..i].ToLowerInvariant()); start = -1; }
            if (letter && start < 0) start = i;
        }
        return [.. parts.Where(p => p.Length >= 2)];
    }

    // McGurk, MacDonald: the capital after Mc/Mac does not start a new part.
    private static bool IsMcPrefix(string s, int start, int i) =>
        (i - start == 2 && s.AsSpan(start, 2).Equals("Mc", StringComparison.Ordinal)) || (i - start == 3 && s.AsSpan(start, 3).Equals("Mac", StringComparison.Ordinal));

    /// <summary>The sound classes of a lower-case Latin word, comparable with <see cref="NameKeys.Phonetic"/> less its Y and W.</summary>
    public static string Phonetic(string word)
    {
        var classes = new List<char>();
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i], next = i + 1 < word.Length ? word[i + 1] : '\0';
            char cls;
            if (c == 's' && next == 'h') { cls = 'S'; i++; }
            else if ((c == 'k' || c == 'g') && next == 'h') { cls = 'K'; i++; }
            else if ((c == 't' || c == 'd') && next == 'h') { cls = 'T'; i++; }
            else if (c == 'p' && next == 'h') { cls = 'F'; i++; }
            else if (c == 'c' && next == 'h') { cls = 'S'; i++; }
            else cls = c switch
            {
                'b' or 'p' => 'B',
                'c' => next is 'e' or 'i' or 'y' ? 'S' : 'K',
                'k' or 'q' or 'g' or 'j' => 'K',
                'x' => 'K',
                't' => 'T',
                'd' => 'D',
                's' => 'S',
                'z' => 'Z',
                'f' or 'v' => 'F',
                'h' => 'H',
                'l' => 'L', 'm' => 'M', 'n' => 'N', 'r' => 'R',
                _ => '\0',
            };
            if (cls == '\0') continue;
            if (classes.Count == 0 || classes[^1] != cls) classes.Add(cls);
        }
        return new string([.. classes]);
    }

    /// <summary>The Arabic word's sound classes without the vowel-letter classes Y and W, for comparison with Latin.</summary>
    public static string ArabicPhonetic(string arabicWordKey)
    {
        var chars = NameKeys.Phonetic(arabicWordKey).Where(c => c is not ('Y' or 'W')).ToList();
        for (int i = chars.Count - 1; i > 0; i--) if (chars[i] == chars[i - 1]) chars.RemoveAt(i);
        return new string([.. chars]);
    }

    /// <summary>Whether the Latin name's parts spell, in order, the words of the Arabic name (match-key words).</summary>
    public static bool Spells(IReadOnlyList<string> latinParts, IReadOnlyList<string> arabicWords)
    {
        if (latinParts.Count < 2 || latinParts.Count > arabicWords.Count) return false;
        int offset = arabicWords.Count - latinParts.Count; // a handle may leave out the first name, not the family name
        int classes = 0;
        for (int i = 0; i < latinParts.Count; i++)
        {
            string latin = Phonetic(latinParts[i]).Replace("H", "", StringComparison.Ordinal);
            string arabic = ArabicPhonetic(arabicWords[offset + i]).Replace("H", "", StringComparison.Ordinal);
            if (latin.Length < 2 || latin != arabic) return false;
            classes += latin.Length;
        }
        return classes >= 5;
    }
}
