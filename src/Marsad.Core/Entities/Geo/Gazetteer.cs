using System.Globalization;
using System.IO.Compression;
using System.Reflection;
using Marsad.Text;

namespace Marsad.Entities.Geo;

/// <summary>
/// The gazetteer: places, first-level divisions and countries derived from GeoNames (data/gazetteer/README.md) plus
/// the curated features, with the indexes the geocoder looks names up in. Places and divisions are indexed by the
/// consonant skeleton of their Latin names (<see cref="Transliteration"/>) and, for fuzzy lookup, by every skeleton
/// with one letter deleted; countries and curated features by the match key of their Arabic names.
/// </summary>
public sealed partial class Gazetteer
{
    private static readonly Lazy<Gazetteer> EmbeddedInstance = new(LoadEmbedded);

    /// <summary>The extract embedded in Marsad.Core.</summary>
    public static Gazetteer Embedded => EmbeddedInstance.Value;

    internal IReadOnlyList<GazetteerPlace> Places => placeList;
    internal IReadOnlyList<GazetteerDivision> Divisions { get; }
    internal IReadOnlyDictionary<string, GazetteerCountry> Countries { get; }
    internal IReadOnlyList<CuratedFeature> Features { get; }

    private readonly Dictionary<string, List<int>> placesBySkeleton = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> placesByDeletion = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> placesByArabicName = new(StringComparer.Ordinal);
    private readonly List<GazetteerPlace> placeList;
    private readonly Dictionary<string, List<int>> divisionsBySkeleton = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> countryCodeByArabicKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> featureByArabicKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GazetteerDivision> divisionByCode = new(StringComparer.Ordinal);

    /// <summary>A place is its division's seat when their names share a skeleton and are this alike (Idlib, not Midoun in Medenine).</summary>
    internal const double SeatNameSimilarity = 0.8;

    /// <summary>Fuzzy lookup only for skeletons at least this long: one edit in a shorter one is a different name.</summary>
    internal const int MinFuzzySkeletonLength = 4;

    /// <summary>Reads the extract's files (formats in data/gazetteer/README.md): <paramref name="worldPlaces"/> are the
    /// well-known places outside the region, found by their Arabic names only; <paramref name="curatedGeocoding"/> the
    /// curated rows only the geocoder reads (world regions, capitals, Arabic names of places and divisions).</summary>
    public static Gazetteer Load(TextReader places, TextReader admin1, TextReader countries, TextReader curatedFeatures,
        TextReader? exonyms = null, TextReader? worldPlaces = null, TextReader? curatedGeocoding = null)
    {
        var all = ReadPlaces(places, outsideRegion: false).ToList();
        if (worldPlaces is not null) all.AddRange(ReadPlaces(worldPlaces, outsideRegion: true));
        var features = ReadFeatures(curatedFeatures);
        if (curatedGeocoding is not null) features.AddRange(ReadFeatures(curatedGeocoding));
        var gazetteer = new Gazetteer(all, ReadDivisions(admin1), ReadCountries(countries), features);
        if (exonyms is not null) gazetteer.AddExonyms(exonyms);
        return gazetteer;
    }

    private Gazetteer(List<GazetteerPlace> places, List<GazetteerDivision> divisions, List<GazetteerCountry> countries, List<CuratedFeature> features)
    {
        listedCountryNames = new(BuildListedCountryNames);
        NamePlaces(places, features);
        SetDensities(places);
        Divisions = divisions;
        for (int i = 0; i < divisions.Count; i++)
        {
            divisionByCode[divisions[i].Code] = divisions[i];
            Add(divisionsBySkeleton, divisions[i].Key.Skeleton, i);
        }
        NameDivisions(divisions, features);
        for (int i = 0; i < places.Count; i++)
        {
            var place = places[i];
            if (divisionByCode.TryGetValue(place.Admin1, out var division) && division.Key.Skeleton == place.Key.Skeleton
                && Geocoder.VocalizedSimilarity(division.Key.Vocalized, place.Key.Vocalized) >= SeatNameSimilarity)
                places[i] = place = place with { IsDivisionSeat = true };
            foreach (var name in place.ArabicNames) Add(placesByArabicName, ArabicPhraseKey(name), i);
            // A place outside the region is found by its Arabic names only: transliterating every mention against the
            // whole world's towns would bring back the collisions the regional extract avoids.
            if (place.OutsideRegion) continue;
            Add(placesBySkeleton, place.Key.Skeleton, i);
            if (place.Key.Skeleton.Length >= MinFuzzySkeletonLength)
                foreach (var deleted in Deletions(place.Key.Skeleton)) Add(placesByDeletion, deleted, i);
        }
        placeList = places;
        for (int i = 0; i < places.Count; i++) placeById.TryAdd(places[i].Id, i);
        seatIds = places.Where(p => p.IsDivisionSeat).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        capitalIds = places.Where(p => p.IsCapital).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        regionCountries = places.Where(p => !p.OutsideRegion).Select(p => p.Country).ToHashSet(StringComparer.Ordinal);
        Countries = countries.ToDictionary(c => c.Code, StringComparer.Ordinal);
        foreach (var country in countries)
            foreach (var name in country.ArabicNames)
                foreach (var key in CountryKeys(name)) countryCodeByArabicKey.TryAdd(key, country.Code);
        Features = features.Where(f => !NamingKinds.Contains(f.Kind)).ToList();
        for (int i = 0; i < Features.Count; i++)
        {
            if (Features[i].Kind == "country")   // an Arabic country name the locale data lacks (أمريكا, بريطانيا)
            {
                foreach (var name in Features[i].ArabicNames)
                    foreach (var key in CountryKeys(name)) countryCodeByArabicKey.TryAdd(key, Features[i].Country);
                continue;
            }
            foreach (var name in Features[i].ArabicNames) featureByArabicKey.TryAdd(ArabicPhraseKey(name), i);
        }
    }

    internal GazetteerDivision? Division(string code) => divisionByCode.GetValueOrDefault(code);

    /// <summary>A first-level division's name as the gazetteer spells it ("Deir ez-Zor" for SY.07), as ACLED's admin1
    /// column has it; null for an unknown code.</summary>
    public string? DivisionName(string? code) => code is null ? null : divisionByCode.GetValueOrDefault(code)?.Name;

    /// <summary>The populated place with this id, or null.</summary>
    internal GazetteerPlace? Place(string id) => placeById.TryGetValue(id, out int i) ? placeList[i] : null;

    private readonly Dictionary<string, int> placeById = new(StringComparer.Ordinal);

    /// <summary>Whether the place with this id is its division's seat (named like it: Ar Raqqah of SY.04).</summary>
    internal bool IsDivisionSeat(string placeId) => seatIds.Contains(placeId);

    private readonly HashSet<string> seatIds;

    /// <summary>Whether the country is one of the region whose places the extract holds (places.tsv.gz).</summary>
    internal bool InRegion(string country) => regionCountries.Contains(country);

    private readonly HashSet<string> regionCountries;

    /// <summary>Whether the place with this id is a national capital.</summary>
    internal bool IsCapital(string placeId) => capitalIds.Contains(placeId);

    private readonly HashSet<string> capitalIds;

    internal string? CountryCodeOf(string arabicName)
    {
        foreach (var key in CountryKeys(arabicName))
            if (countryCodeByArabicKey.TryGetValue(key, out var code)) return code;
        return null;
    }

    /// <summary>
    /// The country an Arabic name is listed for, spelled as listed (match key, no other reading): unlike
    /// <see cref="CountryCodeOf"/>, which the geocoder reads loosely (ة for ا, with or without the article), السورية and
    /// ألمانية are not Syria and Germany here. Entity resolution anchors countries by it.
    /// </summary>
    internal string? CountryCodeOfListedName(string arabicName) =>
        listedCountryNames.Value.GetValueOrDefault(Marsad.Entities.Resolution.NameKeys.Key(arabicName));

    // Built once on first use, by one thread: the entity stage resolves documents in parallel.
    private readonly Lazy<Dictionary<string, string>> listedCountryNames;

    private Dictionary<string, string> BuildListedCountryNames()
    {
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var country in Countries.Values.OrderBy(c => c.Code, StringComparer.Ordinal))
            foreach (string name in country.ArabicNames) keys.TryAdd(Marsad.Entities.Resolution.NameKeys.Key(name), country.Code);
        foreach (var feature in Features.Where(f => f.Kind == "country"))
            foreach (string name in feature.ArabicNames) keys.TryAdd(Marsad.Entities.Resolution.NameKeys.Key(name), feature.Country);
        return keys;
    }

    /// <summary>True when an Arabic name is one the gazetteer knows as written: a country, a curated feature, an exonym
    /// or a well-known place's Arabic name (لبنان، الفرات، حلب، الرياض) — evidence that a word is a name, not that every
    /// such word is one place.</summary>
    public bool KnowsArabicName(string arabicName) =>
        CountryCodeOf(arabicName) is not null || FeatureNamed(arabicName) is not null
        || PlacesNamedInArabic(arabicName).Count > 0 || DivisionsWithExonym(arabicName).Count > 0;

    /// <summary>The places known by this Arabic name as written (<see cref="GazetteerPlace.ArabicNames"/>: Arabic
    /// Wikipedia titles, curated capitals and exonyms).</summary>
    internal IReadOnlyList<int> PlacesNamedInArabic(string arabicName) =>
        placesByArabicName.TryGetValue(ArabicPhraseKey(arabicName), out var hits) ? hits : [];

    internal CuratedFeature? FeatureNamed(string arabicName) =>
        featureByArabicKey.TryGetValue(ArabicPhraseKey(arabicName), out int i) ? Features[i] : null;

    internal IReadOnlyList<int> PlacesWithSkeleton(string skeleton) =>
        placesBySkeleton.TryGetValue(skeleton, out var hits) ? hits : [];

    internal IReadOnlyList<int> DivisionsWithSkeleton(string skeleton) =>
        divisionsBySkeleton.TryGetValue(skeleton, out var hits) ? hits : [];

    /// <summary>Places whose skeleton is one insertion, deletion or substitution away (symmetric-deletion lookup).</summary>
    internal IEnumerable<int> PlacesNearSkeleton(string skeleton)
    {
        // Both skeletons must have at least MinFuzzySkeletonLength letters.
        if (skeleton.Length < MinFuzzySkeletonLength) yield break;
        if (placesByDeletion.TryGetValue(skeleton, out var longer))
            foreach (int i in longer) yield return i;                               // the place has one letter more
        foreach (var deleted in Deletions(skeleton))
        {
            if (skeleton.Length > MinFuzzySkeletonLength && placesBySkeleton.TryGetValue(deleted, out var shorter))
                foreach (int i in shorter) yield return i;                          // the mention has one letter more
            if (placesByDeletion.TryGetValue(deleted, out var substituted))
                foreach (int i in substituted) yield return i;                      // one letter differs
        }
    }

    private static IEnumerable<string> Deletions(string skeleton)
    {
        for (int i = 0; i < skeleton.Length; i++) yield return string.Concat(skeleton.AsSpan(0, i), skeleton.AsSpan(i + 1));
    }

    private static void Add(Dictionary<string, List<int>> index, string key, int value)
    {
        if (key.Length == 0) return;
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        if (list.Count == 0 || list[^1] != value) list.Add(value);
    }

    /// <summary>Match key with words joined by one space: the exact form curated names are looked up by.</summary>
    internal static string ArabicPhraseKey(string text) =>
        string.Join(' ', Transliteration.ArabicWords(MatchKeyNormalizer.Normalize(text)));

    /// <summary>
    /// Keys of a country name: its phrase key with a final ه read as ا (سورية = سوريا, تركية = تركيا), with and without
    /// the article of the first word (العراق, عراق).
    /// </summary>
    internal static IEnumerable<string> CountryKeys(string name)
    {
        var words = Transliteration.ArabicWords(MatchKeyNormalizer.Normalize(name));
        if (words.Count == 0) yield break;
        for (int i = 0; i < words.Count; i++)
            if (words[i].Length > 2 && words[i][^1] == 'ه') words[i] = words[i][..^1] + "ا";
        string key = string.Join(' ', words);
        yield return key;
        if (key.StartsWith("ال", StringComparison.Ordinal) && words[0].Length > 3) yield return key[2..];
        else yield return "ال" + key;
    }

    /// <summary>Reads the embedded extract anew (<see cref="Embedded"/> keeps one); for measuring load time.</summary>
    public static Gazetteer LoadEmbedded()
    {
        var assembly = typeof(Gazetteer).Assembly;
        using var places = new StreamReader(new GZipStream(Resource(assembly, "places.tsv.gz"), CompressionMode.Decompress));
        using var admin1 = new StreamReader(Resource(assembly, "admin1.tsv"));
        using var countries = new StreamReader(Resource(assembly, "countries.tsv"));
        using var features = new StreamReader(Resource(assembly, "curated-features.tsv"));
        using var exonyms = new StreamReader(Resource(assembly, "exonyms.tsv"));
        using var world = new StreamReader(new GZipStream(Resource(assembly, "world-places.tsv.gz"), CompressionMode.Decompress));
        using var geocoding = new StreamReader(Resource(assembly, "curated-geocoding.tsv"));
        return Load(places, admin1, countries, features, exonyms, world, geocoding);
    }

    private static Stream Resource(Assembly assembly, string file) =>
        assembly.GetManifestResourceStream($"Marsad.Entities.Geo.{file}")
        ?? throw new InvalidOperationException($"The gazetteer resource {file} is not embedded in {assembly.GetName().Name}.");

    private static double Degrees(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
