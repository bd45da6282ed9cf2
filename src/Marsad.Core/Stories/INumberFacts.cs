namespace Marsad.Stories;

/// <summary>A number found in a text with what it counts and what it is about.</summary>
/// <param name="Start">Start of the number (including an approximation word such as نحو) in the text.</param>
/// <param name="End">End of the number.</param>
/// <param name="Value">The value (ثلاثين → 30, ألفي → 2000, 3 آلاف → 3000).</param>
/// <param name="Unit">The counted thing as a light stem of the noun after the number (قرية, قرى → قري); "%" for percentages.</param>
/// <param name="Approximate">Preceded by نحو، حوالي، قرابة، أكثر من ...: a rounded figure.</param>
public sealed record NumberFact(int Start, int End, double Value, string Unit, bool Approximate)
{
    /// <summary>Where, whose or of what the count is, as written right after the counted noun («عند الضفاف الشرقية
    /// لنهر الفرات», «من عناصر داعش»); empty when the count stands unqualified (a total).</summary>
    public string Scope { get; init; } = "";

    /// <summary>The time expression of the number's sentence («الأحد», «العام الماضي»), as written; empty when none.</summary>
    public string When { get; init; } = "";
}

/// <summary>Finds numbers with their units in a text. The story stage's corroboration uses this interface so that the
/// numbers annotator (<see cref="AnnotatedNumberFacts"/>) can be replaced in tests.</summary>
public interface INumberFacts
{
    /// <summary>Numbers of <paramref name="text"/> that count something, in text order.</summary>
    IReadOnlyList<NumberFact> Find(string text);
}
