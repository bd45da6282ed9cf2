namespace Marsad.Entities.Geo;

public sealed partial class Geocoder
{
    // Match keys (ة → ه, alef forms → ا) of the words that announce what kind of place follows.
    private static readonly HashSet<string> DivisionWords = new(StringComparer.Ordinal) { "محافظه", "ولايه", "اقليم", "مقاطعه" };
    private const string CountrysideWord = "ريف";
    private static readonly HashSet<string> SettlementWords = new(StringComparer.Ordinal)
    {
        "مدينه", "بلده", "قريه", "مخيم", "ناحيه", "حي", "منطقه", "مركز",
    };

    /// <summary>Ranking penalty for reading a mention without an attached particle: the plain form is likelier.</summary>
    private const double ProcliticPenalty = 0.05;

    /// <summary>For a particle before a word without the article (لإيطاليا، بسوريا): commoner as part of a name.</summary>
    private const double BareProcliticPenalty = 0.1;

    /// <summary>
    /// The mention as given, then without an attached و/ف (والرقة → الرقة), and without ب/ك/ل before the article
    /// (بالرقة → الرقة, للرقة → الرقة) or before a word of four letters or more (لإيطاليا → إيطاليا). Only the first word is
    /// stripped.
    /// </summary>
    internal static IEnumerable<(string Form, double Penalty)> MentionForms(string mention)
    {
        string trimmed = mention.Trim();
        if (trimmed.Length == 0) yield break;
        yield return (trimmed, 0);
        var words = Transliteration.ArabicWords(trimmed);
        if (words.Count == 0) yield break;
        string first = words[0], rest = words.Count > 1 ? " " + string.Join(' ', words.Skip(1)) : "";
        string? withoutConjunction = first.Length > 3 && first[0] is 'و' or 'ف' ? first[1..] : null;
        if (withoutConjunction is not null) yield return (withoutConjunction + rest, ProcliticPenalty);
        foreach (var word in withoutConjunction is null ? [first] : new[] { first, withoutConjunction })
        {
            if (word.Length > 4 && word[0] is 'ب' or 'ك' && word.AsSpan(1).StartsWith("ال")) yield return (word[1..] + rest, ProcliticPenalty);
            else if (word.Length > 3 && word.StartsWith("لل", StringComparison.Ordinal)) yield return ("ال" + word[2..] + rest, ProcliticPenalty);
            else if (word.Length > 4 && word[0] is 'ب' or 'ل' or 'ك') yield return (word[1..] + rest, BareProcliticPenalty);
        }
    }

    /// <summary>Transliteration keys of an Arabic name (see <see cref="Transliteration.ArabicKeys"/>).</summary>
    private static IReadOnlyList<NameKey> KeysOf(string arabicName) => Transliteration.ArabicKeys(arabicName);
}
