namespace Marsad.Annotation.Times;

internal static partial class TimeLexicon
{
    /// <summary>
    /// Places after "بتوقيت" whose UTC offset is fixed all year (no daylight saving since 2022 or earlier), in minutes.
    /// Places with daylight saving (دمشق, بيروت, القاهرة...) are not listed: their times stay local.
    /// </summary>
    public static readonly KeyLexicon<int> ZoneOffsets = new(
    [
        ("غرينتش", 0), ("غرينيتش", 0), ("جرينتش", 0), ("جرينيتش", 0), ("غرنتش", 0), ("العالمي", 0),
        ("مكة", 180), ("الرياض", 180), ("السعودية", 180), ("بغداد", 180), ("العراق", 180),
        ("الدوحة", 180), ("قطر", 180), ("الكويت", 180), ("المنامة", 180), ("البحرين", 180), ("موسكو", 180),
        ("أبوظبي", 240), ("الإمارات", 240), ("دبي", 240), ("مسقط", 240),
        ("طهران", 210), ("إيران", 210), ("الجزائر", 60), ("تونس", 60), ("الخرطوم", 120), ("السودان", 120),
    ]);

    /// <summary>Words after a clock time that say it is afternoon or evening (add 12 hours below 12).</summary>
    public static readonly KeyLexicon<bool> AfternoonWords = new(new[] { "مساء", "مساءً", "ظهرا", "عصرا", "ليلا", "م" }.Select(w => (w, true)));

    public static readonly KeyLexicon<bool> MorningWords = new(new[] { "صباحا", "صباحاً", "فجرا", "ص" }.Select(w => (w, true)));
}
