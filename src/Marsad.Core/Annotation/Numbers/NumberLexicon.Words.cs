namespace Marsad.Annotation.Numbers;

/// <summary>What a number word contributes to the phrase it is part of.</summary>
internal enum NumberWordRole : byte
{
    /// <summary>1–10 (and their feminine and construct forms); may take "عشر/عشرة" after it to make a teen.</summary>
    Unit,
    /// <summary>Forms used only before "عشر/عشرة": أحد، إحدى، اثنا، اثني، اثنتا، اثنتي.</summary>
    TeenOnly,
    /// <summary>"عشر/عشرة" after a unit: adds ten. Alone, "عشرة" is 10 (a Unit entry with the same key wins).</summary>
    TeenTen,
    /// <summary>20, 30 ... 90.</summary>
    Ten,
    /// <summary>A whole hundred: مئة، مئتان، ثلاثمئة ... تسعمئة; "مئة" after a unit multiplies it ("ثلاث مئة").</summary>
    Hundred,
    /// <summary>ألف، مليون، مليار and plurals آلاف، ملايين: multiply the count before them; alone, one of them.</summary>
    Scale,
    /// <summary>Duals of a scale (ألفان، ألفين، ألفي، مليونين): two of it.</summary>
    DualScale,
    /// <summary>Vague counts: عشرات، مئات، بضعة; the value is the magnitude.</summary>
    Vague,
}

internal readonly record struct NumberWord(double Value, NumberWordRole Role, bool Ambiguous = false, bool PluralScale = false);

/// <summary>Arabic number words, written as in text; folded to match keys when the lexicon is built.</summary>
internal static partial class NumberLexicon
{
    // Declared before Words: static fields initialise in text order and BuildWords reads this table.
    private static readonly (string Singular, string[] Dual, string[] Plural, double Value)[] Scales =
    [
        ("ألف", ["ألفان", "ألفين", "ألفي"], ["آلاف", "ألوف"], 1_000),
        ("مليون", ["مليونان", "مليونين", "مليوني"], ["ملايين"], 1_000_000),
        ("مليار", ["ملياران", "مليارين", "ملياري"], ["مليارات"], 1_000_000_000),
        ("بليون", ["بليونان", "بليونين", "بليوني"], ["بلايين"], 1_000_000_000),
    ];

    public static readonly KeyLexicon<NumberWord> Words = new(BuildWords());

    private static IEnumerable<(string, NumberWord)> BuildWords()
    {
        static (string, NumberWord) W(string s, double v, NumberWordRole r, bool ambiguous = false) => (s, new NumberWord(v, r, ambiguous));
        const NumberWordRole U = NumberWordRole.Unit;
        // Short forms that are also common other words (ست "lady", سبع "lion", خمس "a fifth", تسع "holds",
        // عشر "a tenth") count only inside a compound or before a counted noun.
        string[][] units =
        [
            ["واحد", "واحدة"], ["اثنان", "اثنين", "اثنتان", "اثنتين"], ["ثلاثة", "ثلاث"], ["أربعة", "أربع"],
            ["خمسة", "خمس*"], ["ستة", "ست*"], ["سبعة", "سبع*"], ["ثمانية", "ثماني", "ثمان"], ["تسعة", "تسع*"], ["عشرة"],
        ];
        for (int i = 0; i < units.Length; i++)
            foreach (var form in units[i])
                yield return form.EndsWith('*') ? W(form[..^1], i + 1, U, ambiguous: true) : W(form, i + 1, U);
        yield return W("عشر", 10, NumberWordRole.TeenTen, ambiguous: true);
        foreach (var s in new[] { "أحد", "إحدى" }) yield return W(s, 1, NumberWordRole.TeenOnly);
        foreach (var s in new[] { "اثنا", "اثني", "اثنتا", "اثنتي" }) yield return W(s, 2, NumberWordRole.TeenOnly);

        string[] tenStems = ["عشر", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "تسع"];
        for (int i = 0; i < tenStems.Length; i++)
        {
            yield return W(tenStems[i] + "ون", (i + 2) * 10, NumberWordRole.Ten);
            yield return W(tenStems[i] + "ين", (i + 2) * 10, NumberWordRole.Ten);
        }

        foreach (var s in new[] { "مئة", "مائة", "ماية", "مية" }) yield return W(s, 100, NumberWordRole.Hundred);
        foreach (var s in new[] { "مئتان", "مئتين", "مئتا", "مئتي", "مائتان", "مائتين", "مائتا", "مائتي" })
            yield return W(s, 200, NumberWordRole.Hundred);
        string[] hundredStems = ["ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "ثماني", "تسع"];
        int[] hundredValues = [300, 400, 500, 600, 700, 800, 800, 900];
        for (int i = 0; i < hundredStems.Length; i++)
            foreach (var hundred in new[] { "مئة", "مائة" })
                yield return W(hundredStems[i] + hundred, hundredValues[i], NumberWordRole.Hundred);

        foreach (var (singular, dual, plural, value) in Scales)
        {
            yield return (singular, new NumberWord(value, NumberWordRole.Scale));
            foreach (var d in dual) yield return (d, new NumberWord(value, NumberWordRole.DualScale));
            foreach (var p in plural) yield return (p, new NumberWord(value, NumberWordRole.Scale, PluralScale: true));
        }

        yield return W("عشرات", 10, NumberWordRole.Vague);
        yield return W("مئات", 100, NumberWordRole.Vague);
        yield return W("بضعة", 1, NumberWordRole.Vague);
        yield return W("بضع", 1, NumberWordRole.Vague);
    }


    /// <summary>Plural scales after a vague count ("عشرات الآلاف"), written with the article.</summary>
    public static readonly KeyLexicon<double> DefinitePluralScales = new([("الآلاف", 1_000), ("الألوف", 1_000), ("الملايين", 1_000_000)]);

    /// <summary>Phrases after a number that make it a percentage, as match keys.</summary>
    public static readonly string[][] PercentPhrases = new[]
    {
        "في المئة", "في المائة", "في المية", "بالمئة", "بالمائة", "بالمية", "%", "٪",
    }.Select(p => p.Split(' ').Select(w => Marsad.Text.MatchKeyNormalizer.Normalize(w)).ToArray()).ToArray();
}
