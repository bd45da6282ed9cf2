using Marsad.Text;

namespace Marsad.Entities.Resolution;

/// <summary>
/// Keys and comparisons for names. A name is compared word by word on match keys (<see cref="MatchKeyNormalizer"/>);
/// two spellings of one word are the same when their consonant skeletons agree and they differ by few letters.
/// <list type="bullet">
/// <item>skeleton: the match key without the long-vowel letters ا و ي after the first letter, and without a final
/// ه (ة) or ا (سوريا = سورية, الديمقراطية = الديموقراطية, سلو = سيلو); a final ي is kept so that a nisba is not its
/// noun (العراقية ≠ العراق, سوري ≠ سوريا);</item>
/// <item>phonetic skeleton: the skeleton with sound-alike consonants in one class and repeats collapsed, for foreign
/// names transliterated in several ways (ماغروك = ماكغورك); used only beside another word that agrees exactly.</item>
/// </list>
/// </summary>
public static class NameKeys
{
    /// <summary>The match-key words of a name (Latin folded to lower case, punctuation dropped).</summary>
    public static string[] Words(string name)
    {
        var key = MatchKeyNormalizer.Normalize(name, MatchKeyOptions.Default);
        // Counted first, so the words go straight into an array of the right size (names are keyed very often).
        int count = 0;
        for (int i = 0; i < key.Length; i++)
            if (IsWordChar(key[i]) && (i == 0 || !IsWordChar(key[i - 1]))) count++;
        if (count == 0) return [];
        var words = new string[count];
        int start = -1, w = 0;
        for (int i = 0; i <= key.Length; i++)
        {
            bool letter = i < key.Length && IsWordChar(key[i]);
            if (letter && start < 0) start = i;
            else if (!letter && start >= 0) { words[w++] = ArabicChars.ToLowerInvariant(key.AsSpan(start, i - start)); start = -1; }
        }
        return words;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    /// <summary>The name's match key: its words joined by one space.</summary>
    public static string Key(string name) => string.Join(' ', Words(name));

    /// <summary>The consonant skeleton of one match-key word (see the type's summary).</summary>
    public static string Skeleton(string word)
    {
        Span<char> chars = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        return new string(chars[..Skeleton(word, chars)]);
    }

    /// <summary>The skeleton of <paramref name="word"/> written into <paramref name="destination"/> (as long as the
    /// word at least); returns its length.</summary>
    public static int Skeleton(ReadOnlySpan<char> word, Span<char> destination)
    {
        int end = word.Length;
        if (end > 2 && (word[end - 1] == 'ه' || word[end - 1] == 'ا')) end--;
        int n = 0;
        for (int i = 0; i < end; i++)
        {
            char c = word[i];
            bool vowel = c is 'ا' or 'و' or 'ي';
            if (vowel && i > 0 && i < end - 1) continue;
            if (vowel && i == end - 1 && c != 'ي' && i > 0) continue;
            destination[n++] = c;
        }
        return n;
    }

    /// <summary>The skeletons of a name's words joined by one space: the index key for spelling variants.</summary>
    public static string SkeletonKey(IReadOnlyList<string> words) => string.Join(' ', words.Select(Skeleton));

    /// <summary>The phonetic skeleton of one match-key word: classes of sound-alike consonants, repeats collapsed.</summary>
    public static string Phonetic(string word)
    {
        var skeleton = Skeleton(word);
        var chars = new List<char>(skeleton.Length);
        foreach (char c in skeleton)
        {
            char cls = PhoneticClass(c);
            if (cls == '\0') continue;
            if (chars.Count == 0 || chars[^1] != cls) chars.Add(cls);
        }
        return new string([.. chars]);
    }

    /// <summary>The sound class of an Arabic consonant; vowels and hamza have none.</summary>
    public static char PhoneticClass(char c) => c switch
    {
        'ك' or 'ق' or 'غ' or 'ج' or 'گ' or 'خ' => 'K',
        'ت' or 'ط' or 'ث' or 'ذ' => 'T',
        'د' or 'ض' => 'D',
        'س' or 'ص' or 'ش' => 'S',
        'ز' or 'ظ' => 'Z',
        'ه' or 'ح' or 'ع' => 'H',
        'ب' or 'پ' => 'B',
        'ف' or 'ڤ' => 'F',
        'ر' => 'R', 'ل' => 'L', 'م' => 'M', 'ن' => 'N',
        'ي' => 'Y', 'و' => 'W',
        _ => '\0',
    };

    /// <summary>
    /// Whether two match-key words are spellings of one word: equal, or equal skeletons with at most one letter of
    /// difference (two for skeletons of four consonants or more).
    /// </summary>
    public static bool SameWord(string a, string b)
    {
        if (a == b) return true;
        // A skeleton starts with its word's first letter: different first letters, different skeletons (most pairs
        // a document's names make end here, before any skeleton is built).
        if (a.Length == 0 || b.Length == 0 || a[0] != b[0]) return false;
        if (IsLatin(a) || IsLatin(b)) return false;
        var sa = Skeleton(a);
        if (sa.Length < 2 || sa != Skeleton(b)) return false;
        return EditDistance(a, b, 2) <= (sa.Length >= 4 ? 2 : 1);
    }

    /// <summary>
    /// Whether two match-key words differ only as spellings of one word do: long vowels (ا و ي) inserted or dropped
    /// inside the word (سلو = سيلو، الديمقراطية = الديموقراطية), or a final ة written ا (سورية = سوريا). Hamza forms,
    /// ى/ي, ة/ه, tatweel and diacritics are already one in the match key. A long vowel changed for another (الجبيل،
    /// الجبال), letters swapped (السوبر، السبور) or a vowel added at the end (أوبك، أوبكو) make another word.
    /// </summary>
    public static bool OrthographicVariant(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.SequenceEqual(b)) return true;
        if (a.Length == 0 || b.Length == 0 || a[0] != b[0] || IsLatin(a) || IsLatin(b)) return false;
        // سورية / سوريا: the final letters alternate, the rest must be variants.
        if (a.Length > 2 && b.Length > 2 && a[^1] != b[^1] && a[^1] is 'ه' or 'ا' && b[^1] is 'ه' or 'ا')
            return OrthographicVariant(a[..^1], b[..^1]);
        var longer = a.Length >= b.Length ? a : b;
        var shorter = a.Length >= b.Length ? b : a;
        if (longer.Length == shorter.Length || longer[^1] != shorter[^1]) return false;
        int j = 0;
        for (int i = 0; i < longer.Length; i++)
        {
            if (j < shorter.Length && longer[i] == shorter[j]) { j++; continue; }
            if (i == 0 || i == longer.Length - 1 || longer[i] is not ('ا' or 'و' or 'ي')) return false;
        }
        return j == shorter.Length;
    }

    /// <summary>A typo of a long word: skeletons one edit apart, both of five consonants or more.</summary>
    public static bool TypoOf(string a, string b)
    {
        if (a.Length < 5 || b.Length < 5 || a[0] != b[0]) return false;
        var sa = Skeleton(a);
        var sb = Skeleton(b);
        // First and last consonants must agree: a nisba is not a typo of its noun (العراقية ≠ العراق).
        return sa.Length >= 5 && sb.Length >= 5 && sa[0] == sb[0] && sa[^1] == sb[^1]
            && EditDistance(sa, sb, 1) <= 1 && EditDistance(a, b, 2) <= 2;
    }

    /// <summary>
    /// Whether two names (match-key words) name the same thing: same number of words, every word the same by
    /// <see cref="SameWord"/>, except that one word of a name of two or more words may be a typo of the other's
    /// (<see cref="TypoOf"/>) and, for persons, one word may agree only by its phonetic skeleton (three classes at
    /// least) when another word agrees by <see cref="SameWord"/>.
    /// </summary>
    public static bool SameName(IReadOnlyList<string> a, IReadOnlyList<string> b, bool person)
    {
        if (a.Count != b.Count || a.Count == 0) return false;
        int loose = 0, exact = 0;
        for (int i = 0; i < a.Count; i++)
        {
            if (SameWord(a[i], b[i])) { exact++; continue; }
            bool typo = a.Count >= 2 && TypoOf(a[i], b[i]);
            bool sound = person && a.Count >= 2 && !IsLatin(a[i]) && !IsLatin(b[i])
                && Phonetic(a[i]) is { Length: >= 3 } pa && pa == Phonetic(b[i]);
            if (!typo && !sound) return false;
            loose++;
        }
        return loose <= 1 && exact >= 1;
    }

    public static bool IsLatin(string word) => word.Length > 0 && word[0] < 0x80;

    public static bool IsLatin(ReadOnlySpan<char> word) => word.Length > 0 && word[0] < 0x80;

    /// <summary>Levenshtein distance, or <paramref name="limit"/> + 1 once it is known to exceed the limit.</summary>
    public static int EditDistance(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit) return limit + 1;
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            int rowMin = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }
            if (rowMin > limit) return limit + 1;
            current.CopyTo(previous);
        }
        return previous[b.Length];
    }
}
