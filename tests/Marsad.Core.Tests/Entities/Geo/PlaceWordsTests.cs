using Marsad.Entities.Geo;

namespace Marsad.Tests.Entities.Geo;

public class PlaceWordsTests
{
    [Theory]
    [InlineData("بلدة")]
    [InlineData("وبلدة")]
    [InlineData("والمدينة")]
    [InlineData("وقرية")]
    public void A_place_head_alone_is_never_a_place(string word) => Assert.True(PlaceWords.IsNeverAPlace(word));

    [Theory]
    [InlineData("شركائنا")]
    [InlineData("وشركائنا")]
    [InlineData("شركائه")]
    [InlineData("مدينتنا")]
    [InlineData("أرضهم")]
    public void A_pronoun_on_a_dictionary_stem_is_never_a_place(string word) => Assert.True(PlaceWords.IsNeverAPlace(word));

    [Fact]
    public void A_word_with_tanween_is_never_a_place() => Assert.True(PlaceWords.IsNeverAPlace("شعباً"));

    [Theory]
    [InlineData("حماة")]
    [InlineData("حماه")]
    [InlineData("بنها")]
    [InlineData("الرقة")]
    [InlineData("دير الزور")]
    public void A_name_that_ends_like_a_pronoun_or_a_head_is_not_excluded(string mention) =>
        Assert.False(PlaceWords.IsNeverAPlace(mention));

    [Theory]
    [InlineData("معارك")]
    [InlineData("الحدود")]
    [InlineData("والحدود")]
    [InlineData("هجين")]
    public void A_word_the_dictionary_lists_is_a_dictionary_word(string word) => Assert.True(PlaceWords.IsDictionaryWord(word));

    [Theory]
    [InlineData("البوكمال")]
    [InlineData("مركدة")]
    [InlineData("دير الزور")]
    [InlineData("")]
    public void A_name_the_dictionary_does_not_list_or_a_phrase_is_no_dictionary_word(string mention) =>
        Assert.False(PlaceWords.IsDictionaryWord(mention));

    [Fact]
    public void The_feminine_of_a_listed_word_counts_only_when_asked() =>
        Assert.Equal((false, true), (PlaceWords.IsDictionaryKey("المجموعه", feminine: false), PlaceWords.IsDictionaryKey("المجموعه", feminine: true)));
}
