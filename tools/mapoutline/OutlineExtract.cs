using System.Globalization;
using System.Text;

namespace Marsad.Tools.MapOutline;

/// <summary>Cuts the atlas down to what the maps show: the Middle East and North Africa with their neighbours,
/// rings simplified (Douglas–Peucker) and rounded to 0.01°, about 1 km.</summary>
internal static class OutlineExtract
{
    /// <summary>The region the maps can show (west, south, east, north). Rings outside it are dropped; points
    /// beyond the margin around it are pulled onto the margin, which no map view reaches.</summary>
    public const double West = -20, South = 2, East = 66, North = 46, Margin = 4;

    /// <summary>Points closer than this to the simplified line are dropped (degrees).</summary>
    public const double Tolerance = 0.04;

    public static string Write(List<Country> countries, string path)
    {
        var text = new StringBuilder();
        text.Append("# Country outlines of the Middle East and North Africa for Marsad's offline maps; see README.md.\n")
            .Append("# id (ISO 3166-1 numeric)\tname\trings: ';' between rings, ' ' between points, lon,lat in degrees\n");
        int kept = 0, points = 0;
        foreach (var country in countries.OrderBy(c => c.Id, StringComparer.Ordinal).ThenBy(c => c.Name, StringComparer.Ordinal))
        {
            var rings = country.Rings.Where(Touches).Select(r => Round(Simplify(Clamp(r), Tolerance))).Where(r => r.Count >= 4).ToList();
            if (rings.Count == 0) continue;
            kept++;
            points += rings.Sum(r => r.Count);
            text.Append(country.Id).Append('\t').Append(country.Name).Append('\t')
                .AppendJoin(';', rings.Select(r => string.Join(' ', r.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Lon:0.##},{p.Lat:0.##}"))))).Append('\n');
        }
        File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
        return $"{kept} countries, {points} points, {new FileInfo(path).Length / 1024} KB written to {path}";
    }

    private static bool Touches(List<(double Lon, double Lat)> ring) =>
        ring.Max(p => p.Lon) >= West && ring.Min(p => p.Lon) <= East && ring.Max(p => p.Lat) >= South && ring.Min(p => p.Lat) <= North;

    private static List<(double Lon, double Lat)> Clamp(List<(double Lon, double Lat)> ring) =>
        ring.Select(p => (Math.Clamp(p.Lon, West - Margin, East + Margin), Math.Clamp(p.Lat, South - Margin, North + Margin))).ToList();

    private static List<(double Lon, double Lat)> Round(List<(double Lon, double Lat)> ring)
    {
        var rounded = new List<(double, double)>();
        foreach (var (lon, lat) in ring)
        {
            var p = (Math.Round(lon, 2), Math.Round(lat, 2));
            if (rounded.Count == 0 || rounded[^1] != p) rounded.Add(p);
        }
        return rounded;
    }

    /// <summary>Douglas–Peucker, iterative (rings run to thousands of points); the first and last points stay.</summary>
    public static List<(double Lon, double Lat)> Simplify(List<(double Lon, double Lat)> ring, double tolerance)
    {
        if (ring.Count < 3) return ring;
        var keep = new bool[ring.Count];
        keep[0] = keep[^1] = true;
        var stack = new Stack<(int, int)>();
        stack.Push((0, ring.Count - 1));
        while (stack.Count > 0)
        {
            var (first, last) = stack.Pop();
            int farthest = -1;
            double max = tolerance;
            for (int i = first + 1; i < last; i++)
            {
                double d = Distance(ring[i], ring[first], ring[last]);
                if (d > max) { max = d; farthest = i; }
            }
            if (farthest < 0) continue;
            keep[farthest] = true;
            stack.Push((first, farthest));
            stack.Push((farthest, last));
        }
        return ring.Where((_, i) => keep[i]).ToList();
    }

    private static double Distance((double X, double Y) p, (double X, double Y) a, (double X, double Y) b)
    {
        double dx = b.X - a.X, dy = b.Y - a.Y, length = dx * dx + dy * dy;
        if (length == 0) return Math.Sqrt((p.X - a.X) * (p.X - a.X) + (p.Y - a.Y) * (p.Y - a.Y));
        double t = Math.Clamp(((p.X - a.X) * dx + (p.Y - a.Y) * dy) / length, 0, 1);
        double x = a.X + t * dx - p.X, y = a.Y + t * dy - p.Y;
        return Math.Sqrt(x * x + y * y);
    }
}
