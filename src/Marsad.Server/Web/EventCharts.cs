using System.Globalization;
using System.Text;
using Marsad.Browse;
using Marsad.Report;

namespace Marsad.Server.Web;

/// <summary>
/// How events are drawn: one colour per ACLED event type (CSS classes ev-0 … ev-6 in marsad.css, the same in charts,
/// map markers and legends), and the weekly chart ACLED's dashboard has: a stacked bar of events per type for each
/// week (Monday to Sunday) and a line of the people killed, on its own scale. Time runs left to right.
/// </summary>
public static class EventCharts
{
    /// <summary>ACLED's six types in the order of their colours; anything else takes the last class.</summary>
    private static readonly string[] Types =
        ["Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots", "Strategic developments"];

    /// <summary>A type's place in the colour order (unknown types last).</summary>
    private static int Order(string type) => Array.IndexOf(Types, type) is var i && i >= 0 ? i : Types.Length;

    public static string ClassOf(string type) => "ev-" + Order(type).ToString(CultureInfo.InvariantCulture);

    /// <summary>The legend of the event types present, with the marker-size note on maps.</summary>
    public static string Legend(IEnumerable<string> types, bool sizes)
    {
        var html = new StringBuilder("<ul class=\"legend\">");
        foreach (var type in types.Distinct(StringComparer.Ordinal).OrderBy(Order))
            html.Append("<li><span class=\"swatch ").Append(ClassOf(type)).Append("\"></span>").Append(Html.E(ArabicLabels.EventType(type))).Append("</li>");
        if (sizes) html.Append("<li>مساحة الدائرة بعدد القتلى في المكان</li>");
        return html.Append("</ul>").ToString();
    }

    /// <summary>The Monday that starts a day's week.</summary>
    public static DateOnly WeekOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>The most weeks one chart spans: two years. A date misread far from the rest (a year in another
    /// calendar, a quoted anniversary) must not stretch the chart over a century of empty weeks.</summary>
    public const int MaxWeeks = 104;

    /// <summary>Events per week and type, and fatalities per week, over every week from the first to the last (weeks
    /// without events count zero); undated events are left out. When the dates span more than
    /// <paramref name="maxWeeks"/>, the span of that many weeks that holds the most events is kept.</summary>
    public static IReadOnlyList<(DateOnly Week, IReadOnlyDictionary<string, int> ByType, int Fatalities)> Weeks(IEnumerable<EventLine> events, int maxWeeks = MaxWeeks)
    {
        var byWeek = events.Where(e => e.Day is not null).GroupBy(e => WeekOf(e.Day!.Value)).ToDictionary(g => g.Key, g => g.ToList());
        if (byWeek.Count == 0) return [];
        var (first, last) = Busiest(byWeek.Keys.Order().ToList(), w => byWeek[w].Count, maxWeeks);
        var weeks = new List<(DateOnly, IReadOnlyDictionary<string, int>, int)>();
        for (var week = first; week <= last; week = week.AddDays(7))
        {
            var these = byWeek.GetValueOrDefault(week) ?? [];
            weeks.Add((week, these.GroupBy(e => e.Event.EventType, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
                these.Sum(e => e.Event.Fatalities)));
        }
        return weeks;
    }

    /// <summary>The first and last week (of those given, in order) of the span of at most <paramref name="maxWeeks"/>
    /// weeks that holds the most events; the latest such span on a tie.</summary>
    private static (DateOnly First, DateOnly Last) Busiest(IReadOnlyList<DateOnly> weeks, Func<DateOnly, int> count, int maxWeeks)
    {
        int best = -1, bestStart = 0, bestEnd = 0, sum = 0, start = 0;
        for (int end = 0; end < weeks.Count; end++)
        {
            sum += count(weeks[end]);
            while (weeks[end].DayNumber - weeks[start].DayNumber >= maxWeeks * 7) sum -= count(weeks[start++]);
            if (sum >= best) (best, bestStart, bestEnd) = (sum, start, end);
        }
        return (weeks[bestStart], weeks[bestEnd]);
    }

    /// <summary>The weekly chart, or an Arabic note when no event has a date.</summary>
    public static string WeeklyChart(IReadOnlyList<EventLine> events, int width = 640, int height = 160)
    {
        var weeks = Weeks(events);
        if (weeks.Count == 0) return "<p class=\"empty\">لا أحداث مؤرخة لرسم تطورها.</p>";
        const int axis = 22, side = 28;
        int plot = width - 2 * side;
        int maxEvents = Math.Max(1, weeks.Max(w => w.ByType.Values.Sum()));
        int maxKilled = Math.Max(1, weeks.Max(w => w.Fatalities));
        double slot = (double)plot / weeks.Count, bar = Math.Max(2, slot * 0.7);
        var svg = new StringBuilder();
        svg.Append("<svg class=\"weekly\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ").Append(width).Append(' ').Append(height + axis)
            .Append("\" aria-label=\"الأحداث والقتلى في كل أسبوع\">");
        for (int i = 0; i < weeks.Count; i++)
        {
            var (week, byType, killed) = weeks[i];
            double x = side + i * slot + (slot - bar) / 2, top = height;
            foreach (var type in byType.Keys.OrderBy(Order))
            {
                double h = (height - 10.0) * byType[type] / maxEvents;
                top -= h;
                svg.Append("<rect class=\"").Append(ClassOf(type)).Append("\" x=\"").Append(N(x)).Append("\" y=\"").Append(N(top)).Append("\" width=\"").Append(N(bar))
                    .Append("\" height=\"").Append(N(h)).Append("\"><title>").Append(Day(week)).Append(": ").Append(Html.E(ArabicLabels.EventType(type))).Append(' ')
                    .Append(byType[type].ToString(CultureInfo.InvariantCulture)).Append("</title></rect>");
            }
        }
        // The fatalities line, one point per week at the middle of its bar.
        svg.Append("<polyline class=\"killed\" points=\"").AppendJoin(' ', weeks.Select((w, i) =>
            N(side + i * slot + slot / 2) + "," + N(height - (height - 10.0) * w.Fatalities / maxKilled))).Append("\"/>");
        for (int i = 0; i < weeks.Count; i++)
            svg.Append("<circle class=\"killed\" cx=\"").Append(N(side + i * slot + slot / 2)).Append("\" cy=\"").Append(N(height - (height - 10.0) * weeks[i].Fatalities / maxKilled))
                .Append("\" r=\"2.5\"><title>").Append(Day(weeks[i].Week)).Append(": ").Append(Html.E(Marsad.Text.ArabicCount.Of(weeks[i].Fatalities, Marsad.Text.CountedNoun.Killed)))
                .Append("</title></circle>");
        svg.Append("<text class=\"axis\" x=\"").Append(side).Append("\" y=\"").Append(height + axis - 6).Append("\" text-anchor=\"start\">").Append(Day(weeks[0].Week)).Append("</text>");
        if (weeks.Count > 1)
            svg.Append("<text class=\"axis\" x=\"").Append(width - side).Append("\" y=\"").Append(height + axis - 6).Append("\" text-anchor=\"end\">").Append(Day(weeks[^1].Week)).Append("</text>");
        svg.Append("<text class=\"axis\" x=\"0\" y=\"12\" text-anchor=\"start\">").Append(maxEvents.ToString(CultureInfo.InvariantCulture)).Append("</text>");
        svg.Append("<text class=\"axis killed-axis\" x=\"").Append(width).Append("\" y=\"12\" text-anchor=\"end\">").Append(maxKilled.ToString(CultureInfo.InvariantCulture)).Append("</text>");
        svg.Append("</svg>");
        var legend = Legend(weeks.SelectMany(w => w.ByType.Keys), sizes: false)
            .Replace("</ul>", "<li><span class=\"swatch killed\"></span>القتلى (المحور الأيمن)</li></ul>", StringComparison.Ordinal);
        int charted = weeks.Sum(w => w.ByType.Values.Sum()), dated = events.Count(e => e.Day is not null);
        var left = dated > charted ? "؛ " + Html.E(Marsad.Text.ArabicCount.Of(dated - charted, Marsad.Text.CountedNoun.Event)) + " مؤرخة خارج هذه الفترة لم تُرسم" : "";
        return "<figure class=\"chart weekly\">" + svg + "<figcaption>الأحداث في كل أسبوع حسب النوع (المحور الأيسر) والقتلى (المحور الأيمن)" + left + "</figcaption>" + legend + "</figure>";
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
