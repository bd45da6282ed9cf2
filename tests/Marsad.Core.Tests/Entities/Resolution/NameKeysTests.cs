using Marsad.Entities.Resolution;

namespace Marsad.Tests.Entities.Resolution;

public class NameKeysTests
{
    private static bool Same(string a, string b, bool person = false) => NameKeys.SameName(NameKeys.Words(a), NameKeys.Words(b), person);

    [Theory]
    [InlineData("جبهة تحرير سوريا الديمقراطية", "جبهة تحرير سورية الديموقراطية")]
    [InlineData("الحكومة الأميركية", "الحكومة الأمريكية")]
    [InlineData("مجلس الحسكة الديمقراطي", "مجلس الحسكة الديموقرطي")]
    public void OrthographicAndTypoVariantsAreOneName(string a, string b) => Assert.True(Same(a, b));

    [Fact]
    public void LongVowelSpellingsOfOneSurnameAreOneName() => Assert.True(Same("سامر بلو", "سامر بيلو", person: true));

    [Fact]
    public void TransliterationsOfOneForeignSurnameAreOneName() => Assert.True(Same("جون ماكغورك", "جون ماغروك", person: true));

    [Fact]
    public void ATransliterationNeedsAnotherWordThatAgrees() => Assert.False(Same("ماكغورك", "ماغروك", person: true));

    [Theory]
    [InlineData("القوات العراقية", "القوات العراق")]
    [InlineData("قوات سوريا الديمقراطية", "قوات النظام السوري")]
    [InlineData("سامر بلو", "سامر بلال")]
    [InlineData("حماس", "حمص")]
    public void DifferentNamesStayApart(string a, string b) => Assert.False(Same(a, b, person: true));

    [Fact]
    public void HandlePartsSpellAnArabicName() =>
        Assert.True(LatinNames.Spells(LatinNames.Parts("@john_mccain"), NameKeys.Words("جون ماكين")));

    [Fact]
    public void HandleOfAnotherNameDoesNotSpellIt() =>
        Assert.False(LatinNames.Spells(LatinNames.Parts("@john_kerry"), NameKeys.Words("جون ماكين")));

    [Fact]
    public void CamelCaseHandleSplitsIntoParts() => Assert.Equal(["brett", "mcgurk"], LatinNames.Parts("BrettMcGurk"));

    [Theory]
    [InlineData("سيلو", "سلو")]
    [InlineData("الديموقراطيه", "الديمقراطيه")]
    [InlineData("سوريه", "سوريا")]
    [InlineData("جوزيف", "جوزف")]
    public void LongVowelsInsideAWordAndAFinalTaMarbutaAreSpellings(string a, string b) => Assert.True(NameKeys.OrthographicVariant(a, b));

    [Theory]
    [InlineData("الجبيل", "الجبال")]
    [InlineData("السوبر", "السبور")]
    [InlineData("اوبك", "اوبكو")]
    [InlineData("الجوف", "الجافه")]
    [InlineData("بيروت", "بيرات")]
    public void AChangedVowelSwappedLettersOrAnAddedEndingMakeAnotherWord(string a, string b) => Assert.False(NameKeys.OrthographicVariant(a, b));
}
