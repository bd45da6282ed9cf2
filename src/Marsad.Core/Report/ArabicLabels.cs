namespace Marsad.Report;

/// <summary>
/// The Arabic words the interface and the text report show for the pipeline's English codes (removal kinds and
/// reasons, duplicate kinds, ACLED event types, entity types). A code without a label is shown as it is, so a new
/// reason added to the cleaner is visible before it is translated.
/// </summary>
public static class ArabicLabels
{
    public static string Removal(string kind) => kind switch
    {
        "Boilerplate" => "حشو الصفحة",
        "Embed" => "منشور مضمّن",
        "RepeatedParagraph" => "فقرة مكررة",
        _ => kind,
    };

    /// <summary>Why the cleaner took a piece out (the reasons <c>PlainTextCleaner</c> records).</summary>
    public static string RemovalReason(string reason) => reason switch
    {
        "caption" => "تعليق صورة",
        "embedded post body" => "نص منشور مضمّن",
        "read-also box" => "مربع «اقرأ أيضًا»",
        "read-also link" => "رابط «اقرأ أيضًا»",
        "menu block" => "قائمة تنقل",
        "update stamp" => "ختم التحديث",
        "publish stamp" => "ختم النشر",
        "repeated paragraph" => "فقرة مكررة",
        "embedded media link" => "رابط وسائط مضمّن",
        "post attribution" => "توقيع منشور",
        "retweet line" => "سطر إعادة تغريد",
        "lone dash" => "شرطة منفردة",
        "symbol line" => "سطر رموز",
        "size toggle" => "أزرار حجم الخط",
        "copyright" => "حقوق النشر",
        "cookie notice" => "تنبيه ملفات الارتباط",
        "share/follow widget" => "أزرار المشاركة والمتابعة",
        "latin widget line" => "سطر أزرار لاتيني",
        "repeated across documents" => "يتكرر في وثائق أخرى",
        _ => reason,
    };

    /// <summary>How another document repeats this one (the dedup stage's kinds, any letter case).</summary>
    public static string Duplicate(string kind) => kind.ToLowerInvariant() switch
    {
        "exact" => "نسخة مطابقة",
        "near" => "نسخة شبه مطابقة",
        "contained" => "مضمّنة في وثيقة أطول",
        "syndicated" => "منقولة عن وكالة",
        _ => kind,
    };

    /// <summary>ACLED's event types (the sub-types stay as ACLED spells them).</summary>
    public static string EventType(string type) => type switch
    {
        "Battles" => "معارك",
        "Explosions/Remote violence" => "انفجارات وعنف عن بعد",
        "Violence against civilians" => "عنف ضد المدنيين",
        "Protests" => "احتجاجات",
        "Riots" => "أعمال شغب",
        "Strategic developments" => "تطورات استراتيجية",
        _ => type,
    };

    /// <summary>ACLED's sub-event types (codebook 2023).</summary>
    public static string SubEventType(string type) => type switch
    {
        "Armed clash" => "اشتباك مسلح",
        "Government regains territory" => "استعادة الحكومة أرضًا",
        "Non-state actor overtakes territory" => "سيطرة طرف غير حكومي على أرض",
        "Chemical weapon" => "سلاح كيميائي",
        "Air/drone strike" => "غارة جوية أو بطائرة مسيّرة",
        "Suicide bomb" => "تفجير انتحاري",
        "Shelling/artillery/missile attack" => "قصف مدفعي أو صاروخي",
        "Remote explosive/landmine/IED" => "عبوة ناسفة أو لغم",
        "Grenade" => "قنبلة يدوية",
        "Sexual violence" => "عنف جنسي",
        "Attack" => "اعتداء",
        "Abduction/forced disappearance" => "خطف أو إخفاء قسري",
        "Peaceful protest" => "احتجاج سلمي",
        "Protest with intervention" => "احتجاج تدخلت فيه السلطات",
        "Excessive force against protesters" => "قوة مفرطة ضد المحتجين",
        "Violent demonstration" => "تظاهرة عنيفة",
        "Mob violence" => "عنف جماعي",
        "Agreement" => "اتفاق",
        "Arrests" => "اعتقالات",
        "Change to group/activity" => "تغيّر في جماعة أو نشاطها",
        "Disrupted weapons use" => "إحباط استخدام سلاح",
        "Headquarters or base established" => "إنشاء مقر أو قاعدة",
        "Looting/property destruction" => "نهب أو تدمير ممتلكات",
        "Non-violent transfer of territory" => "انتقال أرض دون قتال",
        "Other" => "أخرى",
        _ => type,
    };

    public static string EntityType(string type) => type switch
    {
        "PER" => "شخص",
        "ORG" => "منظمة",
        "LOC" => "مكان",
        _ => "أخرى",
    };
}
