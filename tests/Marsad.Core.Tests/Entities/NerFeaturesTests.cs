using Marsad.Entities.Recognition;
using Marsad.Text;

namespace Marsad.Tests.Entities;

public class NerFeaturesTests
{
    [Theory]
    [InlineData("الاتحاد", 2)]
    [InlineData("والاتحاد", 3)]
    [InlineData("بالاتحاد", 3)]
    [InlineData("وبالاتحاد", 4)]
    [InlineData("للاتحاد", 2)]
    [InlineData("وللاتحاد", 3)]
    [InlineData("فلسطين", 0)]
    [InlineData("لبنان", 0)]
    [InlineData("وال", 0)]
    public void Article_prefix_is_found_only_before_a_stem_of_two_letters_or_more(string word, int expected)
    {
        Assert.Equal(expected, NerFeatures.ArticlePrefixLength(MatchKeyNormalizer.Normalize(word)));
    }

    [Fact]
    public void Hamza_and_diacritics_do_not_change_a_token_profile()
    {
        Assert.Equal(NerFeatures.Profile("احمد"), NerFeatures.Profile("أَحْمَد"));
    }

    [Fact]
    public void Invisible_marks_do_not_change_a_token_profile()
    {
        Assert.Equal(NerFeatures.Profile("غزة"), NerFeatures.Profile("غزة\u200F"));
    }
}
