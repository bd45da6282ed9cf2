using Marsad.Entities.Resolution;

namespace Marsad.Tests.Entities.Resolution;

public class NameVariantsTests
{
    private static bool Same(string a, string b) =>
        NameVariants.Default.SameName(NameKeys.Words(a), NameKeys.Words(b), person: false);

    [Theory]
    [InlineData("الديمقراطية", "الديموقراطية")]
    [InlineData("سيلو", "سلو")]
    [InlineData("الرقّة", "الرقة")]
    [InlineData("إسطنبول", "اسطنبول")]
    public void AMisspellingJoinsItsWord(string a, string b) => Assert.True(Same(a, b));

    [Theory]
    [InlineData("اليمن", "الإيمان")]
    [InlineData("الرياض", "الأرض")]
    [InlineData("العراق", "العرق")]
    [InlineData("الصين", "الصيانة")]
    [InlineData("الجيش السوري", "الجيش السويسري")]
    [InlineData("الحكومة اليمنية", "الحكومة الدينية")]
    public void TwoWordsSpelledAlikeStayTwo(string a, string b) => Assert.False(Same(a, b));

    [Fact]
    public void NamesOfDifferentLengthAreNotVariants() => Assert.False(Same("دير الزور", "دير"));

    [Fact]
    public void A_dropped_long_vowel_beside_a_word_that_agrees_is_a_slip_even_between_two_words() =>
        Assert.True(Same("الشرق الأوسط", "الشرق الوسط"));

    [Fact]
    public void A_family_name_with_or_without_the_article_is_one_name() =>
        Assert.True(NameVariants.Default.SameName(NameKeys.Words("مسعود البارزاني"), NameKeys.Words("مسعود بارزاني"), person: true));

    [Fact]
    public void A_given_name_with_the_article_is_not_the_same_given_name() =>
        Assert.False(NameVariants.Default.SameName(NameKeys.Words("الكريم صالح"), NameKeys.Words("كريم صالح"), person: true));

    [Fact]
    public void Two_given_names_a_long_vowel_apart_are_two_names() =>
        Assert.False(NameVariants.Default.SameName(NameKeys.Words("محمد بن سعود"), NameKeys.Words("محمد بن سعد"), person: true));
}
