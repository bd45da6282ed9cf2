using Marsad.Text;

namespace Marsad.Tests.Text;

public sealed class ArabicCountTests
{
    [Fact]
    public void Zero_takes_the_singular() => Assert.Equal("0 وثيقة", ArabicCount.Of(0, CountedNoun.Document));

    [Fact]
    public void One_is_the_singular_then_one_agreeing_in_gender()
    {
        Assert.Equal("وثيقة واحدة", ArabicCount.Of(1, CountedNoun.Document));
        Assert.Equal("مصدر واحد", ArabicCount.Of(1, CountedNoun.Source));
    }

    [Fact]
    public void Two_is_the_dual_alone()
    {
        Assert.Equal("وثيقتان", ArabicCount.Of(2, CountedNoun.Document));
        Assert.Equal("مصدران مستقلان", ArabicCount.Of(2, CountedNoun.IndependentSource));
    }

    [Theory]
    [InlineData(3, "3 وثائق")]
    [InlineData(5, "5 وثائق")]
    [InlineData(10, "10 وثائق")]
    public void Three_to_ten_take_the_plural(int count, string expected) => Assert.Equal(expected, ArabicCount.Of(count, CountedNoun.Document));

    [Theory]
    [InlineData(11, "11 مصدرًا")]
    [InlineData(25, "25 مصدرًا")]
    [InlineData(99, "99 مصدرًا")]
    public void Eleven_to_ninety_nine_take_the_accusative_singular(int count, string expected) => Assert.Equal(expected, ArabicCount.Of(count, CountedNoun.Source));

    [Theory]
    [InlineData(100, "100 حدث")]
    [InlineData(102, "102 حدث")]
    [InlineData(103, "103 أحداث")]
    [InlineData(110, "110 أحداث")]
    [InlineData(111, "111 حدثًا")]
    [InlineData(15042, "15042 حدثًا")]
    public void Above_a_hundred_the_last_two_digits_decide(int count, string expected) => Assert.Equal(expected, ArabicCount.Of(count, CountedNoun.Event));

    [Fact]
    public void A_feminine_noun_in_taa_marbuta_looks_the_same_in_the_accusative() =>
        Assert.Equal("25 وثيقة", ArabicCount.Of(25, CountedNoun.Document));
}
