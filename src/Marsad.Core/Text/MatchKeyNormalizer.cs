using System.Runtime.CompilerServices;
using static Marsad.Text.ArabicLetters;

namespace Marsad.Text;

/// <summary>
/// Folds display text into a key for comparing, indexing and deduplicating; the key is never shown.
/// <list type="bullet">
/// <item>diacritics (U+064B–U+065F, U+0670, Quranic and extended-A marks) and tatweel are removed;</item>
/// <item>أ إ آ ٱ → ا; ى → ي; ة → ه;</item>
/// <item>ؤ → و and ئ → ي when <see cref="MatchKeyOptions.FoldHamzaOnSeats"/>;</item>
/// <item>Persian ک → ك and ی/ے → ي;</item>
/// <item>Arabic-Indic and Persian digits → ASCII; ٫ → . and ٬ → ,; ٪ → %;</item>
/// <item>every double-quote style → ", every dash → -; invisible marks are dropped;</item>
/// <item>Latin letters (accented ones included) lower-cased when <see cref="MatchKeyOptions.FoldLatinCase"/>.</item>
/// </list>
/// The output is never longer than the input, so callers can normalise into a buffer of the same size.
/// </summary>
public static class MatchKeyNormalizer
{
    /// <summary>Normalises <paramref name="source"/> into <paramref name="destination"/> and returns the length written.</summary>
    /// <exception cref="ArgumentException">The destination is shorter than the source.</exception>
    public static int Normalize(ReadOnlySpan<char> source, Span<char> destination, MatchKeyOptions? options = null)
    {
        if (destination.Length < source.Length)
            throw new ArgumentException("The destination must be at least as long as the source.", nameof(destination));
        options ??= MatchKeyOptions.Default;
        bool foldSeats = options.FoldHamzaOnSeats, foldCase = options.FoldLatinCase;
        // Arabic-block characters, the bulk of news text, fold through a 256-entry table; the rest through Fold.
        var arabicBlock = foldSeats ? ArabicBlockFolded : ArabicBlockSeatsKept;
        int n = 0;
        foreach (char c in source)
        {
            char folded;
            if (c < 0x80) folded = foldCase && (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;
            else if ((uint)(c - ArabicBlockStart) < ArabicBlockSize) folded = arabicBlock[c - ArabicBlockStart];
            else folded = Fold(c, foldSeats, foldCase);
            if (folded != '\0') destination[n++] = folded;
        }
        return n;
    }

    private const char ArabicBlockStart = '\u0600';
    private const int ArabicBlockSize = 0x100;
    private static readonly char[] ArabicBlockFolded = BuildArabicBlock(foldHamzaOnSeats: true);
    private static readonly char[] ArabicBlockSeatsKept = BuildArabicBlock(foldHamzaOnSeats: false);

    private static char[] BuildArabicBlock(bool foldHamzaOnSeats)
    {
        var table = new char[ArabicBlockSize];
        for (int i = 0; i < ArabicBlockSize; i++) table[i] = Fold((char)(ArabicBlockStart + i), foldHamzaOnSeats);
        return table;
    }

    /// <summary>The match key of <paramref name="text"/> as a new string (returns the same instance when nothing changes).</summary>
    public static string Normalize(string text, MatchKeyOptions? options = null)
    {
        if (text.Length == 0) return text;
        char[]? rented = null;
        Span<char> buffer = text.Length <= 512 ? stackalloc char[text.Length] : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(text.Length));
        try
        {
            int n = Normalize(text.AsSpan(), buffer, options);
            var result = buffer[..n];
            return result.SequenceEqual(text) ? text : new string(result);
        }
        finally
        {
            if (rented is not null) System.Buffers.ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>Whether <paramref name="text"/> is already a match key (normalising it again changes nothing).</summary>
    public static bool IsNormalized(ReadOnlySpan<char> text, MatchKeyOptions? options = null)
    {
        options ??= MatchKeyOptions.Default;
        foreach (char c in text)
        {
            // A dropped character folds to '\0', which equals c when c is itself NUL: check both.
            char folded = Fold(c, options.FoldHamzaOnSeats, options.FoldLatinCase);
            if (folded != c || folded == '\0') return false;
        }
        return true;
    }

    /// <summary>The folded form of one character, or '\0' when the character is dropped.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char Fold(char c, bool foldHamzaOnSeats = true, bool foldLatinCase = true)
    {
        if (c < 0x80)
        {
            if (c == '\0') return '\0';
            if (foldLatinCase && (uint)(c - 'A') <= 'Z' - 'A') return (char)(c | 0x20);
            return c;
        }
        if (c < '\u0600')
        {
            if (c == '\u00AB' || c == '\u00BB') return '"';
            if (c == '\u00AD') return '\0';
            if (foldLatinCase && ArabicChars.IsLatinLetter(c)) return char.ToLowerInvariant(c);
            return c;
        }
        if (c <= '\u06FF')
        {
            switch (c)
            {
                case AlefHamzaAbove: case AlefHamzaBelow: case AlefMadda: case AlefWasla: return Alef;
                case AlefMaksura: return Yeh;
                case TehMarbuta: return Heh;
                case WawHamza: return foldHamzaOnSeats ? Waw : c;
                case YehHamza: return foldHamzaOnSeats ? Yeh : c;
                case PersianKeheh: return Kaf;
                case PersianYeh: case FarsiYehFinal: return Yeh;
                case Tatweel: return '\0';
                case ArabicDecimalSeparator: return '.';
                case ArabicThousandsSeparator: return ',';
                case ArabicPercent: return '%';
                case ArabicLetterMark: return '\0';
            }
            if (ArabicChars.IsDiacritic(c)) return '\0';
            int d = ArabicChars.DigitValue(c);
            return d >= 0 ? (char)('0' + d) : c;
        }
        if (ArabicChars.IsDiacritic(c)) return '\0';
        if (foldLatinCase && ArabicChars.IsLatinLetter(c)) return char.ToLowerInvariant(c);
        if (ArabicChars.IsDoubleQuote(c)) return '"';
        if (ArabicChars.IsDash(c)) return '-';
        if (ArabicChars.IsInvisibleMark(c) || c == '\u200C' || c == '\u200D') return '\0';
        return c;
    }
}
