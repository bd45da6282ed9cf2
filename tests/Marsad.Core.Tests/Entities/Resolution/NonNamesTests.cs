using Marsad.Entities.Resolution;

namespace Marsad.Tests.Entities.Resolution;

public class NonNamesTests
{
    private static bool NonName(string text) => NonNames.Default.IsNonName(NameKeys.Words(text));

    [Theory]
    [InlineData("ريال")]
    [InlineData("الدولار")]
    [InlineData("كيلومترا")]
    [InlineData("الله")]
    [InlineData("رحمه الله")]
    [InlineData("لرئيس")]
    [InlineData("شركائنا")]
    [InlineData("نيسان")]
    [InlineData("تشرين الثاني")]
    public void IsNotANamedEntity(string text) => Assert.True(NonName(text));

    [Theory]
    [InlineData("الرياض")]
    [InlineData("سوريا")]
    [InlineData("طلال سلو")]
    [InlineData("عبد الله")]
    [InlineData("أوباما")]
    [InlineData("رمضان")]
    public void IsAName(string text) => Assert.False(NonName(text));
}
