using Marsad.Annotation.Times;
using static Marsad.Tests.Annotation.Times.TimeTagging;

namespace Marsad.Tests.Annotation.Times;

public class ClockAndAnchorTests
{
    [Fact]
    public void A_clock_time_in_GMT_takes_the_publication_day()
    {
        var time = Single("تحديث 16:45 ت.غ", Published);
        Assert.Equal("16:45 ت.غ", time.Text);
        Assert.Equal("2018-11-27T16:45Z", time.Value);
        Assert.Equal(TimeGranularity.Minute, time.Granularity);
    }

    [Theory]
    [InlineData("بتوقيت غرينتش", "Z")]
    [InlineData("بتوقيت مكة", "+03:00")]
    [InlineData("بالتوقيت المحلي", "")]
    [InlineData("بتوقيت دمشق", "")]
    public void Zones_after_a_clock_time(string zone, string suffix) =>
        Assert.Equal("2018-11-27T10:30" + suffix, Single($"يبدأ الاجتماع الساعة 10:30 {zone} في القصر", Published).Value);

    [Fact]
    public void Evening_after_a_clock_time_moves_it_past_noon() =>
        Assert.Equal("T20:15", Single("انفجرت العبوة الساعة 8:15 مساء قرب السوق").Relative);

    [Fact]
    public void A_clock_time_after_a_date_takes_that_date() =>
        Assert.Equal("2018-11-05T09:00Z", Find("في 5 نوفمبر 2018 الساعة 09:00 ت.غ بدأ الهجوم", "الساعة 09:00 ت.غ").Value);

    [Fact]
    public void A_year_less_Arabic_date_takes_its_year_from_the_full_English_date()
    {
        const string text = "ذكرت الخارجية عبر حسابها اليوم، الثلاثاء 27 من تشرين الثاني، أن القتال مستمر.\n— الخارجية (@USAbilAraby) November 27, 2018";
        var annotations = Tag(text);
        var arabic = Assert.Single(annotations.Times, t => t.Text == "الثلاثاء 27 من تشرين الثاني");
        Assert.Equal("2018-11-27", arabic.Value);
        Assert.True(arabic.Resolved);
        Assert.False(arabic.Approximate);
        Assert.Equal("2018-11-27", annotations.EventDate);
    }

    [Fact]
    public void Relative_expressions_resolve_against_the_anchor_without_publication()
    {
        const string text = "قال المسؤول السبت الماضي إن القتال اشتد. صدر البيان في 27 نوفمبر 2018.";
        Assert.Equal("2018-11-24", Find(text, "السبت الماضي").Value);
    }

    [Fact]
    public void The_event_date_is_the_most_supported_day_of_the_lead()
    {
        const string text = "أعلنت القوات أمس انطلاق المعركة، وقال قائدها أمس إن التنظيم محاصر. وكان الهجوم قد بدأ الأحد.";
        Assert.Equal("2018-11-26", Tag(text, Published).EventDate);
    }

    [Fact]
    public void No_event_date_without_evidence() =>
        Assert.Null(Tag("أعلنت القوات أمس انطلاق المعركة.").EventDate);
}
