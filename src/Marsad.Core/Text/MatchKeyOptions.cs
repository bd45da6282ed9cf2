namespace Marsad.Text;

/// <summary>Which optional folds the match key applies.</summary>
/// <param name="FoldHamzaOnSeats">ؤ → و and ئ → ي. On by default: news sites disagree on these seats as often as on أ/ا.</param>
/// <param name="FoldLatinCase">Latin letters lower-cased, so "ISIS" and "Isis" meet.</param>
public sealed record MatchKeyOptions(bool FoldHamzaOnSeats = true, bool FoldLatinCase = true)
{
    public static MatchKeyOptions Default { get; } = new();
}
