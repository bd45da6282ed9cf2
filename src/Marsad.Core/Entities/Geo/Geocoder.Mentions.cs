using Marsad.Text;

namespace Marsad.Entities.Geo;

public sealed partial class Geocoder
{
    /// <summary>What a head word before a name says the name is; it changes which candidates qualify and how they rank.</summary>
    internal enum PlaceHead { None, City, Village }

    // Match keys (ة → ه, alef forms → ا) of the words that announce what kind of place follows.
    private static readonly HashSet<string> DivisionWords = new(StringComparer.Ordinal) { "محافظه", "ولايه", "اقليم", "مقاطعه" };
    private const string CountrysideWord = "ريف";
    private const string CityWord = "مدينه";
    private const string AreaWord = "منطقه";
    private static readonly HashSet<string> VillageWords = new(StringComparer.Ordinal) { "بلده", "قريه", "مخيم", "حي", "ناحيه", "مركز" };
    private static readonly HashSet<string> StateWords = new(StringComparer.Ordinal) { "دوله", "مملكه", "جمهوريه", "سلطنه", "اماره" };

    // A natural feature's head and the curated kinds it may name: نهر الفرات is the river, not a town called Furat.
    private static readonly Dictionary<string, string[]> FeatureWords = new(StringComparer.Ordinal)
    {
        ["نهر"] = ["river"], ["بحيره"] = ["lake"], ["بحر"] = ["sea"], ["خليج"] = ["sea"], ["مضيق"] = ["strait"],
        ["جبل"] = ["region"], ["جبال"] = ["region"], ["وادي"] = ["region", "river"], ["سهل"] = ["region"], ["هضبه"] = ["region"],
        ["صحراء"] = ["region"],
    };

    /// <summary>Ranking penalty for reading a mention without an attached particle: the plain form is likelier.</summary>
    private const double ProcliticPenalty = 0.05;

    /// <summary>For a particle before a word without the article (لإيطاليا، بسوريا): commoner as part of a name.</summary>
    private const double BareProcliticPenalty = 0.1;

    /// <summary>Shortest word (in letters) left after taking a particle off a word without the article.</summary>
    private const int MinBareStemLetters = 3;

    /// <summary>
    /// The mention as given, then without an attached و/ف (والرقة → الرقة), and without ب/ك/ل before the article
    /// (بالرقة → الرقة), ل + article written لل (للفرات → الفرات), or ب/ك/ل before a word of three letters or more
    /// (لنهر الفرات → نهر الفرات، بحلب → حلب). Only the first word is stripped.
    /// </summary>
    internal static IEnumerable<(string Form, double Penalty)> MentionForms(string mention)
    {
        string trimmed = mention.Trim();
        if (trimmed.Length == 0) yield break;
        yield return (trimmed, 0);
        var words = Transliteration.ArabicWords(trimmed);
        if (words.Count == 0) yield break;
        string first = words[0], rest = words.Count > 1 ? " " + string.Join(' ', words.Skip(1)) : "";
        string? withoutConjunction = first.Length > MinBareStemLetters && first[0] is 'و' or 'ف' ? first[1..] : null;
        if (withoutConjunction is not null) yield return (withoutConjunction + rest, ProcliticPenalty);
        foreach (var word in withoutConjunction is null ? [first] : new[] { first, withoutConjunction })
        {
            if (word.Length > 4 && word[0] is 'ب' or 'ك' && word.AsSpan(1).StartsWith("ال")) yield return (word[1..] + rest, ProcliticPenalty);
            else if (word.Length > 3 && word.StartsWith("لل", StringComparison.Ordinal)) yield return ("ال" + word[2..] + rest, ProcliticPenalty);
            else if (word.Length > MinBareStemLetters && word[0] is 'ب' or 'ل' or 'ك') yield return (word[1..] + rest, BareProcliticPenalty);
        }
    }

    /// <summary>A name after a head word (see the class summary), or null when the first word is no head the geocoder reads.</summary>
    private Placement? HeadedPlace(List<string> words, string form, GeoContext context)
    {
        string head = MatchKeyNormalizer.Normalize(words[0]);
        string rest = string.Join(' ', words.Skip(1));
        if (DivisionWords.Contains(head))
            return DivisionNamed(rest, context) is { Best: not null } division ? division : DivisionOfPlace(rest, context);
        if (head == CountrysideWord) return Countryside(rest, form, context);
        if (head == CityWord) return Either(PlaceNamed(rest, context, PlaceHead.City), () => PlaceNamed(form, context, PlaceHead.None));
        if (VillageWords.Contains(head))
            return Either(PlaceNamed(rest, context, PlaceHead.Village), () => PlaceNamed(form, context, PlaceHead.None));
        if (head == AreaWord) return Either(AsArea(PlaceOrDivision(rest, context)), () => PlaceNamed(form, context, PlaceHead.None));
        if (FeatureWords.TryGetValue(head, out var kinds))
            return gazetteer.FeatureNamed(rest) is { } feature && kinds.Contains(feature.Kind)
                ? new Placement(FeatureMatch(feature), 1, true)
                : PlaceNamed(form, context, PlaceHead.None);
        if (StateWords.Contains(head) && gazetteer.CountryCodeOf(rest) is { } code && CountryMatch(code) is { } country)
            return new Placement(country, 1, true);
        return null;
    }

    private static Placement Either(Placement first, Func<Placement> second) => first.Best is not null ? first : second();

    /// <summary>
    /// The countryside of somewhere (ريف + name, a direction adjective after it allowed: ريف حلب الشرقي): a division so
    /// named (ريف دمشق, Rif-dimashq), the division the name names (ريف حلب → Aleppo's), else the area around the place.
    /// </summary>
    private Placement Countryside(string rest, string form, GeoContext context)
    {
        if (DivisionNamed(form, context) is { Best: not null } named) return named;
        var words = Transliteration.ArabicWords(rest);
        if (words.Count > 1 && IsDirectionAdjective(words[^1])) rest = string.Join(' ', words.SkipLast(1));
        if (DivisionNamed(rest, context) is { Best: not null } division) return division;
        return AsArea(PlaceNamed(rest, context, PlaceHead.None));
    }

    /// <summary>"محافظة X" where X is a place, not a division: the division the place lies in.</summary>
    private Placement DivisionOfPlace(string name, GeoContext context)
    {
        var place = PlaceNamed(name, context, PlaceHead.None);
        if (place.Best?.Admin1 is null || gazetteer.Division(place.Best.Admin1) is not { } division) return Placement.None;
        return place with { Best = DivisionMatch(division, place.Best.Score) };
    }

    /// <summary>A point read as the area around it (a countryside, a side, a district); other precisions are kept.</summary>
    private static Placement AsArea(Placement placed) =>
        placed.Best is { Precision: GeoPrecision.Point } point ? placed with { Best = point with { Precision = GeoPrecision.Area } } : placed;

    /// <summary>Transliteration keys of an Arabic name (see <see cref="Transliteration.ArabicKeys"/>).</summary>
    private static IReadOnlyList<NameKey> KeysOf(string arabicName) => Transliteration.ArabicKeys(arabicName);
}
