namespace Marsad.Annotation.Times;

internal enum CalendarSystem : byte { Gregorian, Hijri }

/// <summary>
/// A month name. <see cref="SecondKey"/> is the second word of two-word names ("تشرين الثاني", "ربيع الأول");
/// <see cref="Ambiguous"/> names are also ordinary words (آب "father", مارس "practised", صفر "zero", رمضان a given
/// name) and count as months only with a day, a year or "شهر" beside them.
/// </summary>
internal sealed record MonthName(int Month, CalendarSystem Calendar, string? SecondKey, bool Ambiguous);

internal static partial class TimeLexicon
{
    private static readonly (string Names, bool Ambiguous)[][] GregorianMonths =
    [
        // Levantine and Iraqi (Syriac) names.
        [("كانون الثاني", false), ("شباط", false), ("آذار", false), ("نيسان", false), ("أيار", false), ("حزيران", false),
         ("تموز", false), ("آب", true), ("أيلول", false), ("تشرين الأول", false), ("تشرين الثاني", false), ("كانون الأول", false)],
        // Egyptian and Gulf names, with their common spellings.
        [("يناير", false), ("فبراير", false), ("مارس", true), ("أبريل", false), ("مايو", false), ("يونيو", false),
         ("يوليو", false), ("أغسطس", false), ("سبتمبر", false), ("أكتوبر", false), ("نوفمبر", false), ("ديسمبر", false)],
        [("كانون ثاني", false), ("", false), ("", false), ("إبريل", false), ("", false), ("يونيه", false),
         ("يوليه", false), ("اغسطس", false), ("", false), ("اكتوبر", false), ("تشرين ثاني", false), ("كانون أول", false)],
        // Maghrebi (French) names.
        [("جانفي", false), ("فيفري", false), ("", false), ("أفريل", false), ("ماي", true), ("جوان", false),
         ("جويلية", false), ("أوت", false), ("شتنبر", false), ("أكتوبر", false), ("نونبر", false), ("دجنبر", false)],
        // Moroccan spellings.
        [("يناير", false), ("فبراير", false), ("مارس", true), ("أبريل", false), ("ماي", true), ("يونيو", false),
         ("يوليوز", false), ("غشت", false), ("", false), ("", false), ("", false), ("", false)],
    ];

    private static readonly (string Names, bool Ambiguous)[][] HijriMonths =
    [
        [("محرم", true), ("صفر", true), ("ربيع الأول", false), ("ربيع الآخر", false), ("جمادى الأولى", false), ("جمادى الآخرة", false),
         ("رجب", true), ("شعبان", true), ("رمضان", true), ("شوال", false), ("ذو القعدة", false), ("ذو الحجة", false)],
        [("", false), ("", false), ("ربيع أول", false), ("ربيع الثاني", false), ("جمادى الأول", false), ("جمادى الثانية", false),
         ("", false), ("", false), ("", false), ("", false), ("ذي القعدة", false), ("ذي الحجة", false)],
        [("", false), ("", false), ("", false), ("ربيع ثاني", false), ("جمادى الاولى", false), ("جمادى الثاني", false),
         ("", false), ("", false), ("", false), ("", false), ("ذا القعدة", false), ("ذا الحجة", false)],
    ];

    /// <summary>First word of a month name → the names starting with it (two-word names first).
    /// Declared after the tables: static fields initialise in text order.</summary>
    public static readonly KeyLexicon<MonthName[]> Months = new(BuildMonths());

    private static IEnumerable<(string, MonthName[])> BuildMonths()
    {
        var byFirst = new SortedDictionary<string, List<MonthName>>(StringComparer.Ordinal);
        void Add((string Names, bool Ambiguous)[][] table, CalendarSystem calendar)
        {
            foreach (var row in table)
                for (int m = 0; m < 12; m++)
                {
                    var (name, ambiguous) = row[m];
                    if (name.Length == 0) continue;
                    var words = name.Split(' ');
                    string first = Marsad.Text.MatchKeyNormalizer.Normalize(words[0]);
                    string? second = words.Length > 1 ? Marsad.Text.MatchKeyNormalizer.Normalize(words[1]) : null;
                    if (!byFirst.TryGetValue(first, out var list)) byFirst[first] = list = [];
                    var entry = new MonthName(m + 1, calendar, second, ambiguous);
                    if (!list.Contains(entry)) list.Add(entry);
                }
        }
        Add(GregorianMonths, CalendarSystem.Gregorian);
        Add(HijriMonths, CalendarSystem.Hijri);
        // Two-word names are tried before a one-word name with the same first word.
        foreach (var (first, list) in byFirst)
            yield return (first, list.OrderBy(n => n.SecondKey is null ? 1 : 0).ToArray());
    }

    /// <summary>English month names and abbreviations, lower case (match keys fold Latin case).</summary>
    public static readonly KeyLexicon<int> EnglishMonths = new(
        new[] { "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december" }
            .SelectMany((name, i) => new[] { (name, i + 1), (name[..3], i + 1) })
            .Append(("sept", 9)));

    /// <summary>Words after a Gregorian year: م، ميلادي، للميلاد.</summary>
    public static readonly KeyLexicon<bool> GregorianEraWords = new(new[] { "م", "ميلادي", "ميلادية", "للميلاد" }.Select(w => (w, true)));

    /// <summary>Words after a Hijri year: هـ، هجري، للهجرة.</summary>
    public static readonly KeyLexicon<bool> HijriEraWords = new(new[] { "هـ", "ه", "هجري", "هجرية", "للهجرة" }.Select(w => (w, true)));

    /// <summary>Words that introduce a bare year: "عام 2018", "سنة 2018".</summary>
    public static readonly KeyLexicon<bool> YearWords = new(new[] { "عام", "العام", "سنة", "السنة", "لعام", "للعام", "لسنة", "للسنة", "بعام", "وعام" }.Select(w => (w, true)));

    /// <summary>"شهر" before a month name, which makes an ambiguous name a month.</summary>
    public static readonly KeyLexicon<bool> MonthWords = new(new[] { "شهر", "بشهر", "لشهر", "وشهر", "الشهر" }.Select(w => (w, true)));
}
