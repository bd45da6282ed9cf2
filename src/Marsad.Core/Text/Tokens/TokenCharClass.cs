using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Marsad.Text.Tokens;

/// <summary>What a character can start or continue, as the tokenizer sees it.</summary>
internal enum TokenCharClass : byte
{
    /// <summary>Whitespace, controls and format marks: never part of a token.</summary>
    Separator,
    ArabicLetter,
    /// <summary>Arabic diacritics and tatweel.</summary>
    ArabicMark,
    /// <summary>ASCII, Arabic-Indic and Persian digits.</summary>
    Digit,
    LatinLetter,
    /// <summary>Letters and decimal digits of other scripts.</summary>
    OtherLetter,
    /// <summary>Non-Arabic combining marks (accents, variation selectors).</summary>
    Mark,
    Punctuation,
    Symbol,
    /// <summary>ZWNJ and ZWJ: inside a word they belong to it, elsewhere they separate.</summary>
    Joiner,
    HighSurrogate,
    Hash,
    At,
    Dot,
}

/// <summary>A 64K table from every UTF-16 code unit to its <see cref="TokenCharClass"/>, so the scanner needs one
/// load per character instead of a chain of range checks.</summary>
internal static class TokenCharClasses
{
    private static readonly TokenCharClass[] Table = Build();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TokenCharClass Of(char c) => Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(Table), c);

    private static TokenCharClass[] Build()
    {
        var table = new TokenCharClass[char.MaxValue + 1];
        for (int c = 0; c <= char.MaxValue; c++) table[c] = Classify((char)c);
        return table;
    }

    internal static TokenCharClass Classify(char c)
    {
        switch (c)
        {
            case '#': return TokenCharClass.Hash;
            case '@': return TokenCharClass.At;
            case '.': return TokenCharClass.Dot;
            case '\u200C': case '\u200D': return TokenCharClass.Joiner;
        }
        if (ArabicChars.IsArabicLetter(c)) return TokenCharClass.ArabicLetter;
        if (ArabicChars.IsDiacritic(c) || c == ArabicLetters.Tatweel) return TokenCharClass.ArabicMark;
        if (ArabicChars.IsDigit(c)) return TokenCharClass.Digit;
        if (ArabicChars.IsLatinLetter(c)) return TokenCharClass.LatinLetter;
        if (char.IsHighSurrogate(c)) return TokenCharClass.HighSurrogate;
        if (char.IsLowSurrogate(c)) return TokenCharClass.Symbol;
        if (char.IsWhiteSpace(c)) return TokenCharClass.Separator;
        return OfCategory(CharUnicodeInfo.GetUnicodeCategory(c));
    }

    internal static TokenCharClass OfCategory(UnicodeCategory category) => category switch
    {
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.SpaceSeparator
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => TokenCharClass.Separator,
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber => TokenCharClass.OtherLetter,
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.EnclosingMark => TokenCharClass.Mark,
        UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
            or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
            or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation => TokenCharClass.Punctuation,
        _ => TokenCharClass.Symbol,
    };
}
