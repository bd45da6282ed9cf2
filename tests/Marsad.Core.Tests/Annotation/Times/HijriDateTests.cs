using Marsad.Annotation.Times;
using static Marsad.Tests.Annotation.Times.TimeTagging;

namespace Marsad.Tests.Annotation.Times;

public class HijriDateTests
{
    [Theory]
    [InlineData("محرم", 1)]
    [InlineData("صفر", 2)]
    [InlineData("ربيع الأول", 3)]
    [InlineData("ربيع الآخر", 4)]
    [InlineData("ربيع الثاني", 4)]
    [InlineData("جمادى الأولى", 5)]
    [InlineData("جمادى الآخرة", 6)]
    [InlineData("رجب", 7)]
    [InlineData("شعبان", 8)]
    [InlineData("رمضان", 9)]
    [InlineData("شوال", 10)]
    [InlineData("ذو القعدة", 11)]
    [InlineData("ذو الحجة", 12)]
    public void Every_Hijri_month_converts_by_Um_al_Qura(string month, int number)
    {
        var time = Single($"صدر القرار في 10 {month} 1440 هـ عن الديوان.");
        var expected = new System.Globalization.UmAlQuraCalendar().ToDateTime(1440, number, 10, 0, 0, 0, 0);
        Assert.Equal(expected.ToString("yyyy-MM-dd"), time.Value);
        Assert.EndsWith("هـ", time.Text);
    }

    [Fact]
    public void The_year_word_lilhijra_is_part_of_the_date() =>
        Assert.EndsWith("للهجرة", Single("في 1 رمضان 1439 للهجرة بدأ الصيام").Text);

    [Fact]
    public void Approximate_when_Um_al_Qura_and_tabular_Hijri_disagree()
    {
        var umAlQura = new System.Globalization.UmAlQuraCalendar();
        var tabular = new System.Globalization.HijriCalendar();
        // Find a day of 1439 on which the two calendars differ, and one on which they agree.
        (int Month, int Day)? differ = null, agree = null;
        for (int m = 1; m <= 12; m++)
            for (int d = 1; d <= 29; d++)
                if (umAlQura.ToDateTime(1439, m, d, 0, 0, 0, 0) != tabular.ToDateTime(1439, m, d, 0, 0, 0, 0)) differ ??= (m, d);
                else agree ??= (m, d);
        Assert.NotNull(differ);
        string[] names = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"];
        Assert.True(Single($"في {differ.Value.Day} {names[differ.Value.Month - 1]} 1439 هـ").Approximate);
        if (agree is { } a) Assert.False(Single($"في {a.Day} {names[a.Month - 1]} 1439 هـ").Approximate);
    }

    [Fact]
    public void A_Hijri_month_with_year_is_the_span_of_its_days()
    {
        var time = Single("خلال شهر رمضان 1439 هـ تراجعت المعارك");
        Assert.Matches(@"^2018-05-\d\d/2018-06-\d\d$", time.Value);
        Assert.Equal(TimeGranularity.Month, time.Granularity);
    }

    [Fact]
    public void A_name_that_is_also_a_Hijri_month_is_not_a_date_alone() =>
        Assert.Empty(Tag("التقى رجب طيب أردوغان بنظيره").Times);
}
