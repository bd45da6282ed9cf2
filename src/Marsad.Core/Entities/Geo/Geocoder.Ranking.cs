namespace Marsad.Entities.Geo;

public sealed partial class Geocoder
{
    // Ranking weights. A candidate's score = how well the spelling fits (0..1) + priors + context.
    private const double ReadingPenalty = 0.08;        // per less usual reading (article kept as l, ق as k ...)
    private const double FuzzyPenalty = 0.25;          // skeleton one edit away
    private const int MaxFuzzyReadingPenalty = 1;      // fuzzy lookup only from the usual readings: an edit on a rare one is noise
    private const double MinFit = 0.5;                 // below this a candidate is not considered
    private const double MinFitShortSkeleton = 0.75;   // for skeletons of one or two consonants, which collide easily
    private const double DivisionSeatPrior = 0.15;     // a place named like its division is usually its capital
    private const double DensityPrior = 0.08;          // times how crowded its surroundings are: cities have satellites
    private const double ArabicSpeakingPrior = 0.1;    // Marsad reads Arabic news: Arab countries first
    private const double NamedCountryBonus = 0.4;
    private const double NamedDivisionBonus = 0.4;
    private const double NearbyBonus = 0.5;            // times exp(-distance / NearbyScaleKm) to the nearest resolved place
    private const double NearbyScaleKm = 100;

    private static readonly HashSet<string> ArabLeague = new(StringComparer.Ordinal)
    {
        "AE", "BH", "DJ", "DZ", "EG", "IQ", "JO", "KM", "KW", "LB", "LY", "MA", "MR", "OM", "PS", "QA", "SA", "SD", "SO",
        "SY", "TN", "YE",
    };

    private const double ExonymFit = 1.0;              // a listed Arabic name fits as well as a perfect transliteration

    private (GeoMatch? Best, double Margin) PlaceNamed(string arabicName, GeoContext context) =>
        PlaceByKeys(KeysOf(arabicName), context, gazetteer.PlacesWithExonym(arabicName));

    private (GeoMatch? Best, double Margin) DivisionNamed(string arabicName, GeoContext context) =>
        DivisionByKeys(KeysOf(arabicName), context, gazetteer.DivisionsWithExonym(arabicName));

    private (GeoMatch? Best, double Margin) PlaceByKeys(IReadOnlyList<NameKey> keys, GeoContext context, IReadOnlyList<int> exonymPlaces)
    {
        var fits = new Dictionary<int, double>();
        foreach (int i in exonymPlaces) KeepBest(fits, i, ExonymFit);
        foreach (var key in keys)
            foreach (int i in gazetteer.PlacesWithSkeleton(key.Skeleton))
                KeepBest(fits, i, Fit(key, gazetteer.Places[i].Key, fuzzy: false));
        if (fits.Count == 0)
            foreach (var key in keys.Where(k => k.Penalty <= MaxFuzzyReadingPenalty))
                foreach (int i in gazetteer.PlacesNearSkeleton(key.Skeleton))
                    KeepBest(fits, i, Fit(key, gazetteer.Places[i].Key, fuzzy: true));
        return Best(fits, i =>
        {
            var place = gazetteer.Places[i];
            double score = (place.IsDivisionSeat ? DivisionSeatPrior : 0) + DensityPrior * place.Density + CountryPrior(place.Country)
                           + ContextBonus(place.Country, place.Admin1, place.Lat, place.Lon, place.Id, context);
            return (place.Id, score, (Func<double, GeoMatch>)(total => PlaceMatch(place, total)));
        });
    }

    private (GeoMatch? Best, double Margin) DivisionByKeys(IReadOnlyList<NameKey> keys, GeoContext context, IReadOnlyList<int> exonymDivisions)
    {
        var fits = new Dictionary<int, double>();
        foreach (int i in exonymDivisions) KeepBest(fits, i, ExonymFit);
        foreach (var key in keys)
            foreach (int i in gazetteer.DivisionsWithSkeleton(key.Skeleton))
                KeepBest(fits, i, Fit(key, gazetteer.Divisions[i].Key, fuzzy: false));
        return Best(fits, i =>
        {
            var division = gazetteer.Divisions[i];
            double score = CountryPrior(division.Country)
                           + ContextBonus(division.Country, division.Code, division.Lat, division.Lon, division.Code, context);
            return (division.Code, score, (Func<double, GeoMatch>)(total => DivisionMatch(division, total)));
        });
    }

    /// <summary>The highest-scoring candidate (ties broken by id, ordinally) and its lead over the runner-up.</summary>
    private static (GeoMatch? Best, double Margin) Best(Dictionary<int, double> fits, Func<int, (string Id, double Bonus, Func<double, GeoMatch> Make)> describe)
    {
        var ranked = fits.Select(f => (Fit: f.Value, Info: describe(f.Key)))
            .Select(c => (Total: c.Fit + c.Info.Bonus, c.Info.Id, c.Info.Make))
            .OrderByDescending(c => c.Total).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();
        if (ranked.Count == 0) return (null, 0);
        double margin = ranked.Count == 1 ? 1 : ranked[0].Total - ranked[1].Total;
        return (ranked[0].Make(Math.Round(ranked[0].Total, 4)), margin);
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
        if (context.Countries.Contains(country, StringComparer.Ordinal)) bonus += NamedCountryBonus;
        if (admin1.Length > 0 && context.Admin1.Contains(admin1, StringComparer.Ordinal)) bonus += NamedDivisionBonus;
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
