namespace Marsad.Entities.Geo;

public sealed partial class Geocoder
{
    // Ranking. A candidate's score = how well the spelling fits (0..1) + how likely the place is to be named at all
    // (its importance) + what the article says (context). The weights are on the scale of the fit: a tenth of fit is a
    // vowel or a reading apart, so context outweighs importance between true namesakes (المنصورة in Egypt or Syria), and
    // importance only tips a spelling tie.
    private const double ReadingPenalty = 0.08;        // per less usual reading (article kept as l, ق as k ...)
    private const double FuzzyPenalty = 0.25;          // skeleton one edit away
    private const int MaxFuzzyReadingPenalty = 1;      // fuzzy lookup only from the usual readings: an edit on a rare one is noise
    private const double MinFit = 0.5;                 // below this a candidate is not considered
    private const double MinFitShortSkeleton = 0.75;   // for skeletons of one or two consonants, which collide easily
    private const double ExactNameFit = 1.0;           // a place known by the Arabic name as written (Arabic Wikipedia title, capital, exonym)

    /// <summary>
    /// When a place is known by the mention's Arabic name as written, a candidate reached by transliteration must spell
    /// at least this well to compete: a namesake (the other المنصورة) does, a different name that transliterates close
    /// does not (الروضة, Ar Rawḑah, for الرياض: the long vowels Arabic writes differ).
    /// </summary>
    private const double NamesakeFit = 0.9;

    // Importance, the stand-in for the population the extract lacks (data/gazetteer/README.md): a capital's weight, or
    // being well known plus being a division seat; plus density. A town or village head (قرية، بلدة) drops all but
    // density: the text says the place is small.
    private const double CapitalPrior = 0.2;           // a national capital (nothing else is added)
    private const double WellKnownPrior = 0.05;        // has an Arabic Wikipedia title or an exonym: a city readers know
    private const double DivisionSeatPrior = 0.06;     // a place named like its division is usually its capital

    /// <summary>
    /// For a place reached by transliteration whose known Arabic names all differ from the mention by two letters or
    /// more: its known name is evidence against this one (عسير is not سعير, Sa‘īr, however alike their romanisations),
    /// where one letter is only a variant spelling (قيصري for قيصرية, Kayseri).
    /// </summary>
    private const double OtherArabicNamePenalty = 0.08;
    private const double DivisionPrior = 0.04;         // a first-level division named without a head word
    private const double DensityPrior = 0.03;          // times how crowded its surroundings are: cities have satellites
    private const double ArabicSpeakingPrior = 0.03;   // Marsad reads Arabic news: Arab countries first

    // Context: the countries and divisions the article names, and the places it names near the candidate.
    private const double NamedCountryBonus = 0.25;
    private const double NamedDivisionBonus = 0.15;    // a named division also names its country
    private const double NearbyBonus = 0.2;            // times exp(-distance / NearbyScaleKm) to the nearest resolved place
    private const double NearbyScaleKm = 100;

    private static readonly HashSet<string> ArabLeague = new(StringComparer.Ordinal)
    {
        "AE", "BH", "DJ", "DZ", "EG", "IQ", "JO", "KM", "KW", "LB", "LY", "MA", "MR", "OM", "PS", "QA", "SA", "SD", "SO",
        "SY", "TN", "YE",
    };

    /// <summary>Whether the country is a member of the Arab League (Marsad reads Arabic news: Arab countries first).</summary>
    internal static bool IsArabicSpeaking(string country) => ArabLeague.Contains(country);

    private Placement PlaceNamed(string arabicName, GeoContext context, PlaceHead head) =>
        PlaceByKeys(KeysOf(arabicName), context, arabicName, head);

    private Placement DivisionNamed(string arabicName, GeoContext context) =>
        DivisionByKeys(KeysOf(arabicName), context, gazetteer.DivisionsWithExonym(arabicName), regionOnly: false);

    /// <summary>
    /// The best populated place for the keys of a mention, and for <paramref name="arabicName"/> as written (the places
    /// known by that Arabic name). The match is attested when it is one of those: a name readers know for that very place.
    /// </summary>
    private Placement PlaceByKeys(IReadOnlyList<NameKey> keys, GeoContext context, string? arabicName, PlaceHead head)
    {
        var fits = new Dictionary<int, double>();
        var named = arabicName is null ? [] : gazetteer.PlacesNamedInArabic(arabicName);
        foreach (int i in named) KeepBest(fits, i, ExactNameFit);
        foreach (var key in keys)
            foreach (int i in gazetteer.PlacesWithSkeleton(key.Skeleton))
                KeepBest(fits, i, Fit(key, gazetteer.Places[i].Key, fuzzy: false));
        if (fits.Count == 0)
            foreach (var key in keys.Where(k => k.Penalty <= MaxFuzzyReadingPenalty))
                foreach (int i in gazetteer.PlacesNearSkeleton(key.Skeleton))
                    KeepBest(fits, i, Fit(key, gazetteer.Places[i].Key, fuzzy: true));
        if (named.Count > 0)
            foreach (int i in fits.Keys.Where(i => fits[i] < NamesakeFit).ToList()) fits.Remove(i);
        // A town or village is not a capital, whatever it shares a name with.
        if (head == PlaceHead.Village)
            foreach (int i in fits.Keys.Where(i => gazetteer.Places[i].IsCapital).ToList()) fits.Remove(i);
        var (best, margin, index) = Best(fits, i =>
        {
            var place = gazetteer.Places[i];
            double score = Importance(place, head) + CountryPrior(place.Country)
                           + ContextBonus(place.Country, place.Admin1, place.Lat, place.Lon, place.Id, context)
                           - (arabicName is not null && !named.Contains(i) && KnownOtherwise(place, arabicName) ? OtherArabicNamePenalty : 0);
            return (place.Id, score, (Func<double, GeoMatch>)(total => PlaceMatch(place, total)));
        });
        if (best is null) return Placement.None;
        return new Placement(best, margin, named.Contains(index));
    }

    private static bool KnownOtherwise(GazetteerPlace place, string arabicName)
    {
        if (place.ArabicNames.Count == 0) return false;
        string mention = Gazetteer.ArabicPhraseKey(arabicName);
        return place.ArabicNames.All(n => ArabicLetterDistance(Gazetteer.ArabicPhraseKey(n), mention) >= 2);
    }

    /// <summary>Levenshtein distance between two short match keys, in letters.</summary>
    internal static int ArabicLetterDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }

    private static double Importance(GazetteerPlace place, PlaceHead head)
    {
        double density = DensityPrior * place.Density;
        if (head == PlaceHead.Village) return density;
        if (place.IsCapital) return CapitalPrior + density;
        return (place.IsWellKnown ? WellKnownPrior : 0) + (place.IsDivisionSeat ? DivisionSeatPrior : 0) + density;
    }

    /// <summary>The best first-level division for the keys (those of the region only, when <paramref name="regionOnly"/>)
    /// or named by an exonym; attested when it is an exonym's.</summary>
    private Placement DivisionByKeys(IReadOnlyList<NameKey> keys, GeoContext context, IReadOnlyList<int> exonymDivisions, bool regionOnly)
    {
        var fits = new Dictionary<int, double>();
        foreach (int i in exonymDivisions) KeepBest(fits, i, ExactNameFit);
        foreach (var key in keys)
            foreach (int i in gazetteer.DivisionsWithSkeleton(key.Skeleton))
                if (!regionOnly || gazetteer.InRegion(gazetteer.Divisions[i].Country))
                    KeepBest(fits, i, Fit(key, gazetteer.Divisions[i].Key, fuzzy: false));
        var (best, margin, index) = Best(fits, i =>
        {
            var division = gazetteer.Divisions[i];
            double score = DivisionPrior + CountryPrior(division.Country)
                           + ContextBonus(division.Country, division.Code, division.Lat, division.Lon, division.Code, context);
            return (division.Code, score, (Func<double, GeoMatch>)(total => DivisionMatch(division, total)));
        });
        return best is null ? Placement.None : new Placement(best, margin, exonymDivisions.Contains(index));
    }

    /// <summary>The highest-scoring candidate (ties broken by id, ordinally), its lead over the runner-up and its index.</summary>
    private static (GeoMatch? Best, double Margin, int Index) Best(Dictionary<int, double> fits,
        Func<int, (string Id, double Bonus, Func<double, GeoMatch> Make)> describe)
    {
        var ranked = fits.Select(f => (Index: f.Key, Fit: f.Value, Info: describe(f.Key)))
            .Select(c => (c.Index, Total: c.Fit + c.Info.Bonus, c.Info.Id, c.Info.Make))
            .OrderByDescending(c => c.Total).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();
        if (ranked.Count == 0) return (null, 0, -1);
        double margin = ranked.Count == 1 ? 1 : ranked[0].Total - ranked[1].Total;
        return (ranked[0].Make(Math.Round(ranked[0].Total, 4)), margin, ranked[0].Index);
    }

    private static void KeepBest(Dictionary<int, double> fits, int index, double fit)
    {
        if (double.IsNaN(fit)) return;
        if (!fits.TryGetValue(index, out double old) || fit > old) fits[index] = fit;
    }

    /// <summary>How well a mention key fits a gazetteer key, or NaN below the threshold.</summary>
    private static double Fit(NameKey mention, NameKey entry, bool fuzzy)
    {
        double fit = VocalizedSimilarity(mention.Vocalized, entry.Vocalized) - ReadingPenalty * mention.Penalty - (fuzzy ? FuzzyPenalty : 0);
        double min = entry.Skeleton.Length <= 2 ? MinFitShortSkeleton : MinFit;
        return fit >= min ? fit : double.NaN;
    }

    private static double CountryPrior(string country) => ArabLeague.Contains(country) ? ArabicSpeakingPrior : 0;

    private static double ContextBonus(string country, string admin1, double lat, double lon, string id, GeoContext context)
    {
        double bonus = 0;
        bool divisionNamed = admin1.Length > 0 && context.Admin1.Contains(admin1, StringComparer.Ordinal);
        if (divisionNamed || context.Countries.Contains(country, StringComparer.Ordinal)) bonus += NamedCountryBonus;
        if (divisionNamed) bonus += NamedDivisionBonus;
        double nearest = double.PositiveInfinity;
        foreach (var place in context.ResolvedPlaces)
            if (place.GazetteerId != id && place.Precision is GeoPrecision.Point or GeoPrecision.Area)
                nearest = Math.Min(nearest, GeoDistance.Kilometres(lat, lon, place.Lat, place.Lon));
        if (!double.IsPositiveInfinity(nearest)) bonus += NearbyBonus * Math.Exp(-nearest / NearbyScaleKm);
        return bonus;
    }

    /// <summary>
    /// 1 − weighted edit distance / length of the longer form. The vocalised forms keep consonant classes and vowels;
    /// Arabic spelling shows only long vowels (A I U), so a short vowel (a i u) costs 0.25 to insert or delete, a long one
    /// 0.8, a consonant 1; a vowel changes for 0.1 (length only), 0.2 (short quality) or 0.4.
    /// </summary>
    internal static double VocalizedSimilarity(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0) return 0;
        Span<double> previous = stackalloc double[b.Length + 1];
        Span<double> current = stackalloc double[b.Length + 1];
        previous[0] = 0;
        for (int j = 1; j <= b.Length; j++) previous[j] = previous[j - 1] + EditCost(b[j - 1]);
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = previous[0] + EditCost(a[i - 1]);
            for (int j = 1; j <= b.Length; j++)
            {
                char x = a[i - 1], y = b[j - 1];
                double substitute = x == y ? 0 : IsVowel(x) && IsVowel(y) ? VowelChangeCost(x, y) : 1;
                current[j] = Math.Min(Math.Min(previous[j] + EditCost(x), current[j - 1] + EditCost(y)), previous[j - 1] + substitute);
            }
            current.CopyTo(previous);
        }
        return Math.Max(0, 1 - previous[b.Length] / Math.Max(a.Length, b.Length));
    }

    private static double EditCost(char c) => c switch { 'a' or 'i' or 'u' => 0.25, 'A' or 'I' or 'U' => 0.8, _ => 1 };
    private static bool IsVowel(char c) => c is 'a' or 'i' or 'u' or 'A' or 'I' or 'U';

    private static double VowelChangeCost(char x, char y) =>
        char.ToLowerInvariant(x) == char.ToLowerInvariant(y) ? 0.1 : char.IsLower(x) && char.IsLower(y) ? 0.2 : 0.4;
}
