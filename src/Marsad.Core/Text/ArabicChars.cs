using System.Runtime.CompilerServices;

namespace Marsad.Text;

/// <summary>Character classes the tokenizer, normalisers and cleaners agree on.</summary>
public static class ArabicChars
{
    /// <summary>Letters of the Arabic script: U+0620–U+064A (tatweel excluded), U+066E–U+06D3 (superscript alef
    /// excluded), U+06D5, U+06EE–U+06EF, U+06FA–U+06FC, U+06FF, the supplement and extended-A blocks, and the
    /// presentation forms (ligatures such as ﷲ included); excludes digits, punctuation, diacritics and tatweel.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsArabicLetter(char c) =>
        (c >= '\u0620' && c <= '\u064A' && c != ArabicLetters.Tatweel) ||
        (c >= '\u066E' && c <= '\u06D3' && c != ArabicLetters.SuperscriptAlef) ||
        c == '\u06D5' ||
        (c >= '\u06EE' && c <= '\u06EF') ||
        (c >= '\u06FA' && c <= '\u06FC') || c == '\u06FF' ||
        (c >= '\u0750' && c <= '\u077F') ||
        (c >= '\u08A0' && c <= '\u08C9') ||
        (c >= '\uFB50' && IsArabicPresentationForm(c));

    /// <summary>Arabic presentation forms A and B, without the ornate parentheses, honorific signs and the rial sign.</summary>
    private static bool IsArabicPresentationForm(char c) =>
        (c >= '\uFB50' && c <= '\uFD3D') || (c >= '\uFD50' && c <= '\uFDC7') || (c >= '\uFDF0' && c <= '\uFDFB') ||
        (c >= '\uFE70' && c <= '\uFEFC');

    /// <summary>Harakat, shadda, sukun, Quranic marks (small waw/yeh included), the superscript alef and the
    /// extended-A marks: marks that ride on a letter. Tatweel is not a diacritic.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDiacritic(char c) =>
        (c >= '\u064B' && c <= '\u065F') || c == ArabicLetters.SuperscriptAlef ||
        (c >= '\u0610' && c <= '\u061A') ||
        (c >= '\u06D6' && c <= '\u06ED' && c != '\u06DD' && c != '\u06DE' && c != '\u06E9') ||
        (c >= '\u08CA' && c <= '\u08FF' && c != '\u08E2');

    /// <summary>A letter or a mark inside an Arabic word (tatweel included).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsArabicWordChar(char c) => IsArabicLetter(c) || IsDiacritic(c) || c == ArabicLetters.Tatweel;

    /// <summary>ASCII, Arabic-Indic (٠–٩) or Persian (۰–۹) digit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDigit(char c) =>
        (uint)(c - '0') <= 9 || (uint)(c - '\u0660') <= 9 || (uint)(c - '\u06F0') <= 9;

    /// <summary>The value 0–9 of any digit <see cref="IsDigit"/> accepts, else -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int DigitValue(char c)
    {
        if ((uint)(c - '0') <= 9) return c - '0';
        if ((uint)(c - '\u0660') <= 9) return c - '\u0660';
        if ((uint)(c - '\u06F0') <= 9) return c - '\u06F0';
        return -1;
    }

    /// <summary>Invisible format marks that carry no meaning in news text: LRM, RLM, ALM, BOM, word joiner,
    /// and the directional embeddings and isolates. ZWJ/ZWNJ are handled separately because they can matter.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsInvisibleMark(char c) =>
        c == '\u200E' || c == '\u200F' || c == ArabicLetters.ArabicLetterMark || c == '\uFEFF' || c == '\u2060' ||
        (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u00AD';

    /// <summary>Latin letters, including accented ones.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLatinLetter(char c) =>
        (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (c >= '\u00C0' && c <= '\u024F' && c != '\u00D7' && c != '\u00F7') ||
        (c >= '\u1E00' && c <= '\u1EFF');

    /// <summary><see cref="char.ToLowerInvariant"/> without the ICU call for characters that have no case: ASCII is
    /// folded here and the Arabic blocks (U+0600–U+08FF, presentation forms U+FB50–U+FEFF) come back as they are.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char ToLowerInvariant(char c) =>
        c < 0x80 ? (IsAsciiUpper(c) ? (char)(c | 0x20) : c) : IsCaselessBlock(c) ? c : char.ToLowerInvariant(c);

    /// <summary><see cref="string.ToLowerInvariant"/> of a span: a plain copy when no character has a case to fold
    /// (Arabic words, digits), else the runtime's own mapping.</summary>
    public static string ToLowerInvariant(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
            if (c < 0x80 ? IsAsciiUpper(c) : !IsCaselessBlock(c)) return text.ToString().ToLowerInvariant();
        return text.ToString();
    }

    private static bool IsAsciiUpper(char c) => (uint)(c - 'A') <= 'Z' - 'A';

    private static bool IsCaselessBlock(char c) => (c >= '\u0600' && c <= '\u08FF') || (c >= '\uFB50' && c <= '\uFEFF');

    /// <summary>Horizontal whitespace (not line breaks), including NBSP and the Unicode spaces.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsHorizontalSpace(char c) =>
        c == ' ' || c == '\t' || c == '\u00A0' || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F' || c == '\u3000' || c == '\u000B' || c == '\u000C';

    /// <summary>Double quotation marks of every style seen in Arabic news.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDoubleQuote(char c) =>
        c == '"' || c == '\u00AB' || c == '\u00BB' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u201F' || c == '\u2033' || c == '\u301D' || c == '\u301E';

    /// <summary>Hyphens and dashes of every width.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDash(char c) => c == '-' || (c >= '\u2010' && c <= '\u2015') || c == '\u2212' || c == '\uFE58' || c == '\uFE63' || c == '\uFF0D';
}
