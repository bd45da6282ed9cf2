using Marsad.Entities.Resolution;

namespace Marsad.Tests.Entities.Resolution;

public class PersonNameTests
{
    private static PersonName Name(string text) => PersonName.Parse(NameKeys.Words(text))!;

    private static bool Shorter(string shorter, string longer) =>
        PersonName.IsShorterFormOf(Name(shorter), Name(longer), NameVariants.Default.SameWord);

    [Fact]
    public void TitlesAreRolesNotParts() => Assert.Equal(["سلمان", "عبدالعزيز"], Name("خادم الحرمين الشريفين الملك سلمان بن عبد العزيز").Parts);

    [Fact]
    public void CompoundsAreOnePart() => Assert.Equal(["عبدالله", "السعود"], Name("عبد الله آل سعود").Parts);

    [Fact]
    public void ANameAfterBinIsAFathersNameNotAFamilyName()
    {
        var name = Name("محمد بن سلمان");
        Assert.Null(name.Family);
        Assert.True(name.Patronymic[1]);
    }

    [Fact]
    public void TheLastUnmarkedPartIsTheFamilyName() => Assert.Equal("الجبير", Name("عادل أحمد الجبير").Family);

    [Fact]
    public void AChainBeginningIsAShorterForm() => Assert.True(Shorter("محمد بن سلمان", "محمد بن سلمان بن عبدالعزيز آل سعود"));

    [Fact]
    public void GivenAndFamilyNameIsAShorterForm() => Assert.True(Shorter("عادل الجبير", "عادل بن أحمد الجبير"));

    [Fact]
    public void DifferentChainsAreTwoPeople() => Assert.False(Shorter("محمد بن نايف", "محمد بن سلمان بن عبدالعزيز"));

    [Fact]
    public void DifferentGivenNamesAreTwoPeople() => Assert.False(Shorter("سلمان بن عبدالعزيز", "محمد بن سلمان بن عبدالعزيز"));

    [Fact]
    public void DifferentFamilyNamesAreTwoPeople() => Assert.False(Shorter("أحمد الحربي", "أحمد محمد الزهراني"));

    [Fact]
    public void AOneWordNameIsTheGivenOrTheFamilyName()
    {
        Assert.True(Shorter("أوباما", "باراك أوباما"));
        Assert.True(Shorter("باراك", "باراك أوباما"));
    }

    [Fact]
    public void AOneWordNameIsNotAFathersName() => Assert.False(Shorter("سلمان", "محمد بن سلمان"));

    [Fact]
    public void TwoWordsOfOneDictionaryShapeAreNotSpellingsOfOneName() => Assert.False(Shorter("محمود عباس", "محمد عباس"));

    [Fact]
    public void TheFamilyEndingTailIsAShorterForm() => Assert.True(Shorter("أحمدي نجاد", "محمود أحمدي نجاد"));

    [Fact]
    public void AFathersFullNameIsNotTheSonsTail() => Assert.False(Shorter("سلمان بن عبدالعزيز آل سعود", "محمد بن سلمان بن عبدالعزيز آل سعود"));
}
