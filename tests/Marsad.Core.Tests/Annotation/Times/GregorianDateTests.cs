using Marsad.Annotation.Times;
using static Marsad.Tests.Annotation.Times.TimeTagging;

namespace Marsad.Tests.Annotation.Times;

public class GregorianDateTests
{
    public static TheoryData<string, int> LevantineMonths => Months("كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول");
    public static TheoryData<string, int> EgyptianGulfMonths => Months("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر");
    public static TheoryData<string, int> MaghrebiMonths => Months("جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر");

    private static TheoryData<string, int> Months(params string[] names)
    {
        var data = new TheoryData<string, int>();
        for (int i = 0; i < names.Length; i++) data.Add(names[i], i + 1);
        return data;
    }

    [Theory]
    [MemberData(nameof(LevantineMonths))]
    [MemberData(nameof(EgyptianGulfMonths))]
    [MemberData(nameof(MaghrebiMonths))]
    public void Every_month_name_gives_its_month(string month, int number)
    {
        var time = Single($"وقع الهجوم في 9 {month} 2017 قرب الحدود.");
        Assert.Equal($"2017-{number:00}-09", time.Value);
        Assert.Equal($"9 {month} 2017", time.Text);
        Assert.False(time.Resolved);
    }

    [Theory]
    [InlineData("إبريل", 4)]
    [InlineData("يونيه", 6)]
    [InlineData("يوليه", 7)]
    [InlineData("اغسطس", 8)]
    public void Spelling_variants_are_recognised(string month, int number) =>
        Assert.Equal($"2016-{number:00}-03", Single($"في 3 {month} 2016 أعلن الجيش").Value);

    [Fact]
    public void Day_with_min_and_no_year_resolves_against_publication() =>
        Assert.Equal("2018-11-20", Single("اجتمع الوفدان يوم 20 من تشرين الثاني في جنيف.", Published).Value);

    [Fact]
    public void Year_less_date_without_reference_stays_relative()
    {
        var time = Single("اجتمع الوفدان في 20 من تشرين الثاني بحضور المبعوث.");
        Assert.Null(time.Value);
        Assert.Equal("--11-20", time.Relative);
    }

    [Fact]
    public void Hamza_variants_and_proclitics_match() =>
        Assert.Equal("2015-05-01", Single("وصلت القوات في 1 بايار 2015").Value);

    [Fact]
    public void Combined_month_names_with_a_slash_are_one_expression()
    {
        var time = Single("بدأت المعركة في 5 نوفمبر/تشرين الثاني 2018 شرق النهر.");
        Assert.Equal("2018-11-05", time.Value);
        Assert.Equal("5 نوفمبر/تشرين الثاني 2018", time.Text);
    }

    [Fact]
    public void Combined_month_names_in_parentheses_are_one_expression()
    {
        var time = Single("بدأت المعركة في 5 تشرين الثاني (نوفمبر) 2018 شرق النهر.");
        Assert.Equal("2018-11-05", time.Value);
        Assert.EndsWith("2018", time.Text);
    }

    [Fact]
    public void Month_and_year_give_month_granularity()
    {
        var time = Single("تراجع الإنتاج منذ حزيران 2014 بشكل حاد.");
        Assert.Equal("2014-06", time.Value);
        Assert.Equal(TimeGranularity.Month, time.Granularity);
    }

    [Fact]
    public void A_month_name_that_is_also_a_word_needs_a_day_or_year() =>
        Assert.Empty(Tag("مارس الجيش ضغطا كبيرا على أب الضحية.").Times);

    [Theory]
    [InlineData("27/11/2018")]
    [InlineData("27-11-2018")]
    [InlineData("2018-11-27")]
    [InlineData("27.11.2018")]
    [InlineData("٢٧/١١/٢٠١٨")]
    public void Numeric_dates_of_both_digit_scripts_are_read_day_first(string date) =>
        Assert.Equal("2018-11-27", Single($"صدر البيان بتاريخ {date} عن القيادة").Value);

    [Theory]
    [InlineData("November 27, 2018")]
    [InlineData("27 November 2018")]
    [InlineData("Nov. 27, 2018")]
    public void English_dates_inside_Arabic_text_are_read(string date) =>
        Assert.Equal("2018-11-27", Single($"— الخارجية الأمريكية (@USAbilAraby) {date}").Value);

    [Fact]
    public void A_weekday_before_a_date_joins_it_and_confirms_it()
    {
        var time = Single("وقع ذلك الثلاثاء 27 تشرين الثاني 2018 في المدينة.");
        Assert.Equal("الثلاثاء 27 تشرين الثاني 2018", time.Text);
        Assert.False(time.Approximate);
    }

    [Fact]
    public void A_weekday_that_contradicts_the_date_flags_it_approximate() =>
        Assert.True(Single("وقع ذلك الأحد 27 تشرين الثاني 2018 في المدينة.").Approximate);

    [Fact]
    public void A_year_after_a_year_word_is_a_year()
    {
        var time = Single("انسحبت القوات عام 2011 من المنطقة.");
        Assert.Equal("2011", time.Value);
        Assert.Equal(TimeGranularity.Year, time.Granularity);
    }
}
