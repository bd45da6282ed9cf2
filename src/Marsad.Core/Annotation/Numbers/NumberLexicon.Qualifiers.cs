namespace Marsad.Annotation.Numbers;

internal readonly record struct Qualifier(string[] Keys, string Comparator, bool Approximate);

internal static partial class NumberLexicon
{
    /// <summary>Qualifiers before a number, longest first so that "ما يقارب من" wins over "ما يقارب".</summary>
    public static readonly Qualifier[] QualifiersBefore = BuildQualifiers(
    [
        ("ما لا يقل عن", "at-least", false), ("ما لا يقل على", "at-least", false),
        ("ما يقارب من", "about", true), ("ما يقرب من", "about", true), ("ما يناهز", "about", true),
        ("ما يقارب", "about", true), ("ما يقرب", "about", true), ("ما يزيد عن", "more-than", false),
        ("ما يزيد على", "more-than", false), ("على الأقل", "at-least", false), ("أكثر من", "more-than", false),
        ("أزيد من", "more-than", false), ("أقل من", "less-than", false), ("أكثر من", "more-than", false),
        ("نحو", "about", true), ("حوالي", "about", true), ("قرابة", "about", true), ("زهاء", "about", true),
        ("قرابه", "about", true), ("تقريبا", "about", true), ("يناهز", "about", true),
    ]);

    /// <summary>Qualifiers right after the number (or after its counted noun).</summary>
    public static readonly Qualifier[] QualifiersAfter = BuildQualifiers(
    [
        ("على الأقل", "at-least", false), ("على الاقل", "at-least", false), ("تقريبا", "about", true), ("أو أكثر", "at-least", false),
    ]);

    private static Qualifier[] BuildQualifiers((string Phrase, string Comparator, bool Approximate)[] entries) =>
        entries
            .Select(e => new Qualifier(e.Phrase.Split(' ').Select(w => Marsad.Text.MatchKeyNormalizer.Normalize(w)).ToArray(), e.Comparator, e.Approximate))
            .DistinctBy(q => string.Join(' ', q.Keys))
            .OrderByDescending(q => q.Keys.Length)
            .ToArray();

    /// <summary>
    /// Nouns that name a thing by a number rather than count it: "اللواء 104", "الفرقة 17", "القرار 2254".
    /// A number with one of these up to four words before it and no counted noun after it is a designator.
    /// </summary>
    public static readonly KeyLexicon<bool> DesignatorHeads = new(
        new[]
        {
            "لواء", "فرقة", "فوج", "كتيبة", "فيلق", "سرية", "قرار", "قرارا", "مادة", "بند", "فقرة", "رقم", "طريق", "مرسوم",
            "قانون", "حاجز", "نقطة", "مبنى", "جناح", "صفحة", "غرفة", "بوابة", "مخرج", "دورة", "نسخة", "إصدار", "موديل", "طراز",
        }.Select(w => (w, true)));
}
