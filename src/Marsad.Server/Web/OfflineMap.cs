using System.Globalization;
using System.Text;

namespace Marsad.Server.Web;

/// <summary>A place to mark: its Arabic name, where it is, and where its link goes; on event maps, the people killed
/// there (the marker's area grows with them) and the CSS class of its main event type (its colour).</summary>
public sealed record MapMarker(string Name, double Lat, double Lon, string? Href = null)
{
    public int Fatalities { get; init; }
    public string? Kind { get; init; }
    /// <summary>What the marker's tooltip says beside the name.</summary>
    public string? Note { get; init; }
}

/// <summary>
/// Maps drawn as inline SVG on the country outlines shipped in data/map/countries.tsv (embedded at build time), so
/// they work with no internet and no tile server. Equirectangular projection: x is longitude, y is latitude, x
/// stretched by the cosine of the view's middle latitude so shapes keep their proportions near the centre.
/// </summary>
public static class OfflineMap
{
    /// <summary>What the outlines cover; places outside are listed beside the map, not drawn.</summary>
    public const double West = -20, South = 2, East = 66, North = 46;

    /// <summary>The smallest view, in degrees: one town alone still shows its country and neighbours.</summary>
    public const double MinSpan = 8;

    private const double Scale = 20; // SVG units per degree

    private static readonly Lazy<IReadOnlyList<Outline>> LazyOutlines = new(Load);

    /// <summary>The shipped country outlines.</summary>
    internal static IReadOnlyList<Outline> Outlines => LazyOutlines.Value;

    internal sealed record Outline(string Name, double West, double South, double East, double North, IReadOnlyList<(double Lon, double Lat)[]> Rings);

    /// <summary>Outline points closer together than the map's size divided by this are merged.</summary>
    public const double OutlineDetail = 300;

    public static bool Covers(double lat, double lon) => lon is >= West and <= East && lat is >= South and <= North;

    /// <summary>The SVG of the markers' surroundings (markers outside the outlines' region are left out); null when
    /// no marker is inside it.</summary>
    public static string? Svg(IReadOnlyList<MapMarker> markers, string label)
    {
        var shown = markers.Where(m => Covers(m.Lat, m.Lon)).ToList();
        if (shown.Count == 0) return null;
        var (west, south, east, north) = View(shown);
        double stretch = Math.Cos((south + north) / 2 * Math.PI / 180);
        double X(double lon) => (lon - west) * Scale * stretch;
        double Y(double lat) => (north - lat) * Scale;
        double width = X(east), height = Y(south);

        var svg = new StringBuilder();
        svg.Append("<svg class=\"map\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ").Append(N(width)).Append(' ').Append(N(height))
            .Append("\" aria-label=\"").Append(Html.E(label)).Append("\">\n<rect class=\"sea\" width=\"").Append(N(width)).Append("\" height=\"").Append(N(height)).Append("\"/>\n");
        double tolerance = Math.Max(width, height) / OutlineDetail;
        foreach (var outline in Outlines)
        {
            if (outline.East < west || outline.West > east || outline.North < south || outline.South > north) continue;
            svg.Append("<path class=\"land\" data-country=\"").Append(Html.E(outline.Name)).Append("\" d=\"");
            foreach (var ring in outline.Rings)
            {
                // A point closer than a few thousandths of the map to the last one drawn adds nothing visible: a map of
                // half the world would otherwise carry every bend of every coast.
                // Whole units, each point relative to the last (l dx,dy): a unit is under a pixel at the sizes the map is
                // shown, and the outlines are most of a map's bytes.
                long lastX = 0, lastY = 0;
                for (int i = 0; i < ring.Length; i++)
                {
                    long x = (long)Math.Round(X(ring[i].Lon)), y = (long)Math.Round(Y(ring[i].Lat));
                    if (i > 0 && i < ring.Length - 1 && Math.Abs(x - lastX) + Math.Abs(y - lastY) < tolerance) continue;
                    if (i == 0) svg.Append('M').Append(x.ToString(CultureInfo.InvariantCulture)).Append(',').Append(y.ToString(CultureInfo.InvariantCulture));
                    else svg.Append('l').Append((x - lastX).ToString(CultureInfo.InvariantCulture)).Append(',').Append((y - lastY).ToString(CultureInfo.InvariantCulture));
                    (lastX, lastY) = (x, y);
                }
                svg.Append('Z');
            }
            svg.Append("\"/>\n");
        }
        double radius = Math.Max(width, height) / 120, font = Math.Max(width, height) / 40;
        var circles = shown.Select(m => (Marker: m, X: X(m.Lon), Y: Y(m.Lat), R: Radius(radius, m.Fatalities))).ToList();
        var taken = circles.Select(c => (X0: c.X - c.R, Y0: c.Y - c.R, X1: c.X + c.R, Y1: c.Y + c.R)).ToList();
        var labels = new (double X, double Y)?[circles.Count];
        // Labels in the order given (the caller puts the most important first), each at the first of eight places
        // around its marker that covers no earlier label, no marker and stays inside the map; a name with no free
        // place goes without a label (the marker keeps it as its tooltip).
        for (int i = 0; i < circles.Count; i++)
        {
            var (m, cx, cy, r) = circles[i];
            // The box an Arabic label takes as drawn (Noto Naskh Arabic in Chromium): about 0.6 em a letter plus 0.4 em of
            // joins and bearings (هجين is 2.7 em, not 4 × 0.6), and 1.2 em high from 0.88 em above the baseline to 0.32 em
            // below it; a little more each way, so that no font of the stack draws outside it.
            double w = (m.Name.Length * 0.6 + 0.4) * font, h = font * 1.25, gap = r + font * 0.25;
            // Above and below clear the labels at the sides, which are centred on the marker.
            double rise = Math.Max(gap, h / 2);
            foreach (var (dx, dy) in LabelPlaces)
            {
                double x0 = dx switch { < 0 => cx - gap - w, > 0 => cx + gap, _ => cx - w / 2 };
                double y0 = dy switch { < 0 => cy - rise - h, > 0 => cy + rise, _ => cy - h / 2 };
                var box = (X0: x0, Y0: y0, X1: x0 + w, Y1: y0 + h);
                if (box.X0 < 0 || box.Y0 < 0 || box.X1 > width || box.Y1 > height) continue;
                if (taken.Any(t => t.X0 < box.X1 && box.X0 < t.X1 && t.Y0 < box.Y1 && box.Y0 < t.Y1)) continue;
                taken.Add(box);
                labels[i] = (x0 + w / 2, y0 + font * 0.9);
                break;
            }
        }
        // Large markers are drawn first so the small ones on top of them stay visible and clickable.
        foreach (int i in Enumerable.Range(0, circles.Count).OrderByDescending(i => circles[i].R))
        {
            var (m, cx, cy, r) = circles[i];
            svg.Append("<g class=\"marker").Append(m.Kind is null ? "" : " " + Html.E(m.Kind)).Append("\" data-name=\"").Append(Html.E(m.Name)).Append("\">");
            if (m.Href is not null) svg.Append("<a href=\"").Append(Html.E(m.Href)).Append("\">");
            svg.Append("<circle cx=\"").Append(N(cx)).Append("\" cy=\"").Append(N(cy)).Append("\" r=\"").Append(N(r)).Append("\"><title>")
                .Append(Html.E(m.Note is null ? m.Name : m.Name + " — " + m.Note)).Append("</title></circle>");
            if (labels[i] is { } place)
                svg.Append("<text x=\"").Append(N(place.X)).Append("\" y=\"").Append(N(place.Y)).Append("\" font-size=\"").Append(N(font))
                    .Append("\" text-anchor=\"middle\">").Append(Html.E(m.Name)).Append("</text>");
            if (m.Href is not null) svg.Append("</a>");
            svg.Append("</g>\n");
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>Where a label may go around its marker, in the order tried: above, below, the two sides, the corners.</summary>
    private static readonly (int Dx, int Dy)[] LabelPlaces = [(0, -1), (0, 1), (1, 0), (-1, 0), (1, -1), (-1, -1), (1, 1), (-1, 1)];

    /// <summary>A marker's radius: its area grows with the people killed there, up to five times the plain radius.</summary>
    public static double Radius(double plain, int fatalities) => plain * Math.Min(5, Math.Sqrt(1 + Math.Max(0, fatalities) / 2.0));

    /// <summary>The markers' box with a margin, at least <see cref="MinSpan"/> wide and high, inside the covered region.</summary>
    internal static (double West, double South, double East, double North) View(IReadOnlyList<MapMarker> markers)
    {
        double west = markers.Min(m => m.Lon), east = markers.Max(m => m.Lon), south = markers.Min(m => m.Lat), north = markers.Max(m => m.Lat);
        double lonPad = Math.Max((MinSpan - (east - west)) / 2, (east - west) * 0.15), latPad = Math.Max((MinSpan - (north - south)) / 2, (north - south) * 0.15);
        west -= lonPad; east += lonPad; south -= latPad; north += latPad;
        // Slide the box back inside the covered region rather than show blank space.
        (west, east) = Inside(west, east, West, East);
        (south, north) = Inside(south, north, South, North);
        return (west, south, east, north);

        static (double, double) Inside(double low, double high, double min, double max)
        {
            if (high - low >= max - min) return (min, max);
            if (low < min) return (min, min + (high - low));
            if (high > max) return (max - (high - low), max);
            return (low, high);
        }
    }

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static IReadOnlyList<Outline> Load()
    {
        using var stream = typeof(OfflineMap).Assembly.GetManifestResourceStream("Marsad.Server.Map.countries.tsv")
            ?? throw new InvalidOperationException("the map outlines (data/map/countries.tsv) are not embedded");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var outlines = new List<Outline>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var fields = line.Split('\t');
            var rings = fields[2].Split(';').Select(r => r.Split(' ').Select(Point).ToArray()).ToList();
            var all = rings.SelectMany(r => r).ToList();
            outlines.Add(new Outline(fields[1], all.Min(p => p.Lon), all.Min(p => p.Lat), all.Max(p => p.Lon), all.Max(p => p.Lat), rings));
        }
        return outlines;

        static (double Lon, double Lat) Point(string text)
        {
            int comma = text.IndexOf(',', StringComparison.Ordinal);
            return (double.Parse(text.AsSpan(0, comma), CultureInfo.InvariantCulture), double.Parse(text.AsSpan(comma + 1), CultureInfo.InvariantCulture));
        }
    }
}
