using Marsad.Annotation.Times;
using static Marsad.Tests.Annotation.Times.TimeTagging;

namespace Marsad.Tests.Annotation.Times;

public class RelativeTimeTests
{
    [Theory]
    [InlineData("اليوم", "2018-11-27", "P0D")]
    [InlineData("أمس", "2018-11-26", "P-1D")]
    [InlineData("الأمس", "2018-11-26", "P-1D")]
    [InlineData("أمس الأول", "2018-11-25", "P-2D")]
    [InlineData("غدا", "2018-11-28", "P1D")]
    [InlineData("غداً", "2018-11-28", "P1D")]
    public void Relative_days_count_from_publication(string phrase, string value, string relative)
    {
        var time = Single($"قال المتحدث {phrase} إن الهجوم مستمر", Published);
        Assert.Equal(phrase, time.Text);
        Assert.Equal(value, time.Value);
        Assert.Equal(relative, time.Relative);
        Assert.True(time.Resolved);
    }

    [Theory]
    [InlineData("الليلة", "2018-11-27TNI")]
    [InlineData("فجر أمس", "2018-11-26TMO")]
    [InlineData("مساء اليوم", "2018-11-27TEV")]
    public void Parts_of_the_day_keep_their_part(string phrase, string value)
    {
        var time = Single($"قصفت الطائرات {phrase} مواقع التنظيم", Published);
        Assert.Equal(value, time.Value);
        Assert.Equal(TimeGranularity.PartOfDay, time.Granularity);
    }

    [Fact]
    public void Unresolved_relative_day_keeps_its_offset()
    {
        var time = Single("قال المتحدث أمس إن الهجوم مستمر");
        Assert.Null(time.Value);
        Assert.False(time.Resolved);
        Assert.Equal("P-1D", time.Relative);
    }

    [Fact]
    public void A_bare_weekday_is_the_latest_one_not_after_publication() =>
        Assert.Equal("2018-11-24", Single("أعلنت القيادة السبت انطلاق المعركة", Published).Value);

    [Theory]
    [InlineData("السبت الماضي", "2018-11-24", "weekday:SA-1")]
    [InlineData("الثلاثاء الماضي", "2018-11-20", "weekday:TU-1")]
    [InlineData("السبت المقبل", "2018-12-01", "weekday:SA+1")]
    public void Weekdays_with_last_and_next(string phrase, string value, string relative)
    {
        var time = Single($"قال المسؤول {phrase} إن القتال عنيف", Published);
        Assert.Equal(value, time.Value);
        Assert.Equal(relative, time.Relative);
    }

    [Fact]
    public void An_unresolved_weekday_stays_a_weekday()
    {
        var time = Single("أعلنت القيادة الثلاثاء انطلاق المعركة");
        Assert.Null(time.Value);
        Assert.Equal("weekday:TU", time.Relative);
    }

    [Fact]
    public void Yesterday_with_its_weekday_in_parentheses_is_one_expression()
    {
        var time = Single("قال المتحدث أمس (الاثنين) إن الحملة ستتسارع", Published);
        Assert.Equal("أمس (الاثنين)", time.Text);
        Assert.Equal("2018-11-26", time.Value);
        Assert.False(time.Approximate);
    }

    [Theory]
    [InlineData("الأسبوع الماضي", "2018-W47", TimeGranularity.Week)]
    [InlineData("الأسبوع المقبل", "2018-W49", TimeGranularity.Week)]
    [InlineData("الشهر الماضي", "2018-10", TimeGranularity.Month)]
    [InlineData("العام الماضي", "2017", TimeGranularity.Year)]
    public void Calendar_units_before_or_after(string phrase, string value, TimeGranularity granularity)
    {
        var time = Single($"طردت القوات التنظيم {phrase} من المنطقة", Published);
        Assert.Equal(value, time.Value);
        Assert.Equal(granularity, time.Granularity);
    }

    [Fact]
    public void Hours_up_to_publication_are_an_interval_of_instants()
    {
        var time = Single("قتال عنيف خلال الـ 72 ساعة الماضية ضد التنظيم", Published);
        Assert.Equal("خلال الـ 72 ساعة الماضية", time.Text);
        Assert.Equal("2018-11-24T16:45Z/2018-11-27T16:45Z", time.Value);
        Assert.Equal("last:PT72H", time.Relative);
    }

    [Fact]
    public void A_dual_unit_with_a_direction_is_an_interval() =>
        Assert.Equal("2018-09-27/2018-11-27", Single("استعاد مناطق على مدار الشهرين الماضيين", Published).Value);

    [Theory]
    [InlineData("منذ شهرين", "2018-09", "P-2M")]
    [InlineData("قبل ثلاثة أيام", "2018-11-24", "P-3D")]
    [InlineData("قبل 3 أيام", "2018-11-24", "P-3D")]
    [InlineData("بعد يومين", "2018-11-29", "P2D")]
    public void Durations_ago_and_ahead(string phrase, string value, string relative)
    {
        var time = Single($"انسحب المقاتلون {phrase} إلى البلدة", Published);
        Assert.Equal(phrase, time.Text);
        Assert.Equal(value, time.Value);
        Assert.Equal(relative, time.Relative);
    }

    [Theory]
    [InlineData("عاش الإنسان هنا قبل 190000 سنة في الكهوف")]
    [InlineData("تعود الآثار إلى ما قبل 12000 عام تقريبا")]
    [InlineData("يمتد خلال الـ 20000 سنة الماضية")]
    public void A_duration_that_leaves_the_calendar_has_no_date(string sentence)
    {
        foreach (var time in Tag(sentence, Published).Times) Assert.Null(time.Value);
    }

    [Fact]
    public void A_duration_counted_from_an_event_is_not_a_time() =>
        Assert.Empty(Tag("انسحب المقاتلون قبل ثلاثة أيام من الهجوم", Published).Times);

    [Fact]
    public void Today_as_the_first_day_of_a_sequence_is_not_today() =>
        Assert.Empty(Tag("في اليوم الأول من المعركة سقط قتلى", Published).Times);
}
