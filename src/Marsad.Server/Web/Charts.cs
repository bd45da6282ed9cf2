using System.Globalization;
using System.Text;
using Marsad.Browse;

namespace Marsad.Server.Web;

/// <summary>Small inline SVG charts of counts per day. Days without articles count as zero; a long span is cut into
/// at most <see cref="MaxBuckets"/> equal runs of days so the shape stays readable. Charts run left to right in time
/// whatever the page's direction, as date axes do in Arabic print.</summary>
public static class Charts
{
    public const int MaxBuckets = 60;

    /// <summary>The counts in buckets from the first day to the last, with the first day of each bucket.</summary>
    public static IReadOnlyList<(DateOnly Start, int Count)> Buckets(IReadOnlyList<DayCount> days)
    {
        if (days.Count == 0) return [];
        var first = days.Min(d => d.Day);
        int span = days.Max(d => d.Day).DayNumber - first.DayNumber + 1;
        int size = (span + MaxBuckets - 1) / MaxBuckets;
        var counts = new int[(span + size - 1) / size];
        foreach (var d in days) counts[(d.Day.DayNumber - first.DayNumber) / size] += d.Count;
        return counts.Select((c, i) => (first.AddDays(i * size), c)).ToList();
    }

    /// <summary>A sparkline: one line over the buckets. A single day has no shape to draw (it would be a stray dot), so
    /// it is said in words.</summary>
    public static string Sparkline(IReadOnlyList<DayCount> days, string label, int width = 120, int height = 24)
    {
        var buckets = Buckets(days);
        if (buckets.Count == 1)
            return $"<span class=\"sparkline single\" title=\"{Html.E(label)}\">في يوم واحد ({Day(buckets[0].Start)})</span>";
        var svg = new StringBuilder();
        svg.Append("<svg class=\"sparkline\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").Append(width).Append("\" height=\"").Append(height)
            .Append("\" viewBox=\"0 0 ").Append(width).Append(' ').Append(height).Append("\" aria-label=\"").Append(Html.E(label)).Append("\">");
        if (buckets.Count > 0)
        {
            int max = Math.Max(1, buckets.Max(b => b.Count));
            double step = buckets.Count == 1 ? 0 : (width - 4.0) / (buckets.Count - 1);
            var points = buckets.Select((b, i) => (X: buckets.Count == 1 ? width / 2.0 : 2 + i * step, Y: height - 2 - (height - 4.0) * b.Count / max)).ToList();
            svg.Append("<polyline points=\"").AppendJoin(' ', points.Select(p => N(p.X) + "," + N(p.Y))).Append("\"/>");
        }
        return svg.Append("</svg>").ToString();
    }

    /// <summary>A bar chart with the first and last dates under it and the largest count beside it.</summary>
    public static string Bars(IReadOnlyList<DayCount> days, string label, int width = 600, int height = 140)
    {
        var buckets = Buckets(days);
        const int axis = 22;
        var svg = new StringBuilder();
        svg.Append("<svg class=\"bars\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ").Append(width).Append(' ').Append(height + axis)
            .Append("\" aria-label=\"").Append(Html.E(label)).Append("\">");
        if (buckets.Count > 0)
        {
            int max = Math.Max(1, buckets.Max(b => b.Count));
            double slot = (double)width / buckets.Count, bar = Math.Max(1, slot * 0.8);
            for (int i = 0; i < buckets.Count; i++)
            {
                double h = (height - 10.0) * buckets[i].Count / max;
                svg.Append("<rect x=\"").Append(N(i * slot + (slot - bar) / 2)).Append("\" y=\"").Append(N(height - h)).Append("\" width=\"").Append(N(bar))
                    .Append("\" height=\"").Append(N(h)).Append("\"><title>").Append(Day(buckets[i].Start)).Append(": ")
                    .Append(buckets[i].Count.ToString(CultureInfo.InvariantCulture)).Append("</title></rect>");
            }
            svg.Append("<text class=\"axis\" x=\"0\" y=\"").Append(height + axis - 6).Append("\" text-anchor=\"start\">").Append(Day(buckets[0].Start)).Append("</text>");
            // The axis ends at the last day with articles, not at the start of the last bucket.
            if (buckets.Count > 1)
                svg.Append("<text class=\"axis\" x=\"").Append(width).Append("\" y=\"").Append(height + axis - 6).Append("\" text-anchor=\"end\">").Append(Day(days.Max(d => d.Day))).Append("</text>");
            svg.Append("<text class=\"axis\" x=\"").Append(width).Append("\" y=\"12\" text-anchor=\"end\">").Append(max.ToString(CultureInfo.InvariantCulture)).Append("</text>");
        }
        return svg.Append("</svg>").ToString();
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
