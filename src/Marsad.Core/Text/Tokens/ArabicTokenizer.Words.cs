using System.Globalization;
using System.Runtime.CompilerServices;
using static Marsad.Text.Tokens.TokenCharClass;

namespace Marsad.Text.Tokens;

public static partial class ArabicTokenizer
{
    /// <summary>Letters, diacritics and tatweel, with ZWNJ/ZWJ kept when more of the word follows them.
    /// <paramref name="hasLetter"/> is false for a run of bare marks or tatweel (a decorative line).</summary>
    private static int ScanArabicWord(ReadOnlySpan<char> text, int start, out bool hasLetter)
    {
        bool letter = false;
        int i = start;
        while (i < text.Length)
        {
            var k = TokenCharClasses.Of(text[i]);
            if (k == ArabicLetter) letter = true;
            else if (k == ArabicMark) { }
            else if (k == Joiner && i + 1 < text.Length && IsArabicWordClass(TokenCharClasses.Of(text[i + 1]))) { }
            else break;
            i++;
        }
        hasLetter = letter;
        return i;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsArabicWordClass(TokenCharClass k) => k is ArabicLetter or ArabicMark or Joiner;

    /// <summary>A Latin word, or a URL or e-mail address that starts like one.</summary>
    private static int ScanLatinWordOrAddress(ReadOnlySpan<char> text, int start, out TokenKind kind)
    {
        char first = text[start];
        if ((first | 0x20) is 'h' or 'w')
        {
            int urlEnd = ScanUrl(text, start);
            if (urlEnd != 0) { kind = TokenKind.Url; return urlEnd; }
        }
        int end = ScanLatinWordRest(text, start + 1);
        return EmailOr(text, start, end, TokenKind.LatinWord, out kind);
    }

    /// <summary>Continues a Latin word from <paramref name="i"/>: letters, ASCII digits, combining accents, and
    /// a hyphen or apostrophe with a letter or digit on both sides.</summary>
    private static int ScanLatinWordRest(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length)
        {
            char c = text[i];
            if (IsLatinAlphanumeric(c) || TokenCharClasses.Of(c) == Mark) { i++; continue; }
            if (IsWordInnerJoiner(c) && i + 1 < text.Length && IsLatinAlphanumeric(text[i + 1])) { i += 2; continue; }
            break;
        }
        return i;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsLatinAlphanumeric(char c) => (uint)(c - '0') <= 9 || TokenCharClasses.Of(c) == LatinLetter;

    /// <summary>Hyphens and apostrophes that may join two parts of a Latin word.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsWordInnerJoiner(char c) => c is '-' or '\'' or '\u2010' or '\u2011' or '\u2019';

    /// <summary>Letters, marks and digits of a script other than Arabic and Latin, supplementary letters included.</summary>
    private static int ScanOtherWord(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length)
        {
            var k = TokenCharClasses.Of(text[i]);
            if (k is OtherLetter or Mark) i++;
            else if (k == HighSurrogate && IsSupplementaryLetter(text, i)) i += 2;
            else break;
        }
        return i;
    }

    /// <summary>A character outside the BMP: a letter starts an <see cref="TokenKind.OtherWord"/>, anything else
    /// (emoji, a lone surrogate) is a symbol together with the marks and variation selectors after it.</summary>
    private static int ScanSupplementary(ReadOnlySpan<char> text, int start, out TokenKind kind)
    {
        if (IsSupplementaryLetter(text, start))
        {
            kind = TokenKind.OtherWord;
            return ScanOtherWord(text, start);
        }
        kind = TokenKind.Symbol;
        int next = start + 1 < text.Length && char.IsLowSurrogate(text[start + 1]) ? start + 2 : start + 1;
        return SkipMarks(text, next);
    }

    private static bool IsSupplementaryLetter(ReadOnlySpan<char> text, int i)
    {
        if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])) return false;
        var category = CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(text[i], text[i + 1]));
        return TokenCharClasses.OfCategory(category) == OtherLetter;
    }

    /// <summary>Moves past combining marks (variation selectors, accents) that belong to the preceding symbol.</summary>
    private static int SkipMarks(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && TokenCharClasses.Of(text[i]) == Mark) i++;
        return i;
    }
}
