namespace Marsad.Entities.Geo;

public sealed partial class Gazetteer
{
    // Every file is UTF-8 TSV; lines starting with '#' and blank lines are comments.
    private static IEnumerable<string[]> Rows(TextReader reader, int minColumns)
    {
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#') continue;
            var columns = line.Split('\t');
            if (columns.Length < minColumns)
                throw new FormatException($"Gazetteer line {lineNumber} has {columns.Length} columns, expected {minColumns}: {line}");
            yield return columns;
        }
    }

    // id, name, lat, lon, country, admin1, Arabic names (|; the column may be missing)
    private static IEnumerable<GazetteerPlace> ReadPlaces(TextReader reader, bool outsideRegion) =>
        Rows(reader, 6).Select(c => new GazetteerPlace(c[0], c[1], Degrees(c[2]), Degrees(c[3]), c[4], c[5], Transliteration.LatinKey(c[1]))
        {
            ArabicNames = c.Length > 6 ? c[6].Split('|', StringSplitOptions.RemoveEmptyEntries) : [],
            OutsideRegion = outsideRegion,
        });

    // code, name, lat, lon, places
    private static List<GazetteerDivision> ReadDivisions(TextReader reader) =>
        Rows(reader, 4).Select(c => new GazetteerDivision(c[0], c[1], Degrees(c[2]), Degrees(c[3]), c[0].Split('.')[0],
            Transliteration.LatinDivisionKey(c[1]))).ToList();

    // code, Arabic names (|), English names (|), lat, lon, places
    private static List<GazetteerCountry> ReadCountries(TextReader reader) =>
        Rows(reader, 5).Select(c => new GazetteerCountry(c[0], c[1].Split('|', StringSplitOptions.RemoveEmptyEntries),
            c[2].Split('|', StringSplitOptions.RemoveEmptyEntries), Degrees(c[3]), Degrees(c[4]))).ToList();

    // id, kind, Arabic names (|), English name, lat, lon, country, admin1 (may be empty)
    private static List<CuratedFeature> ReadFeatures(TextReader reader) =>
        Rows(reader, 7).Select(c => new CuratedFeature(c[0], c[1], c[2].Split('|', StringSplitOptions.RemoveEmptyEntries), c[3],
            c[4].Length == 0 ? double.NaN : Degrees(c[4]), c[5].Length == 0 ? double.NaN : Degrees(c[5]), c[6],
            c.Length > 7 && c[7].Length > 0 ? c[7] : null)).ToList();
}
