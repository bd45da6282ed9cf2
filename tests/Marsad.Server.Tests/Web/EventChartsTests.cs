using Marsad.Browse;
using Marsad.Report;
using Marsad.Server.Web;

namespace Marsad.Server.Tests.Web;

public sealed class EventChartsTests
{
    private static EventLine Line(string type, int killed, DateOnly? day) =>
        new(new EventReport("e", "d", 0, 1, type, "Armed clash", null, null, null, null, null, killed, "اشتباك"), null, null, null, day);

    [Fact]
    public void A_week_starts_on_monday() => Assert.Equal(new DateOnly(2018, 11, 26), EventCharts.WeekOf(new DateOnly(2018, 12, 2)));

    [Fact]
    public void Weeks_count_events_by_type_and_add_up_the_killed_with_empty_weeks_between()
    {
        var weeks = EventCharts.Weeks([
            Line("Battles", 3, new DateOnly(2018, 11, 26)), Line("Battles", 2, new DateOnly(2018, 11, 27)),
            Line("Protests", 0, new DateOnly(2018, 11, 28)), Line("Battles", 1, new DateOnly(2018, 12, 12)), Line("Battles", 9, null)]);
        Assert.Equal(3, weeks.Count);
        Assert.Equal(2, weeks[0].ByType["Battles"]);
        Assert.Equal(5, weeks[0].Fatalities);
        Assert.Empty(weeks[1].ByType);
        Assert.Equal(1, weeks[2].Fatalities);
    }

    [Fact]
    public void Without_dated_events_the_chart_says_so_in_arabic() =>
        Assert.Contains("لا أحداث مؤرخة", EventCharts.WeeklyChart([Line("Battles", 1, null)]));
}
