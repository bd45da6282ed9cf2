using static Marsad.Text.Tokens.TokenCharClass;

namespace Marsad.Text.Tokens;

public static partial class ArabicTokenizer
{
    /// <summary>A number; or, when plain ASCII digits run straight into Latin letters ("5G", "10km"), a Latin word.</summary>
    private static int ScanNumberOrAlphanumeric(ReadOnlySpan<char> text, int start, out TokenKind kind)
    {
        int i = start;
        bool plainAscii = true;
        while (true)
        {
            while (i < text.Length && TokenCharClasses.Of(text[i]) == Digit)
            {
                if (text[i] > '9') plainAscii = false;
                i++;
            }
            if (i + 1 < text.Length && IsNumberSeparator(text[i]) && TokenCharClasses.Of(text[i + 1]) == Digit)
            {
                plainAscii = false;
                i++;
                continue;
            }
            break;
        }
        if (i < text.Length)
        {
            char next = text[i];
            if (next is '%' or ArabicLetters.ArabicPercent)
            {
                kind = TokenKind.Number;
                return i + 1;
            }
            if (plainAscii && TokenCharClasses.Of(next) == LatinLetter)
                return EmailOr(text, start, ScanLatinWordRest(text, i + 1), TokenKind.LatinWord, out kind);
            if (plainAscii) return EmailOr(text, start, i, TokenKind.Number, out kind);
        }
        kind = TokenKind.Number;
        return i;
    }

    /// <summary>Decimal and thousands separators of both scripts, and the colon of clock times.</summary>
    private static bool IsNumberSeparator(char c) =>
        c is '.' or ',' or ':' or ArabicLetters.ArabicDecimalSeparator or ArabicLetters.ArabicThousandsSeparator;
}
