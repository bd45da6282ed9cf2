using Marsad.Annotation.Numbers;
using Marsad.Annotation.Times;
using Marsad.Text.Tokens;

namespace Marsad.Tests.Annotation.Numbers;

public class NumberTaggerTests
{
    private static IReadOnlyList<NumberMention> Tag(string text, bool withTimes = false)
    {
        var tokens = new List<Token>();
        ArabicTokenizer.Tokenize(text, tokens);
        var times = withTimes ? TimeExpressionTagger.Tag(text, tokens, null).Times : null;
        return NumberTagger.Tag(text, tokens, times);
    }

    private static NumberMention Single(string text, bool withTimes = false) => Assert.Single(Tag(text, withTimes));

    [Theory]
    [InlineData("واحد", 1)]
    [InlineData("اثنان", 2)]
    [InlineData("اثنين", 2)]
    [InlineData("ثلاثة", 3)]
    [InlineData("ثلاث", 3)]
    [InlineData("أربعة", 4)]
    [InlineData("خمسة", 5)]
    [InlineData("ستة", 6)]
    [InlineData("سبعة", 7)]
    [InlineData("ثمانية", 8)]
    [InlineData("تسعة", 9)]
    [InlineData("عشرة", 10)]
    [InlineData("أحد عشر", 11)]
    [InlineData("إحدى عشرة", 11)]
    [InlineData("اثنا عشر", 12)]
    [InlineData("ثلاثة عشر", 13)]
    [InlineData("تسعة عشر", 19)]
    [InlineData("عشرون", 20)]
    [InlineData("عشرين", 20)]
    [InlineData("ثلاثون", 30)]
    [InlineData("ثلاثين", 30)]
    [InlineData("تسعين", 90)]
    [InlineData("خمسة وعشرين", 25)]
    [InlineData("مئة", 100)]
    [InlineData("مائة", 100)]
    [InlineData("مئتان", 200)]
    [InlineData("مئتين", 200)]
    [InlineData("مئتي", 200)]
    [InlineData("ثلاثمئة", 300)]
    [InlineData("ثلاثمائة", 300)]
    [InlineData("ثلاث مئة", 300)]
    [InlineData("مئة وخمسون", 150)]
    [InlineData("ألف", 1000)]
    [InlineData("ألفان", 2000)]
    [InlineData("ألفين", 2000)]
    [InlineData("ألفي", 2000)]
    [InlineData("ثلاثة آلاف", 3000)]
    [InlineData("ثلاثة آلاف وخمسمئة", 3500)]
    [InlineData("خمسة وعشرين ألفا", 25000)]
    [InlineData("مليون", 1_000_000)]
    [InlineData("ثلاثة ملايين", 3_000_000)]
    [InlineData("مليار", 1_000_000_000)]
    public void Number_words_and_their_compounds(string words, double value)
    {
        var mention = Single($"وصل {words} شخص إلى المخيم");
        Assert.Equal(value, mention.Value);
        Assert.Equal(words, mention.Text);
        Assert.Equal("شخص", mention.Unit);
    }

    [Theory]
    [InlineData("1,200", 1200)]
    [InlineData("2.5", 2.5)]
    [InlineData("١٢٠٠", 1200)]
    [InlineData("٣٫٥", 3.5)]
    [InlineData("١٬٢٠٠", 1200)]
    public void Digits_of_both_scripts_with_their_separators(string digits, double value) =>
        Assert.Equal(value, Single($"بلغ الإنتاج {digits} برميل").Value);

    [Theory]
    [InlineData("2.5 مليون", 2_500_000)]
    [InlineData("3 آلاف", 3000)]
    public void Digits_with_a_scale_word(string phrase, double value) =>
        Assert.Equal(value, Single($"نزح {phrase} مدني من المدينة").Value);

    [Fact]
    public void Construct_dual_with_a_proclitic()
    {
        var mention = Single("يقاتل التنظيم بألفي عنصر في المنطقة");
        Assert.Equal(2000, mention.Value);
        Assert.Equal("عنصر", mention.Unit);
    }

    [Fact]
    public void About_thirty_villages_and_towns_keeps_both_nouns()
    {
        var mention = Single("يسيطر على نحو ثلاثين قرية وبلدة في الريف");
        Assert.Equal(30, mention.Value);
        Assert.True(mention.Approximate);
        Assert.Equal("about", mention.Comparator);
        Assert.Equal("قرية", mention.Unit);
        Assert.Equal(["قرية", "بلدة"], mention.Units);
        Assert.Equal("نحو ثلاثين", mention.Text);
    }

    [Fact]
    public void Digits_with_a_plural_noun_lemmatise_it() =>
        Assert.Equal(("قرية", 22.0), (Single("سيطرت القوات على 22 قرية وبلدة").Unit!, Single("سيطرت القوات على 22 قرية وبلدة").Value!.Value));

    [Fact]
    public void A_broken_plural_after_a_unit_number_gives_the_singular() =>
        Assert.Equal("قرية", Single("دمرت الغارات أربع قرى بالكامل").Unit);

    [Fact]
    public void A_noun_after_min_is_the_unit()
    {
        var mention = Single("هناك ما يقارب من 2000 من عناصر التنظيم");
        Assert.Equal(2000, mention.Value);
        Assert.Equal("about", mention.Comparator);
        Assert.Equal("عنصر", mention.Unit);
    }

    [Fact]
    public void Percent_sign_after_digits()
    {
        var mention = Single("يعملون في أقل من 1% من الأراضي");
        Assert.Equal(1, mention.Value);
        Assert.Equal("less-than", mention.Comparator);
        Assert.Equal("%", mention.Unit);
    }

    [Theory]
    [InlineData("واحد في المئة", 1)]
    [InlineData("خمسة في المائة", 5)]
    [InlineData("20 بالمئة", 20)]
    [InlineData("٣٠٪", 30)]
    public void Percentages_in_words_and_signs(string phrase, double value)
    {
        var mention = Single($"انخفض الإنتاج {phrase} خلال العام");
        Assert.Equal(value, mention.Value);
        Assert.Equal("%", mention.Unit);
    }

    [Theory]
    [InlineData("نحو", "about", true)]
    [InlineData("حوالي", "about", true)]
    [InlineData("قرابة", "about", true)]
    [InlineData("ما يقارب", "about", true)]
    [InlineData("ما يقرب من", "about", true)]
    [InlineData("زهاء", "about", true)]
    [InlineData("أكثر من", "more-than", false)]
    [InlineData("أزيد من", "more-than", false)]
    [InlineData("أقل من", "less-than", false)]
    [InlineData("ما لا يقل عن", "at-least", false)]
    [InlineData("بنحو", "about", true)]
    public void Qualifiers_before_the_number(string qualifier, string comparator, bool approximate)
    {
        var mention = Single($"قتل {qualifier} 40 مدنيا في القصف");
        Assert.Equal(40, mention.Value);
        Assert.Equal(comparator, mention.Comparator);
        Assert.Equal(approximate, mention.Approximate);
        Assert.Equal("مدني", mention.Unit);
        Assert.StartsWith(qualifier, mention.Text);
    }

    [Fact]
    public void At_least_after_the_counted_noun() =>
        Assert.Equal("at-least", Single("قتل 40 مدنيا على الأقل في القصف").Comparator);

    [Theory]
    [InlineData("عشرات", 10)]
    [InlineData("مئات", 100)]
    [InlineData("آلاف", 1000)]
    [InlineData("عشرات الآلاف", 10_000)]
    public void Vague_quantities_have_a_magnitude_and_no_value(string phrase, double magnitude)
    {
        var mention = Single($"نزح {phrase} المدنيين من القرى");
        Assert.Null(mention.Value);
        Assert.Equal(magnitude, mention.Magnitude);
        Assert.True(mention.Approximate);
    }

    [Fact]
    public void Numbers_inside_time_expressions_are_skipped()
    {
        var mentions = Tag("في 27 تشرين الثاني 2018 قتل 12 جنديا خلال الـ 72 ساعة الماضية", withTimes: true);
        var mention = Assert.Single(mentions);
        Assert.Equal(12, mention.Value);
        Assert.Equal("جندي", mention.Unit);
    }

    [Fact]
    public void A_clock_time_is_not_a_quantity() => Assert.Empty(Tag("تحديث 16:45 بتوقيت غرينتش"));

    [Fact]
    public void A_number_naming_a_brigade_is_a_designator()
    {
        var mention = Single("قتل قائد اللواء 104 حرس جمهوري");
        Assert.True(mention.IsDesignator);
        Assert.Null(mention.Unit);
    }

    [Fact]
    public void A_resolution_number_is_a_designator() =>
        Assert.True(Single("وفق قرار مجلس الأمن الدولي 2254 بشأن سوريا").IsDesignator);

    [Fact]
    public void A_count_is_not_a_designator() => Assert.False(Single("قتل 30 مقاتلا من اللواء").IsDesignator);

    [Theory]
    [InlineData("أعلنت القوات الثلاثاء انطلاق المعركة")]
    [InlineData("احتفلت الجامعة بالذكرى المئوية لتأسيسها")]
    [InlineData("لست متأكدا من ذلك")]
    [InlineData("وصل أحد القادة إلى المدينة")]
    public void Words_that_look_like_numbers_are_not_numbers(string text) => Assert.Empty(Tag(text));

    [Fact]
    public void Two_units_joined_by_wa_are_two_numbers() => Assert.Equal(2, Tag("وصل ثلاثة وأربعة أشخاص").Count);
}
