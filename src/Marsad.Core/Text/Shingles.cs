using System.IO.Hashing;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using static Marsad.Text.ArabicLetters;

namespace Marsad.Text;

/// <summary>One word of a text seen through its match key.</summary>
/// <param name="Start">First UTF-16 index of the word in the original text.</param>
/// <param name="End">Index after the word's last character in the original text.</param>
/// <param name="Hash">XxHash3 of the word's match key: equal for أ/ا, ة/ه, ى/ي, diacritics and digit forms.</param>
/// <param name="LooseHash">Hash of a looser key (see <see cref="MatchKeyWords.LooseKey"/>), 0 unless asked for.</param>
public readonly record struct KeyWord(int Start, int End, ulong Hash, ulong LooseHash);

/// <summary>
/// Splits text into words of its match key (<see cref="MatchKeyNormalizer"/>) and hashes them with XxHash3.
/// A word is a run of letters and digits after folding; dropped marks (diacritics, tatweel, invisible marks) do not
/// split a word; '.' and ',' between digits stay inside a number. Everything else separates words.
/// </summary>
public static class MatchKeyWords
{
    /// <summary>Words longer than this are hashed on their first <c>MaxWordLength</c> characters (URLs, junk).</summary>
    public const int MaxWordLength = 64;

    const ulong StrictSeed = 0x4D61727361640001, LooseSeed = 0x4D61727361640002;

    /// <summary>Appends the words of <paramref name="text"/> to <paramref name="words"/>.</summary>
    /// <param name="withLooseKeys">Also compute <see cref="KeyWord.LooseHash"/> (used for passage matching).</param>
    public static void Collect(ReadOnlySpan<char> text, List<KeyWord> words, bool withLooseKeys = false)
    {
        Span<char> buffer = stackalloc char[MaxWordLength];
        int length = 0, start = -1, end = -1;
        for (int i = 0; i < text.Length; i++)
        {
            char folded = MatchKeyNormalizer.Fold(text[i]);
            if (folded == '\0') continue;
            if (IsWordChar(folded) || (start >= 0 && IsNumberJoiner(folded) && IsAsciiDigit(buffer[length - 1]) && NextIsDigit(text, i)))
            {
                if (start < 0) start = i;
                if (length < MaxWordLength) buffer[length++] = folded;
                end = i + 1;
            }
            else if (start >= 0)
            {
                words.Add(MakeWord(buffer[..length], start, end, withLooseKeys));
                start = -1; length = 0;
            }
        }
        if (start >= 0) words.Add(MakeWord(buffer[..length], start, end, withLooseKeys));
    }

    /// <summary>The word hashes of <paramref name="text"/> (strict keys only), in order.</summary>
    public static ulong[] Hashes(ReadOnlySpan<char> text)
    {
        var words = new List<KeyWord>(text.Length / 5);
        Collect(text, words);
        var hashes = new ulong[words.Count];
        for (int i = 0; i < hashes.Length; i++) hashes[i] = words[i].Hash;
        return hashes;
    }

    /// <summary>XxHash3 of the whole match key with every whitespace run folded to one space and the ends trimmed:
    /// equal for texts that differ only in whitespace, diacritics, hamza seats or digit forms.</summary>
    public static ulong ExactKeyHash(ReadOnlySpan<char> text)
    {
        var hasher = new XxHash3((long)StrictSeed);
        Span<char> chunk = stackalloc char[256];
        int n = 0;
        bool pendingSpace = false, any = false;
        foreach (char c in text)
        {
            char folded = MatchKeyNormalizer.Fold(c);
            if (folded == '\0') continue;
            if (char.IsWhiteSpace(folded)) { pendingSpace = any; continue; }
            if (n + 2 > chunk.Length) { hasher.Append(MemoryMarshal.AsBytes(chunk[..n])); n = 0; }
            if (pendingSpace) { chunk[n++] = ' '; pendingSpace = false; }
            chunk[n++] = folded;
            any = true;
        }
        hasher.Append(MemoryMarshal.AsBytes(chunk[..n]));
        return hasher.GetCurrentHashAsUInt64();
    }

    /// <summary>
    /// The loose key of a match-key word, for matching passages across orthographic habits and light rewording:
    /// one leading وال/بال/فال/كال/لل/ال or a conjunction و (on words of 4+ letters) is dropped, then one trailing
    /// ي/ه/ا (ة is already ه) on words that keep 3+ letters. So سوريا and سورية, شرق and شرقي, الرقة and بالرقة meet.
    /// </summary>
    public static ReadOnlySpan<char> LooseKey(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || !ArabicChars.IsArabicLetter(word[0])) return word;
        if (word.Length >= 5 && word[1] == Alef && word[2] == Lam && (word[0] == Waw || word[0] == Beh || word[0] == Feh || word[0] == Kaf)) word = word[3..];
        else if (word.Length >= 4 && word[0] == Lam && word[1] == Lam) word = word[2..];
        else if (word.Length >= 4 && word[0] == Alef && word[1] == Lam) word = word[2..];
        else if (word.Length >= 4 && word[0] == Waw) word = word[1..];
        if (word.Length >= 4 && (word[^1] == Yeh || word[^1] == Heh || word[^1] == Alef)) word = word[..^1];
        return word;
    }

    static KeyWord MakeWord(ReadOnlySpan<char> key, int start, int end, bool withLoose)
    {
        ulong hash = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(key), (long)StrictSeed);
        ulong loose = withLoose ? XxHash3.HashToUInt64(MemoryMarshal.AsBytes(LooseKey(key)), (long)LooseSeed) : 0;
        return new KeyWord(start, end, hash, loose);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static bool IsWordChar(char c) => c < 0x80 ? (uint)(c - '0') <= 9 || (uint)(c - 'a') <= 'z' - 'a' || (uint)(c - 'A') <= 'Z' - 'A' : char.IsLetterOrDigit(c);

    static bool IsNumberJoiner(char c) => c == '.' || c == ',';

    static bool IsAsciiDigit(char c) => (uint)(c - '0') <= 9;

    static bool NextIsDigit(ReadOnlySpan<char> text, int i) => i + 1 < text.Length && ArabicChars.IsDigit(text[i + 1]);
}

/// <summary>Word shingles: every run of <c>size</c> consecutive words, hashed to 64 bits.</summary>
public static class WordShingles
{
    /// <summary>Three words: small enough that one edited word spoils few shingles, large enough to carry word order.</summary>
    public const int DefaultSize = 3;

    /// <summary>The distinct shingle hashes of a word-hash sequence, sorted ascending (a set ready for merging).
    /// A text shorter than <paramref name="size"/> words gives one shingle of all its words; an empty text none.</summary>
    public static ulong[] SortedSet(ReadOnlySpan<ulong> wordHashes, int size = DefaultSize)
    {
        if (wordHashes.IsEmpty) return [];
        int count = Math.Max(1, wordHashes.Length - size + 1);
        var shingles = new ulong[count];
        for (int i = 0; i < count; i++)
            shingles[i] = Hash(wordHashes.Slice(i, Math.Min(size, wordHashes.Length - i)));
        Array.Sort(shingles);
        int distinct = 0;
        for (int i = 0; i < shingles.Length; i++)
            if (i == 0 || shingles[i] != shingles[distinct - 1]) shingles[distinct++] = shingles[i];
        return distinct == shingles.Length ? shingles : shingles[..distinct];
    }

    /// <summary>Writes the shingle hashes of a word-hash sequence in text order (repeats kept) and returns how many:
    /// enough for a MinHash signature, without the sort a set needs. <paramref name="destination"/> needs
    /// max(1, words − size + 1) places.</summary>
    public static int Hashes(ReadOnlySpan<ulong> wordHashes, Span<ulong> destination, int size = DefaultSize)
    {
        if (wordHashes.IsEmpty) return 0;
        int count = Math.Max(1, wordHashes.Length - size + 1);
        for (int i = 0; i < count; i++)
            destination[i] = Hash(wordHashes.Slice(i, Math.Min(size, wordHashes.Length - i)));
        return count;
    }

    /// <summary>Order-sensitive combination of word hashes (rotate–xor–multiply, then a final avalanche).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Hash(ReadOnlySpan<ulong> words)
    {
        ulong acc = 0x9E3779B97F4A7C15;
        foreach (ulong w in words) acc = (BitOperations.RotateLeft(acc, 23) ^ w) * 0xBF58476D1CE4E5B9;
        acc ^= acc >> 31;
        acc *= 0x94D049BB133111EB;
        return acc ^ (acc >> 29);
    }
}
