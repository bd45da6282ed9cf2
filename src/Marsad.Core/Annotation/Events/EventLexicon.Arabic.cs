using Marsad.Text;

namespace Marsad.Annotation.Events;

/// <summary>What a trigger needs before it counts: nothing (an act: غارة، اشتباكات), a weapon in use (بلغم، or an
/// attack or casualty word in the clause), a perfect verb or a noun after "من" (territory: سيطرت، تمكن من استعادة).</summary>
internal enum TriggerNeeds : byte { Nothing, WeaponInUse, Completed }

/// <summary>A trigger: its words as match-key stems (the second, when there is one, must follow), the sub-event type it marks,
/// its priority when a clause has several (higher wins), and what it needs.</summary>
internal sealed record Trigger(string[] Stems, string EventType, string SubEventType, int Priority, TriggerNeeds Needs);

/// <summary>
/// The Arabic trigger lexicon of conflict events, and the words that make a statement not a report of a past event
/// (future, negation, hedging, intent, condition). Stems are written in display form and folded to match keys once;
/// a token matches a stem when, after a proclitic (و ف ب ل ك with or without ال), it is the stem followed by one of
/// <see cref="Suffixes"/>.
/// </summary>
internal static partial class EventLexicon
{
    public static readonly Trigger[] Triggers =
    [
        T("اشتباك", AcledTypes.Battles, AcledTypes.ArmedClash, 2),
        T("اشتبك", AcledTypes.Battles, AcledTypes.ArmedClash, 2),
        T("قتال", AcledTypes.Battles, AcledTypes.ArmedClash, 2),
        T("معارك", AcledTypes.Battles, AcledTypes.ArmedClash, 2),
        T("مواجهات", AcledTypes.Battles, AcledTypes.ArmedClash, 2),
        T("صدام مسلح", AcledTypes.Battles, AcledTypes.ArmedClash, 2),
        T("صدامات", AcledTypes.Battles, AcledTypes.ArmedClash, 2),
        T("كمين", AcledTypes.Battles, AcledTypes.ArmedClash, 2),
        T("هجوم", AcledTypes.Battles, AcledTypes.ArmedClash, 1),
        T("هجمات", AcledTypes.Battles, AcledTypes.ArmedClash, 1),
        // Territory: the sub-event type follows actor 1's kind (state forces regain, others overtake).
        T("سيطر", AcledTypes.Battles, AcledTypes.NonStateActorOvertakesTerritory, 3, TriggerNeeds.Completed),
        T("سيطرة", AcledTypes.Battles, AcledTypes.NonStateActorOvertakesTerritory, 3, TriggerNeeds.Completed),
        T("استعاد", AcledTypes.Battles, AcledTypes.NonStateActorOvertakesTerritory, 3, TriggerNeeds.Completed),
        T("استعادة", AcledTypes.Battles, AcledTypes.NonStateActorOvertakesTerritory, 3, TriggerNeeds.Completed),
        T("طرد", AcledTypes.Battles, AcledTypes.NonStateActorOvertakesTerritory, 3, TriggerNeeds.Completed),
        T("غارة", AcledTypes.ExplosionsRemoteViolence, AcledTypes.AirDroneStrike, 5),
        T("غارات", AcledTypes.ExplosionsRemoteViolence, AcledTypes.AirDroneStrike, 5),
        T("قصف جوي", AcledTypes.ExplosionsRemoteViolence, AcledTypes.AirDroneStrike, 6),
        T("ضربة جوية", AcledTypes.ExplosionsRemoteViolence, AcledTypes.AirDroneStrike, 6),
        T("ضربات جوية", AcledTypes.ExplosionsRemoteViolence, AcledTypes.AirDroneStrike, 6),
        T("طائرة مسيرة", AcledTypes.ExplosionsRemoteViolence, AcledTypes.AirDroneStrike, 6, TriggerNeeds.WeaponInUse),
        T("طائرات مسيرة", AcledTypes.ExplosionsRemoteViolence, AcledTypes.AirDroneStrike, 6, TriggerNeeds.WeaponInUse),
        T("قصف", AcledTypes.ExplosionsRemoteViolence, AcledTypes.ShellingArtilleryMissile, 4),
        T("قصف مدفعي", AcledTypes.ExplosionsRemoteViolence, AcledTypes.ShellingArtilleryMissile, 6),
        T("صواريخ", AcledTypes.ExplosionsRemoteViolence, AcledTypes.ShellingArtilleryMissile, 4, TriggerNeeds.WeaponInUse),
        T("صاروخ", AcledTypes.ExplosionsRemoteViolence, AcledTypes.ShellingArtilleryMissile, 4, TriggerNeeds.WeaponInUse),
        T("قذائف", AcledTypes.ExplosionsRemoteViolence, AcledTypes.ShellingArtilleryMissile, 4, TriggerNeeds.WeaponInUse),
        T("قذيفة", AcledTypes.ExplosionsRemoteViolence, AcledTypes.ShellingArtilleryMissile, 4, TriggerNeeds.WeaponInUse),
        T("لغم", AcledTypes.ExplosionsRemoteViolence, AcledTypes.RemoteExplosive, 6, TriggerNeeds.WeaponInUse),
        T("ألغام", AcledTypes.ExplosionsRemoteViolence, AcledTypes.RemoteExplosive, 6, TriggerNeeds.WeaponInUse),
        T("عبوة ناسفة", AcledTypes.ExplosionsRemoteViolence, AcledTypes.RemoteExplosive, 6, TriggerNeeds.WeaponInUse),
        T("عبوات ناسفة", AcledTypes.ExplosionsRemoteViolence, AcledTypes.RemoteExplosive, 6, TriggerNeeds.WeaponInUse),
        T("سيارة مفخخة", AcledTypes.ExplosionsRemoteViolence, AcledTypes.RemoteExplosive, 6),
        T("انفجار", AcledTypes.ExplosionsRemoteViolence, AcledTypes.RemoteExplosive, 5),
        T("انتحاري", AcledTypes.ExplosionsRemoteViolence, AcledTypes.SuicideBomb, 7),
        T("انتحارية", AcledTypes.ExplosionsRemoteViolence, AcledTypes.SuicideBomb, 7),
        T("اغتيال", AcledTypes.ViolenceAgainstCivilians, AcledTypes.Attack, 5),
        T("اغتال", AcledTypes.ViolenceAgainstCivilians, AcledTypes.Attack, 5),
        T("إعدام", AcledTypes.ViolenceAgainstCivilians, AcledTypes.Attack, 5),
        T("أعدم", AcledTypes.ViolenceAgainstCivilians, AcledTypes.Attack, 5),
        T("مجزرة", AcledTypes.ViolenceAgainstCivilians, AcledTypes.Attack, 5),
        T("اختطاف", AcledTypes.ViolenceAgainstCivilians, AcledTypes.Abduction, 5),
        T("اختطف", AcledTypes.ViolenceAgainstCivilians, AcledTypes.Abduction, 5),
        T("خطف", AcledTypes.ViolenceAgainstCivilians, AcledTypes.Abduction, 5),
        T("إخفاء قسري", AcledTypes.ViolenceAgainstCivilians, AcledTypes.Abduction, 6),
        T("مظاهرة", AcledTypes.Protests, AcledTypes.PeacefulProtest, 4),
        T("مظاهرات", AcledTypes.Protests, AcledTypes.PeacefulProtest, 4),
        T("تظاهر", AcledTypes.Protests, AcledTypes.PeacefulProtest, 4),
        T("احتجاج", AcledTypes.Protests, AcledTypes.PeacefulProtest, 4),
        T("احتجاجات", AcledTypes.Protests, AcledTypes.PeacefulProtest, 4),
        T("اعتصام", AcledTypes.Protests, AcledTypes.PeacefulProtest, 4),
        T("شغب", AcledTypes.Riots, AcledTypes.MobViolence, 5),
        T("اتفاق", AcledTypes.StrategicDevelopments, AcledTypes.Agreement, 1),
        T("اتفاقية", AcledTypes.StrategicDevelopments, AcledTypes.Agreement, 1),
        T("هدنة", AcledTypes.StrategicDevelopments, AcledTypes.Agreement, 1),
        T("اعتقال", AcledTypes.StrategicDevelopments, AcledTypes.Arrests, 3),
        T("اعتقل", AcledTypes.StrategicDevelopments, AcledTypes.Arrests, 3),
        T("اعتقالات", AcledTypes.StrategicDevelopments, AcledTypes.Arrests, 3),
        T("انشقاق", AcledTypes.StrategicDevelopments, AcledTypes.ChangeToGroup, 2),
        T("انشق", AcledTypes.StrategicDevelopments, AcledTypes.ChangeToGroup, 2),
        T("انسحاب", AcledTypes.StrategicDevelopments, AcledTypes.NonViolentTransfer, 2),
        T("انسحب", AcledTypes.StrategicDevelopments, AcledTypes.NonViolentTransfer, 2),
        T("إنشاء قاعدة", AcledTypes.StrategicDevelopments, AcledTypes.HeadquartersEstablished, 3),
        T("إنشاء مقر", AcledTypes.StrategicDevelopments, AcledTypes.HeadquartersEstablished, 3),
    ];

    /// <summary>Endings a trigger stem may carry: plural, feminine, verb agreement and possessive pronouns.</summary>
    public static readonly string[] Suffixes = ["", "ه", "ات", "ت", "وا", "ا", "ان", "ين", "ون", "ها", "هم", "تا", "تها", "ته", "ي", "يه"];

    /// <summary>Proclitics before a trigger, longest first; a trigger after ل (للسيطرة: "in order to") states a purpose.</summary>
    public static readonly string[] Proclitics = ["وبال", "وال", "فال", "بال", "لل", "ال", "وب", "ول", "فب", "و", "ف", "ب", "ل"];

    /// <summary>Words after which a protest met force: تفريق، قنابل مسيلة، أطلق النار على المتظاهرين.</summary>
    public static readonly HashSet<string> Intervention = Keys("تفريق فرقت فرق مسيلة المسيلة الرصاص الحي قمع");

    /// <summary>Words that make a weapon a weapon in use, or a sentence's casualties (مقتل، جرح، انفجار، استهدف).</summary>
    public static readonly string[] AttackStems = Stems("قتل مقتل أصيب إصابة جرح انفجر انفجار استهدف سقط هجوم قصف");

    /// <summary>Words that precede a trigger used as a place or a state rather than an act (جبهات القتال، تحت سيطرته).</summary>
    public static readonly HashSet<string> NotAnAct = Keys("جبهات جبهة ساحات ساحة تحت خطوط");

    /// <summary>Words that make a clause not a report of a past event: negation, hedging, intent, condition, future.</summary>
    public static readonly HashSet<string> Modality = Keys(
        "لم لا ليس ليست لن لما نفى نفت ينفي تنفي عدم دون " +
        "ربما يعتقد يرجح يحتمل محتمل احتمال يشتبه يبدو " +
        "تخطط يخطط تعتزم يعتزم تنوي ينوي تهدف يهدف بهدف تسعى يسعى ستتسارع " +
        "إذا اذا لو حال حالة سوف المقبل المقبلة القادم القادمة " +
        "لتفادي تفادي لتجنب تجنب لمنع منع أحيانا عادة السماح بالسماح " +
        "أوقفت أوقف علقت علق تعليق وقف إيقاف");

    /// <summary>Words beginning with س that are not a future marker on a verb (سيطر، سيارة، سوريا …).</summary>
    public static readonly string[] NotFuture = Stems("سيطر سيار سياس سياد سيد سيف سين سنو سنة سنت ستار ستة ست سبت سوري سور سوق سلاح سلم سلط سكان سجن ساع سيل سيناء سنجار ساب ساح سار سام سال ستر سند سيا");

    /// <summary>Words after which the sentence gives the cause of what it reports («ردا على», «انتقاما ل»): the
    /// triggers there are not reported events and the actors there are not the event's.</summary>
    public static readonly HashSet<string> Cause = Keys("ردا رداً انتقاما انتقاماً");

    /// <summary>Words that, before a definite noun or أن, tell what came before the event («بعد الهجمات», «إثر»).</summary>
    public static readonly HashSet<string> Earlier = Keys("بعد عقب إثر اثر غداة");

    /// <summary>Words that name who claimed or set a bomb (تبنى، زرع، فجر، نفذ): its actor 1, not its victim.</summary>
    public static readonly HashSet<string> Claims = Keys("تبنى تبنت يتبنى وتبنى وتبنت زرع زرعها زرعت فجر فجرها نفذ نفذه نفذها نفذت");

    /// <summary>Words by which a sentence continues the previous one's frame («وفي هجوم منفصل», «مماثل»): background
    /// there is background here.</summary>
    public static readonly HashSet<string> SameFrame = Keys("منفصل منفصلة مماثل مماثلة");

    /// <summary>Words before a supporter, not a party ("بدعم من التحالف", "القوات المدعومة من", "بقيادة").</summary>
    public static readonly HashSet<string> Support = Keys("بدعم دعم بمساندة مساندة بمشاركة مشاركة مدعومة المدعومة مدعوما مدعومًا المدعوم مدعوم بقيادة بغطاء بإسناد");

    /// <summary>Words that make a clause background rather than news: what happened last year or before (العام
    /// الماضي، سبق أن، سابقا), what happens habitually (بانتظام).</summary>
    public static readonly HashSet<string> Background = Keys("سبق وسبق سابقا سابقاً بانتظام");

    /// <summary>Words before a trigger that make it hypothetical: «أي هجوم» (any attack).</summary>
    public static readonly HashSet<string> Hypothetical = Keys("أي أية");

    /// <summary>Place words that name no particular place (الريف، المنطقة): never an event's location.</summary>
    public static readonly HashSet<string> GenericPlaces = Keys("ريف الريف منطقة المنطقة مدينة المدينة بلدة البلدة قرية القرية");

    public static readonly HashSet<string> Civilians = Keys("مدني مدنيين مدنيون المدنيين المدنيون أطفال الأطفال نساء النساء");

    private static Trigger T(string words, string type, string subType, int priority, TriggerNeeds needs = TriggerNeeds.Nothing) =>
        new(Stems(words), type, subType, priority, needs);

    private static string[] Stems(string words) => words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => MatchKeyNormalizer.Normalize(w)).ToArray();

    private static HashSet<string> Keys(string words) => Stems(words).ToHashSet(StringComparer.Ordinal);
}
