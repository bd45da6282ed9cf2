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
}
