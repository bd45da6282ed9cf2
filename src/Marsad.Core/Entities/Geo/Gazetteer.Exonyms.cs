namespace Marsad.Entities.Geo;

public sealed partial class Gazetteer
{
    private readonly Dictionary<string, List<int>> placesByExonym = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> divisionsByExonym = new(StringComparer.Ordinal);

    /// <summary>Places an Arabic name points at through the exonym list (data/gazetteer/exonyms.tsv).</summary>
    internal IReadOnlyList<int> PlacesWithExonym(string arabicName) =>
        placesByExonym.TryGetValue(ArabicPhraseKey(arabicName), out var hits) ? hits : [];

    internal IReadOnlyList<int> DivisionsWithExonym(string arabicName) =>
        divisionsByExonym.TryGetValue(ArabicPhraseKey(arabicName), out var hits) ? hits : [];

    // Arabic names (|), gazetteer ids (|), English name. An id that is in neither places nor divisions is an error:
    // the list must be kept in step with the extract.
    private void AddExonyms(TextReader reader)
    {
        var placeIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < Places.Count; i++) placeIndex[Places[i].Id] = i;
        var divisionIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < Divisions.Count; i++) divisionIndex[Divisions[i].Code] = i;
        foreach (var columns in Rows(reader, 2))
            foreach (var id in columns[1].Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                var (index, target) = placeIndex.TryGetValue(id, out int p) ? (p, placesByExonym)
                    : divisionIndex.TryGetValue(id, out int d) ? (d, divisionsByExonym)
                    : throw new FormatException($"Exonym target {id} is not in the gazetteer extract.");
                var names = columns[0].Split('|', StringSplitOptions.RemoveEmptyEntries);
                foreach (var name in names) Add(target, ArabicPhraseKey(name), index);
                if (target != placesByExonym) continue;
                // A place listed here is one Arabic news names often enough to have a usual Arabic form: well known.
                var place = placeList[index];
                placeList[index] = place with { ArabicNames = [.. place.ArabicNames.Union(names, StringComparer.Ordinal)] };
                foreach (var name in names) Add(placesByArabicName, ArabicPhraseKey(name), index);
            }
    }

    // Rows of the curated files that name places and divisions of the extract rather than add features
    // (curated-geocoding.tsv): a capital and a place-name row name their place by country, division and GeoNames name;
    // a division-name row its division by code.
    private const string CapitalKind = "capital", PlaceNameKind = "place-name", DivisionNameKind = "division-name";
    private static readonly HashSet<string> NamingKinds = new(StringComparer.Ordinal) { CapitalKind, PlaceNameKind, DivisionNameKind };

    private static void NamePlaces(List<GazetteerPlace> places, List<CuratedFeature> rows)
    {
        var index = new Dictionary<(string, string, string), int>();
        for (int i = 0; i < places.Count; i++) index.TryAdd((places[i].Country, places[i].Admin1, places[i].Name), i);
        foreach (var row in rows.Where(f => f.Kind is CapitalKind or PlaceNameKind))
        {
            if (!index.TryGetValue((row.Country, row.Admin1 ?? "", row.Name), out int i))
                throw new FormatException($"{row.Id}: no place {row.Name} in {row.Country} {row.Admin1} in the extract.");
            places[i] = places[i] with
            {
                IsCapital = places[i].IsCapital || row.Kind == CapitalKind,
                ArabicNames = [.. places[i].ArabicNames.Union(row.ArabicNames, StringComparer.Ordinal)],
            };
        }
    }

    private void NameDivisions(List<GazetteerDivision> divisions, List<CuratedFeature> rows)
    {
        foreach (var row in rows.Where(f => f.Kind == DivisionNameKind))
        {
            int i = divisions.FindIndex(d => d.Code == row.Admin1);
            if (i < 0) throw new FormatException($"{row.Id}: no division {row.Admin1} in the extract.");
            foreach (var name in row.ArabicNames) Add(divisionsByExonym, ArabicPhraseKey(name), i);
        }
    }

    /// <summary>Places within this distance count towards a place's <see cref="GazetteerPlace.Density"/>.</summary>
    internal const double DensityRadiusKm = 20;

    /// <summary>Neighbour count at which density saturates at 1.</summary>
    private const int DensitySaturation = 20;

    private const double KmPerDegreeLatitude = 111.2;

    private static void SetDensities(List<GazetteerPlace> places)
    {
        // A grid of quarter-degree cells: every neighbour within 20 km is in the 3×3 cells around a place.
        const double cell = 0.25;
        var grid = new Dictionary<(int, int), List<int>>();
        for (int i = 0; i < places.Count; i++)
        {
            var key = ((int)Math.Floor(places[i].Lat / cell), (int)Math.Floor(places[i].Lon / cell));
            if (!grid.TryGetValue(key, out var list)) grid[key] = list = [];
            list.Add(i);
        }
        for (int i = 0; i < places.Count; i++)
        {
            var place = places[i];
            int row = (int)Math.Floor(place.Lat / cell), column = (int)Math.Floor(place.Lon / cell), neighbours = 0;
            for (int dr = -1; dr <= 1; dr++)
                for (int dc = -1; dc <= 1; dc++)
                    if (grid.TryGetValue((row + dr, column + dc), out var list))
                        foreach (int j in list)
                            if (j != i && Math.Abs(places[j].Lat - place.Lat) <= DensityRadiusKm / KmPerDegreeLatitude
                                && GeoDistance.Kilometres(place.Lat, place.Lon, places[j].Lat, places[j].Lon) <= DensityRadiusKm) neighbours++;
            places[i] = place with { Density = Math.Min(1, Math.Log(1 + neighbours) / Math.Log(1 + DensitySaturation)) };
        }
    }
}
