using Marsad.Text;
using Marsad.Text.Morphology;

namespace Marsad.Entities.Roles;

/// <summary>
/// The words that introduce a person's title, as match keys without the article: military ranks (العميد، الكولونيل),
/// function heads (المتحدث، الناطقة، قائد، المبعوث، المسؤول، وزير) and the nouns that open an organisation's name
/// (مجلس، قوات، وزارة). Also the lexicon test for words that cannot be part of a person's name.
/// </summary>
public static class RoleTitles
{
    /// <summary>Military and police ranks: they stand right before a name and take no complement.</summary>
    public static readonly HashSet<string> Ranks = Keys(
    [
        "عميد", "لواء", "عقيد", "مقدم", "رائد", "نقيب", "ملازم", "فريق", "مشير", "جنرال", "كولونيل", "ميجر",
        "ادميرال", "اميرال", "رقيب", "عريف", "كابتن", "ليفتنانت", "ماجور", "عماد", "مساعد",
    ]);

    /// <summary>Function heads; their complement (باسم X، في X، لـX, or the construct X for some) is where they serve.</summary>
    public static readonly HashSet<string> Heads = Keys(
    [
        "متحدث", "متحدثه", "ناطق", "ناطقه", "قائد", "قائده", "رئيس", "رئيسه", "زعيم", "زعيمه", "امير", "مدير", "مديره",
        "وزير", "وزيره", "نائب", "نائبه", "مبعوث", "مبعوثه", "مسؤول", "مسؤوله", "مسوول", "سفير", "سفيره", "مستشار",
        "مستشاره", "قيادي", "قياديه", "عضو", "ممثل", "ممثله", "منسق", "منسقه", "امين", "محافظ", "قائم",
    ]);

    /// <summary>Heads whose complement follows directly, in construct (قائد مجلس…، رئيس هيئة…).</summary>
    public static readonly HashSet<string> ConstructHeads = Keys(
    [
        "قائد", "قائده", "رئيس", "رئيسه", "زعيم", "زعيمه", "امير", "مدير", "مديره", "نائب", "نائبه", "عضو", "محافظ", "امين", "منسق", "ممثل",
    ]);

    /// <summary>Heads whose construct complement is a portfolio that stays in the title (وزير الدفاع، وزيرة الخارجية).</summary>
    public static readonly HashSet<string> PortfolioHeads = Keys([ "وزير", "وزيره"]);

    /// <summary>Adjectives after a head that stay in the title besides nisba adjectives (الرسمي، الخاص، العام).</summary>
    public static readonly HashSet<string> TitleAdjectives = Keys(
    [
        "رسمي", "رسميه", "خاص", "خاصه", "عام", "عامه", "سابق", "سابقه", "جديد", "جديده", "اعلامي", "اعلاميه", "عسكري", "عسكريه", "ميداني", "ميدانيه",
    ]);

    /// <summary>Nouns that open the name of an organisation, a unit or a campaign (مجلس…، اللواء 104…، عاصفة…).</summary>
    public static readonly HashSet<string> OrganisationNouns = Keys(
    [
        "مجلس", "قوات", "قوه", "جيش", "حزب", "حركه", "تنظيم", "جماعه", "هيئه", "جبهه", "لواء", "الويه", "فيلق", "كتائب",
        "كتيبه", "سرايا", "فرقه", "وزاره", "منظمه", "جهاز", "لجنه", "مكتب", "اتحاد", "تحالف", "وكاله", "مركز", "مؤسسه", "موسسه",
        "شركه", "حمله", "عمليه", "معركه", "عاصفه", "غرفه", "قياده", "رئاسه", "حكومه", "برلمان", "مديريه", "فوج",
    ]);

    // Written as spelled; compared as match keys (قائد → قايد, مسؤول → مسوول).
    private static HashSet<string> Keys(string[] words) => new(words.Select(w => MatchKeyNormalizer.Normalize(w)), StringComparer.Ordinal);

    /// <summary>The key without a leading و/ف and article (والمتحدث → متحدث), or the key itself.</summary>
    public static string Bare(string key)
    {
        if (key.Length > 3 && (key[0] == 'و' || key[0] == 'ف') && key[1] == 'ا' && key[2] == 'ل') key = key[1..];
        if (key.Length > 3 && key.StartsWith("ال", StringComparison.Ordinal)) key = key[2..];
        return key;
    }

    public static bool IsRank(string key) => Ranks.Contains(Bare(key));

    public static bool IsHead(string key) => Heads.Contains(Bare(key));

    public static bool IsTitleWord(string key) => IsRank(key) || IsHead(key);

    /// <summary>
    /// A word that is not a name: a function word, a title word, or a word frequent in news text that ANERcorp does
    /// not mostly tag as a name (قال، بيان، الثلاثاء); with a leading و the rest is checked too (وأضاف).
    /// </summary>
    public static bool IsCommonWord(string key, ArabicLexicon lexicon)
    {
        if (key.Length == 0 || IsTitleWord(key)) return true;
        if (Common(lexicon.Lookup(key))) return true;
        return key.Length > 3 && (key[0] == 'و' || key[0] == 'ف') && Common(lexicon.Lookup(key.AsSpan(1)));
    }

    private static bool Common(LexiconEntry entry) => entry.IsFunction || (entry.CorpusFrequency >= 5 && !entry.IsEntity);
}
