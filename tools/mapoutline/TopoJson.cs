using System.Text.Json;

namespace Marsad.Tools.MapOutline;

/// <summary>A country of the atlas: its ISO 3166-1 numeric code, English name and outer and inner rings (lon, lat).</summary>
internal sealed record Country(string Id, string Name, List<List<(double Lon, double Lat)>> Rings);

/// <summary>Decodes the quantised TopoJSON of world-atlas: arcs are delta-encoded integer positions shared between
/// neighbours; a geometry lists arc indexes, ~i (that is -i-1) meaning arc i reversed.</summary>
internal static class TopoJson
{
    public static List<Country> ReadCountries(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = document.RootElement;
        var transform = root.GetProperty("transform");
        double sx = transform.GetProperty("scale")[0].GetDouble(), sy = transform.GetProperty("scale")[1].GetDouble();
        double tx = transform.GetProperty("translate")[0].GetDouble(), ty = transform.GetProperty("translate")[1].GetDouble();
        var arcs = new List<List<(double, double)>>();
        foreach (var arc in root.GetProperty("arcs").EnumerateArray())
        {
            long x = 0, y = 0;
            var points = new List<(double, double)>();
            foreach (var delta in arc.EnumerateArray())
            {
                x += delta[0].GetInt64();
                y += delta[1].GetInt64();
                points.Add((x * sx + tx, y * sy + ty));
            }
            arcs.Add(points);
        }
        var countries = new List<Country>();
        foreach (var geometry in root.GetProperty("objects").GetProperty("countries").GetProperty("geometries").EnumerateArray())
        {
            var id = geometry.TryGetProperty("id", out var i) ? i.GetString() ?? "" : "";
            var name = geometry.GetProperty("properties").GetProperty("name").GetString() ?? "";
            var rings = new List<List<(double, double)>>();
            switch (geometry.GetProperty("type").GetString())
            {
                case "Polygon":
                    foreach (var ring in geometry.GetProperty("arcs").EnumerateArray()) rings.Add(Ring(ring, arcs));
                    break;
                case "MultiPolygon":
                    foreach (var polygon in geometry.GetProperty("arcs").EnumerateArray())
                        foreach (var ring in polygon.EnumerateArray()) rings.Add(Ring(ring, arcs));
                    break;
            }
            if (rings.Count > 0) countries.Add(new Country(id, name, rings));
        }
        return countries;
    }

    private static List<(double, double)> Ring(JsonElement indexes, List<List<(double, double)>> arcs)
    {
        var ring = new List<(double, double)>();
        foreach (var index in indexes.EnumerateArray())
        {
            int i = index.GetInt32();
            var arc = i >= 0 ? arcs[i] : Enumerable.Reverse(arcs[~i]).ToList();
            // Consecutive arcs share their joining point.
            ring.AddRange(ring.Count == 0 ? arc : arc.Skip(1));
        }
        return ring;
    }
}
