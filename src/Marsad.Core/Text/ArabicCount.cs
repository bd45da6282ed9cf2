using System.Globalization;

namespace Marsad.Text;

/// <summary>A counted noun's forms: singular, dual, plural, whether "one" agrees as feminine, and the accusative
/// singular that 11–99 take (مصدرًا; the same as the singular for nouns ending in taa marbuta).</summary>
public sealed record CountedNoun(string Singular, string Dual, string Plural, bool Feminine, string? Accusative = null)
{
    public string AccusativeSingular => Accusative ?? Singular;

    public static readonly CountedNoun Document = new("وثيقة", "وثيقتان", "وثائق", true);
    public static readonly CountedNoun Result = new("نتيجة", "نتيجتان", "نتائج", true);
    public static readonly CountedNoun Story = new("قصة", "قصتان", "قصص", true);
    public static readonly CountedNoun Article = new("مقالة", "مقالتان", "مقالات", true);
    public static readonly CountedNoun Source = new("مصدر", "مصدران", "مصادر", false, "مصدرًا");
    public static readonly CountedNoun IndependentSource = new("مصدر مستقل", "مصدران مستقلان", "مصادر مستقلة", false, "مصدرًا مستقلًا");
    public static readonly CountedNoun Entity = new("كيان", "كيانان", "كيانات", false, "كيانًا");
    public static readonly CountedNoun Time = new("مرة", "مرتان", "مرات", true);
    public static readonly CountedNoun Event = new("حدث", "حدثان", "أحداث", false, "حدثًا");
    public static readonly CountedNoun Place = new("مكان", "مكانان", "أماكن", false, "مكانًا");
    public static readonly CountedNoun Killed = new("قتيل", "قتيلان", "قتلى", false, "قتيلًا");
    public static readonly CountedNoun Quote = new("اقتباس", "اقتباسان", "اقتباسات", false, "اقتباسًا");
    public static readonly CountedNoun Topic = new("موضوع", "موضوعان", "مواضيع", false, "موضوعًا");
    public static readonly CountedNoun Copy = new("نسخة", "نسختان", "نسخ", true);
    public static readonly CountedNoun Sentence = new("جملة", "جملتان", "جمل", true);
    public static readonly CountedNoun Word = new("كلمة", "كلمتان", "كلمات", true);
}

/// <summary>
/// Numbers with the noun they count, as Arabic grammar has them: 1 is the singular followed by "one" (وثيقة واحدة),
/// 2 is the dual alone (وثيقتان), 3–10 take the plural (5 وثائق), 11–99 the accusative singular (25 مصدرًا), and 0,
/// hundreds and thousands the genitive singular (100 مصدر). Above 100 the last two digits decide (103 وثائق،
/// 125 مصدرًا، 102 مصدر). Digits stay Western, as the rest of the interface writes them.
/// </summary>
public static class ArabicCount
{
    public static string Of(long count, CountedNoun noun)
    {
        var digits = count.ToString(CultureInfo.InvariantCulture);
        if (count == 1) return noun.Singular + (noun.Feminine ? " واحدة" : " واحد");
        if (count == 2) return noun.Dual;
        long lastTwo = Math.Abs(count) % 100;
        return lastTwo switch
        {
            >= 3 and <= 10 => $"{digits} {noun.Plural}",
            >= 11 => $"{digits} {noun.AccusativeSingular}",
            _ => $"{digits} {noun.Singular}",
        };
    }
}
