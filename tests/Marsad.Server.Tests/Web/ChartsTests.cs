using CsCheck;
using Marsad.Browse;
using Marsad.Server.Web;

namespace Marsad.Server.Tests.Web;

/// <summary>Counts per day as chart buckets.</summary>
public sealed class ChartsTests
{
    private static readonly DateOnly Day = new(2018, 11, 27);

    [Fact]
    public void No_days_make_no_buckets() => Assert.Empty(Charts.Buckets([]));

    [Fact]
    public void Days_without_articles_count_as_zero()
    {
        var buckets = Charts.Buckets([new DayCount(Day, 2), new DayCount(Day.AddDays(3), 1)]);
        Assert.Equal([2, 0, 0, 1], buckets.Select(b => b.Count));
    }

    [Fact]
    public void A_long_span_is_cut_into_at_most_the_maximum_number_of_buckets()
    {
        var buckets = Charts.Buckets([new DayCount(Day, 1), new DayCount(Day.AddDays(1000), 1)]);
        Assert.InRange(buckets.Count, 2, Charts.MaxBuckets);
        Assert.Equal(Day, buckets[0].Start);
    }

    [Fact]
    public void Buckets_keep_every_article_for_any_days()
    {
        Gen.Select(Gen.Int[0, 2000], Gen.Int[1, 50]).Array[1, 40].Sample(days =>
        {
            var counts = days.GroupBy(d => d.Item1).Select(g => new DayCount(Day.AddDays(g.Key), g.Sum(d => d.Item2))).ToList();
            var buckets = Charts.Buckets(counts);
            return buckets.Sum(b => b.Count) == counts.Sum(c => c.Count) && buckets.Count <= Charts.MaxBuckets;
        });
    }

    [Fact]
    public void One_day_is_said_in_words_and_more_are_a_line()
    {
        var single = Charts.Sparkline([new DayCount(Day, 3)], "x");
        Assert.DoesNotContain("<svg", single);
        Assert.Contains("في يوم واحد", single);
        Assert.Contains("<polyline", Charts.Sparkline([new DayCount(Day, 3), new DayCount(Day.AddDays(1), 1)], "x"));
    }

    [Fact]
    public void A_bar_chart_has_a_bar_per_bucket()
    {
        var svg = Charts.Bars([new DayCount(Day, 3), new DayCount(Day.AddDays(2), 1)], "x");
        Assert.Equal(3, svg.Split("<rect").Length - 1);
    }

    [Fact]
    public void A_bar_chart_axis_ends_at_the_last_day_with_articles()
    {
        var last = Day.AddDays(1000);
        var svg = Charts.Bars([new DayCount(Day, 1), new DayCount(last, 1)], "x");
        Assert.Contains(">" + last.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "</text>", svg);
    }
}
