using System.Collections.Frozen;
using Marsad.Text;

namespace Marsad.Entities.Recognition;

/// <summary>
/// A small closed list of words that stand next to names in Arabic news: titles and roles before persons, heads of
/// place names, heads of organisation names, and reporting verbs. The model learns far more triggers from context
/// features; this list only gives rare titles a shared feature. Entries are stems (article stripped) in match-key form.
/// </summary>
internal static class Triggers
{
    private static readonly FrozenDictionary<string, TriggerClass> Words = Build();
    private static readonly FrozenDictionary<string, TriggerClass>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static TriggerClass Classify(ReadOnlySpan<char> stem) =>
        Lookup.TryGetValue(stem, out var cls) ? cls : TriggerClass.None;

    /// <summary>
    /// The class of a whole match-key word as written: its article-stripped stem (والمدينة → مدينة), else the word with
    /// one proclitic off (وقال → قال).
    /// </summary>
    public static TriggerClass ClassifyWord(ReadOnlySpan<char> matchKey)
    {
        int article = NerFeatures.ArticlePrefixLength(matchKey);
        var cls = Classify(matchKey[article..]);
        return cls != TriggerClass.None || article > 0 ? cls : Classify(matchKey[NerFeatures.SingleProcliticLength(matchKey)..]);
    }

    private static FrozenDictionary<string, TriggerClass> Build()
    {
        var words = new Dictionary<string, TriggerClass>(StringComparer.Ordinal);
        Add(TriggerClass.PersonTitle,
            "رئيس", "رئيسة", "وزير", "وزيرة", "ناطق", "متحدث", "متحدثة", "عميد", "عقيد", "لواء", "عماد", "شيخ", "سيد", "سيدة",
            "دكتور", "ملك", "أمير", "مستشار", "سفير", "نائب", "مدير", "مراسل", "زعيم", "قائد", "مبعوث", "أمين", "مفتي",
            "حاكم", "رقيب", "نقيب", "مقدم", "فريق", "مشير", "جنرال", "الشيخ", "المهندس", "مهندس", "القاضي", "قاضي", "النائب");
        Add(TriggerClass.PlaceHead,
            "مدينة", "بلدة", "محافظة", "قرية", "منطقة", "عاصمة", "ولاية", "دولة", "مخيم", "حي", "ريف", "إقليم", "جزيرة", "نهر", "جبل", "مطار", "ميناء");
        Add(TriggerClass.OrganizationHead,
            "وكالة", "شركة", "حزب", "قوات", "جيش", "حركة", "منظمة", "جامعة", "صحيفة", "مجلس", "وزارة", "بنك", "اتحاد", "لجنة",
            "جبهة", "هيئة", "مؤسسة", "جمعية", "تنظيم", "كتائب", "فصائل", "برلمان", "محكمة", "مصرف", "قناة", "إذاعة");
        Add(TriggerClass.ReportingVerb,
            "قال", "قالت", "أعلن", "أعلنت", "أكد", "أكدت", "صرح", "صرحت", "أضاف", "أضافت", "ذكر", "ذكرت", "أفاد", "أفادت", "أوضح", "أوضحت", "نقل", "نقلت");
        return words.ToFrozenDictionary(StringComparer.Ordinal);

        void Add(TriggerClass cls, params string[] entries)
        {
            foreach (var entry in entries)
            {
                string key = MatchKeyNormalizer.Normalize(entry);
                int article = NerFeatures.ArticlePrefixLength(key);
                words.TryAdd(key[article..], cls);
            }
        }
    }
}
