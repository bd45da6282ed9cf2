namespace Marsad.Annotation.Numbers;

/// <summary>
/// A number or quantity in a text. <see cref="Start"/> and <see cref="End"/> are UTF-16 offsets (half-open) and cover
/// the qualifier ("نحو", "أكثر من") and the number with its multiplier or percent phrase, not the counted noun.
/// </summary>
/// <param name="Value">The value (percentages as written: 1 for "1%"); null for a vague quantity such as "عشرات".</param>
/// <param name="Approximate">True for "about" qualifiers and vague quantities.</param>
/// <param name="Comparator">"about", "more-than", "less-than", "at-least", or null.</param>
/// <param name="Unit">Lemma of the counted noun ("قرية"), "%" for a share, or null.</param>
public sealed record NumberMention(int Start, int End, string Text, double? Value, bool Approximate, string? Comparator, string? Unit)
{
    /// <summary>
    /// For a vague quantity, the order of magnitude: "عشرات" 10, "مئات" 100, "آلاف" 1000, "عشرات الآلاف" 10000,
    /// "بضعة" 1. The intended range is [2 × Magnitude, 10 × Magnitude) (for "بضعة": 3 to 9).
    /// </summary>
    public double? Magnitude { get; init; }

    /// <summary>Every counted noun joined by "و" after the number ("قرية وبلدة" → قرية, بلدة); Unit is the first.</summary>
    public IReadOnlyList<string> Units { get; init; } = [];

    /// <summary>
    /// A number that labels rather than counts ("اللواء 104", "القرار 2254"): it follows a designator noun and no
    /// counted noun follows it. Kept so that callers can see it, with <see cref="Unit"/> null.
    /// </summary>
    public bool IsDesignator { get; init; }
}
