namespace Marsad.Tools.Gazetteer;

/// <summary>
/// One Arabic city name of the arabic-names list: the Arabic Wikipedia title of a city, the English Wikipedia title it
/// translates (<see cref="English"/>, lower-cased) and, when that title was disambiguated ("abingdon, virginia"), the
/// qualifier after the comma.
/// </summary>
internal sealed record ArabicCityName(string Arabic, string English, string? Qualifier);

/// <summary>
/// Reads the city rows of loc.tsv from the arabic-names list (ArWikiCats' cities/cities_full.json, MIT; the names
/// are Arabic Wikipedia titles). Only that source is read: the list's other LOC sources are regions, counties and
/// historical states, which are not populated places.
/// </summary>
internal static class ArabicCityNames
{
    public const string CitySource = "ArWikiCats:cities/cities_full.json";

    // A title "مدينة X" names the city X, as do "محافظة X" and "ولاية X" for the towns that Saudi governorates and
    // Omani wilayats are named after (محافظة الخبر, ولاية صور); the geocoder reads these head words off a mention too.
    private static readonly string[] Heads = ["مدينة ", "محافظة ", "ولاية "];

    public static List<ArabicCityName> Read(string path)
    {
        var names = new List<ArabicCityName>();
        foreach (var line in File.ReadLines(path).Skip(1))   // header: arabic, english_key, source
        {
            var columns = line.Split('\t');
            if (columns.Length < 3 || columns[2] != CitySource || columns[1].Length == 0) continue;
            string arabic = columns[0].Trim();
            foreach (var head in Heads)
                if (arabic.StartsWith(head, StringComparison.Ordinal) && arabic.Length > head.Length) arabic = arabic[head.Length..];
            int comma = columns[1].IndexOf(',');
            names.Add(comma < 0
                ? new ArabicCityName(arabic, columns[1].Trim(), null)
                : new ArabicCityName(arabic, columns[1][..comma].Trim(), columns[1][(comma + 1)..].Trim()));
        }
        return names;
    }
}
