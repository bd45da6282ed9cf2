using Marsad.Text;

namespace Marsad.Annotation.Quotes;

/// <summary>Arabic words of attribution: speech verbs (masculine and feminine perfect forms), the complementizers that
/// open reported speech, spokesperson titles and the words that end a verb's subject. Written in display form and
/// folded to match keys once.</summary>
internal static partial class QuoteLexicon
{
    /// <summary>Perfect speech verbs, masculine then feminine ("قال قالت").</summary>
    private static readonly string[] VerbPairs =
    [
        "قال قالت", "أعلن أعلنت", "أكد أكدت", "أوضح أوضحت", "أشار أشارت", "أضاف أضافت", "ذكر ذكرت", "شدد شددت",
        "نفى نفت", "اعتبر اعتبرت", "تابع تابعت", "صرح صرحت", "لفت لفتت", "أفاد أفادت", "كشف كشفت", "رأى رأت",
    ];

    /// <summary>Spokesperson titles; the feminine ones end in ة.</summary>
    private static readonly string[] SpokespersonTitles = ["متحدث", "المتحدث", "متحدثة", "المتحدثة", "ناطق", "الناطق", "ناطقة", "الناطقة"];

    /// <summary>Words that refer back to the last speaker's statement ("وأوضح البيان أن").</summary>
    private static readonly string[] StatementNouns = ["البيان", "بيان", "البلاغ", "التصريح"];

    /// <summary>Words after which a verb's subject is over: adjuncts of place, manner and addressee
    /// ("لوكالة رويترز", "في بيان", "عبر حسابها").</summary>
    private static readonly string[] SubjectEnders =
        ["في", "عبر", "خلال", "لوكالة", "لصحيفة", "لقناة", "لموقع", "للصحفيين", "لـ", "ل", "أمام", "من", "على", "إلى", "الى", "مساء", "صباح",
         "يوم", "أمس", "اليوم", "بحسب", "حسب", "وفق", "وفقا", "نقلا",
         // Days: "قال السبت الماضي" says when, not who.
         "السبت", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "الماضي", "الماضية"];

    /// <summary>Words after which a person only owns the subject's body ("القوات الموالية لحكومة الرئيس هادي").</summary>
    private static readonly string[] OwnerWords = ["الموالية", "الموالي", "الموالين", "الموالون", "التابعة", "التابع", "المقربة", "المقرب", "المقربين"];

    /// <summary>Words that attribute what follows to a source: "وفق X فإن", "بحسب X، «…»".</summary>
    private static readonly string[] SourceWords = ["وفق", "وفقا", "بحسب", "حسب"];

    public static readonly Dictionary<string, bool> Verbs = BuildVerbs();
    public static readonly HashSet<string> Spokespersons = Keys(SpokespersonTitles);
    public static readonly HashSet<string> Statements = Keys(StatementNouns);
    public static readonly HashSet<string> Enders = Keys(SubjectEnders);
    public static readonly HashSet<string> Owners = Keys(OwnerWords);
    public static readonly HashSet<string> Sources = Keys(SourceWords);

    /// <summary>Match keys of the complementizers إن/أن (also بأن, على أن, إلى أن as one word).</summary>
    public static bool IsComplementizer(string key) => key is "ان" or "بان" or "وان" or "انه" or "انها" or "انهم" or "انهما" or "بانه" or "بانها";

    private static Dictionary<string, bool> BuildVerbs()
    {
        var verbs = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var pair in VerbPairs)
        {
            var forms = pair.Split(' ');
            verbs[MatchKeyNormalizer.Normalize(forms[0])] = false;
            verbs[MatchKeyNormalizer.Normalize(forms[1])] = true;
        }
        return verbs;
    }

    private static HashSet<string> Keys(IEnumerable<string> words) => words.Select(w => MatchKeyNormalizer.Normalize(w)).ToHashSet(StringComparer.Ordinal);
}
