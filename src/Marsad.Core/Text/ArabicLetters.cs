namespace Marsad.Text;

/// <summary>Arabic code points the text core names, so rules read as letters rather than numbers.</summary>
public static class ArabicLetters
{
    public const char Hamza = '\u0621';
    public const char AlefMadda = '\u0622';
    public const char AlefHamzaAbove = '\u0623';
    public const char WawHamza = '\u0624';
    public const char AlefHamzaBelow = '\u0625';
    public const char YehHamza = '\u0626';
    public const char Alef = '\u0627';
    public const char Beh = '\u0628';
    public const char TehMarbuta = '\u0629';
    public const char Teh = '\u062A';
    public const char Jeem = '\u062C';
    public const char Dal = '\u062F';
    public const char Reh = '\u0631';
    public const char Seen = '\u0633';
    public const char Sheen = '\u0634';
    public const char Tatweel = '\u0640';
    public const char Feh = '\u0641';
    public const char Qaf = '\u0642';
    public const char Kaf = '\u0643';
    public const char Lam = '\u0644';
    public const char Meem = '\u0645';
    public const char Noon = '\u0646';
    public const char Heh = '\u0647';
    public const char Waw = '\u0648';
    public const char AlefMaksura = '\u0649';
    public const char Yeh = '\u064A';
    public const char SuperscriptAlef = '\u0670';
    public const char AlefWasla = '\u0671';
    public const char PersianKeheh = '\u06A9';
    public const char PersianYeh = '\u06CC';
    public const char FarsiYehFinal = '\u06D2';

    public const char ArabicComma = '\u060C';
    public const char ArabicSemicolon = '\u061B';
    public const char ArabicQuestionMark = '\u061F';
    public const char ArabicDecimalSeparator = '\u066B';
    public const char ArabicThousandsSeparator = '\u066C';
    public const char ArabicPercent = '\u066A';
    public const char ArabicLetterMark = '\u061C';
}
