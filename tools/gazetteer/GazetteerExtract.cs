using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Marsad.Tools.Gazetteer;

/// <summary>
/// Writes the compact extract that Marsad.Core embeds: places.tsv.gz (the populated places of the region Marsad
/// reports on), admin1.tsv (every first-level division with a centroid) and countries.tsv (every country with its
/// Arabic and English names and a centroid). Centroids are medians of the division's or country's places, which
/// stay inside the territory better than means do.
/// </summary>
internal static class GazetteerExtract
{
    /// <summary>
    /// The Arab League members and their neighbours: the Middle East and North Africa, the Horn of Africa, the Sahel
    /// states bordering them, Turkey, Iran, Afghanistan, Pakistan and Cyprus. Places elsewhere are known only through
    /// their country and first-level division, which keeps the extract small and transliteration collisions few.
    /// </summary>
    public static readonly IReadOnlySet<string> RegionCountries = new SortedSet<string>(StringComparer.Ordinal)
    {
        "AE", "AF", "BH", "CY", "DJ", "DZ", "EG", "EH", "ER", "ET", "IL", "IQ", "IR", "JO", "KM", "KW", "LB", "LY",
        "MA", "ML", "MR", "NE", "OM", "PK", "PS", "QA", "SA", "SD", "SO", "SS", "SY", "TD", "TN", "TR", "YE",
    };

    /// <summary>Writes the five derived files; <paramref name="arabicNames"/> (city index → Arabic names) and
    /// <paramref name="capitals"/> (city indexes) decide which places outside the region are kept.</summary>
    public static string Write(IReadOnlyList<CityRow> cities, IReadOnlyDictionary<string, string> admin1Names,
        IReadOnlyList<CountryNames> countries, IReadOnlyDictionary<int, SortedSet<string>> arabicNames, IReadOnlySet<int> capitals,
        string outputDirectory)
    {
        var ids = PlaceIds(cities);
        int places = WritePlaces(cities, ids, arabicNames, i => RegionCountries.Contains(cities[i].Country),
            PlacesHeader, Path.Combine(outputDirectory, "places.tsv.gz"));
        int world = WritePlaces(cities, ids, arabicNames,
            i => !RegionCountries.Contains(cities[i].Country) && (arabicNames.ContainsKey(i) || capitals.Contains(i)),
            WorldPlacesHeader, Path.Combine(outputDirectory, "world-places.tsv.gz"));
        int divisions = WriteAdmin1(cities, admin1Names, Path.Combine(outputDirectory, "admin1.tsv"));
        int countryCount = WriteCountries(cities, countries, Path.Combine(outputDirectory, "countries.tsv"));
        int named = arabicNames.Keys.Count(i => RegionCountries.Contains(cities[i].Country));
        return $"{places} places ({named} with an Arabic name), {world} well-known places elsewhere, {divisions} first-level divisions, "
               + $"{countryCount} countries -> {outputDirectory}";
    }

    private const string PlacesHeader = "# id\tname\tlat\tlon\tcountry\tadmin1\tarabic names\n";

    private const string WorldPlacesHeader =
        "# Places outside the region of places.tsv.gz that have an Arabic Wikipedia name or are a national capital;\n"
        + "# the geocoder finds them by their Arabic names only. Columns as in places.tsv.gz.\n" + PlacesHeader;

    /// <summary>
    /// Every city's id, <c>&lt;admin1 code&gt;.&lt;ascii slug of the name&gt;</c> (the country code when there is no
    /// division), with -2, -3 … for repeats in file order. Ids are made for all cities, so a place's id does not depend
    /// on which file it is written to.
    /// </summary>
    private static string[] PlaceIds(IReadOnlyList<CityRow> cities)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var ids = new string[cities.Count];
        for (int i = 0; i < cities.Count; i++)
        {
            string admin1 = Admin1Code(cities[i]);
            string baseId = $"{(admin1.Length > 0 ? admin1 : cities[i].Country)}.{Slug(cities[i].Name)}";
            string id = baseId;
            for (int n = 2; !used.Add(id); n++) id = $"{baseId}-{n}";
            ids[i] = id;
        }
        return ids;
    }

    private static int WritePlaces(IReadOnlyList<CityRow> cities, string[] ids, IReadOnlyDictionary<int, SortedSet<string>> arabicNames,
        Func<int, bool> keep, string header, string path)
    {
        var text = new StringBuilder(header);
        int count = 0;
        for (int i = 0; i < cities.Count; i++)
        {
            if (!keep(i)) continue;
            var city = cities[i];
            text.Append(ids[i]).Append('\t').Append(city.Name).Append('\t').Append(Coordinate(city.Lat)).Append('\t')
                .Append(Coordinate(city.Lon)).Append('\t').Append(city.Country).Append('\t').Append(Admin1Code(city)).Append('\t')
                .AppendJoin('|', arabicNames.GetValueOrDefault(i) ?? []).Append('\n');
            count++;
        }
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.SmallestSize);
        gzip.Write(Encoding.UTF8.GetBytes(text.ToString()));
        return count;
    }

    private static int WriteAdmin1(IReadOnlyList<CityRow> cities, IReadOnlyDictionary<string, string> admin1Names, string path)
    {
        var byDivision = cities.Where(c => c.Admin1.Length > 0).GroupBy(Admin1Code).ToDictionary(g => g.Key, g => g.ToList());
        var text = new StringBuilder("# code\tname\tlat\tlon\tplaces\n");
        int count = 0;
        foreach (var (code, name) in admin1Names.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!byDivision.TryGetValue(code, out var members)) continue;   // no place to put a centroid on
            text.Append(code).Append('\t').Append(name).Append('\t').Append(Coordinate(Median(members, c => c.Lat))).Append('\t')
                .Append(Coordinate(Median(members, c => c.Lon))).Append('\t').Append(members.Count).Append('\n');
            count++;
        }
        File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
        return count;
    }

    private static int WriteCountries(IReadOnlyList<CityRow> cities, IReadOnlyList<CountryNames> countries, string path)
    {
        var byCountry = cities.GroupBy(c => c.Country).ToDictionary(g => g.Key, g => g.ToList());
        var text = new StringBuilder("# code\tarabic names\tenglish names\tlat\tlon\tplaces\n");
        int count = 0;
        foreach (var country in countries)
        {
            if (!byCountry.TryGetValue(country.Code, out var members) || country.Arabic.Count == 0) continue;
            text.Append(country.Code).Append('\t').AppendJoin('|', country.Arabic).Append('\t').AppendJoin('|', country.English)
                .Append('\t').Append(Coordinate(Median(members, c => c.Lat))).Append('\t')
                .Append(Coordinate(Median(members, c => c.Lon))).Append('\t').Append(members.Count).Append('\n');
            count++;
        }
        File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
        return count;
    }

    internal static string Admin1Code(CityRow city) => city.Admin1.Length == 0 ? "" : $"{city.Country}.{city.Admin1}";

    private static double Median(List<CityRow> rows, Func<CityRow, double> value)
    {
        var sorted = rows.Select(value).Order().ToArray();
        return sorted[sorted.Length / 2];
    }

    private static string Coordinate(double degrees) => Math.Round(degrees, 5).ToString("0.#####", CultureInfo.InvariantCulture);

    /// <summary>Lower-case ASCII letters and digits joined by '-': "Ālbū Kamāl" → "albu-kamal".</summary>
    internal static string Slug(string name)
    {
        var slug = new StringBuilder(name.Length);
        foreach (char c in name.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c)) slug.Append(char.ToLowerInvariant(c));
            else if ((c == ' ' || c == '-') && slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        return slug.ToString().TrimEnd('-') is { Length: > 0 } s ? s : "place";
    }
}
