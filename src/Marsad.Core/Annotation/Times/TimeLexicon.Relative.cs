namespace Marsad.Annotation.Times;

/// <summary>A unit of calendar time used in relative expressions and durations.</summary>
internal enum TimeUnit : byte { Minute, Hour, Day, Week, Month, Year }

internal static partial class TimeLexicon
{
    /// <summary>Weekday names with the article, the way news writes them; Sunday is <see cref="DayOfWeek.Sunday"/>.</summary>
    public static readonly KeyLexicon<DayOfWeek> Weekdays = new(
    [
        ("الأحد", DayOfWeek.Sunday), ("الاثنين", DayOfWeek.Monday), ("الإثنين", DayOfWeek.Monday), ("الثلاثاء", DayOfWeek.Tuesday),
        ("الأربعاء", DayOfWeek.Wednesday), ("الخميس", DayOfWeek.Thursday), ("الجمعة", DayOfWeek.Friday), ("السبت", DayOfWeek.Saturday),
    ]);

    /// <summary>Words naming a day by its distance from today.</summary>
    public static readonly KeyLexicon<int> RelativeDays = new(
    [
        ("اليوم", 0), ("الليلة", 0), ("أمس", -1), ("الأمس", -1), ("البارحة", -1), ("غدا", 1), ("غداً", 1), ("الغد", 1),
    ]);

    /// <summary>Parts of the day before a day word ("فجر أمس", "مساء اليوم"), as TIMEX3 part-of-day codes.</summary>
    public static readonly KeyLexicon<string> DayParts = new(
    [
        ("فجر", "MO"), ("صباح", "MO"), ("ظهر", "MI"), ("عصر", "AF"), ("مساء", "EV"), ("ليل", "NI"), ("ليلة", "NI"),
    ]);

    /// <summary>Adjectives after a unit or weekday: past (-1), coming (+1) or current (0).</summary>
    public static readonly KeyLexicon<int> Directions = new(
    [
        ("الماضي", -1), ("الماضية", -1), ("الماضيين", -1), ("الماضيان", -1), ("المنصرم", -1), ("المنصرمة", -1), ("الفائت", -1),
        ("الفائتة", -1), ("السابق", -1), ("الأخير", -1), ("الأخيرة", -1), ("الأخيرين", -1),
        ("المقبل", 1), ("المقبلة", 1), ("المقبلين", 1), ("القادم", 1), ("القادمة", 1), ("القادمين", 1),
        ("الجاري", 0), ("الجارية", 0), ("الحالي", 0), ("الحالية", 0),
    ]);

    /// <summary>Time units by their singular and plural forms (count follows the number).</summary>
    public static readonly KeyLexicon<TimeUnit> Units = new(
    [
        ("دقيقة", TimeUnit.Minute), ("دقائق", TimeUnit.Minute), ("ساعة", TimeUnit.Hour), ("ساعات", TimeUnit.Hour),
        ("يوم", TimeUnit.Day), ("أيام", TimeUnit.Day), ("يوما", TimeUnit.Day), ("أسبوع", TimeUnit.Week), ("أسابيع", TimeUnit.Week),
        ("شهر", TimeUnit.Month), ("أشهر", TimeUnit.Month), ("شهور", TimeUnit.Month), ("شهرا", TimeUnit.Month),
        ("عام", TimeUnit.Year), ("أعوام", TimeUnit.Year), ("عاما", TimeUnit.Year), ("سنة", TimeUnit.Year), ("سنوات", TimeUnit.Year), ("سنين", TimeUnit.Year),
    ]);

    /// <summary>Duals of time units: the word alone means two of the unit ("شهرين").</summary>
    public static readonly KeyLexicon<TimeUnit> DualUnits = new(
    [
        ("دقيقتين", TimeUnit.Minute), ("دقيقتان", TimeUnit.Minute), ("ساعتين", TimeUnit.Hour), ("ساعتان", TimeUnit.Hour),
        ("يومين", TimeUnit.Day), ("يومان", TimeUnit.Day), ("أسبوعين", TimeUnit.Week), ("أسبوعان", TimeUnit.Week),
        ("شهرين", TimeUnit.Month), ("شهران", TimeUnit.Month), ("عامين", TimeUnit.Year), ("عامان", TimeUnit.Year),
        ("سنتين", TimeUnit.Year), ("سنتان", TimeUnit.Year),
    ]);

    /// <summary>Calendar units with the article, for "الأسبوع الماضي", "الشهر المقبل", "العام الجاري".</summary>
    public static readonly KeyLexicon<TimeUnit> DefiniteUnits = new(
    [
        ("الأسبوع", TimeUnit.Week), ("الشهر", TimeUnit.Month), ("العام", TimeUnit.Year), ("السنة", TimeUnit.Year),
    ]);

    /// <summary>Words before a duration that place it before (-1) or after (+1) the reference: "منذ شهرين", "بعد يومين".</summary>
    public static readonly KeyLexicon<int> AgoWords = new([("منذ", -1), ("قبل", -1), ("بعد", 1)]);

    /// <summary>Words before a definite duration that make it an interval: "خلال الـ 72 ساعة الماضية".</summary>
    public static readonly KeyLexicon<bool> SpanWords = new(new[] { "خلال", "طيلة", "طوال", "في", "مدى", "مدار" }.Select(w => (w, true)));
}
