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

    [Fact]
    public void A_foreign_surname_is_unknown_to_the_dictionary() =>
        Assert.Equal(0, NerFeatures.Profile("دولانويه").Lexical);

    [Fact]
    public void A_common_noun_with_the_article_is_known_to_the_dictionary() =>
        Assert.NotEqual(0, NerFeatures.Profile("الحكومة").Lexical);

    [Fact]
    public void A_function_word_has_a_class_of_its_own() =>
        Assert.NotEqual(NerFeatures.Profile("الحكومة").Lexical, NerFeatures.Profile("في").Lexical);

    [Theory]
    [InlineData("التجاري", (int)Nisba.Definite)]
    [InlineData("رئيسية", (int)Nisba.Indefinite)]
    [InlineData("سامبا", (int)Nisba.None)]
    [InlineData("علي", (int)Nisba.None)]
    public void A_word_shaped_like_a_nisba_adjective_is_marked_with_its_definiteness(string word, int expected) =>
        Assert.Equal((Nisba)expected, NerFeatures.Profile(word).Nisba);

    private static ulong QuoteContext(int token, params string[] words)
    {
        var profiles = Array.ConvertAll(words, w => NerFeatures.Profile(w));
        var features = new ulong[words.Length * NerFeatures.PerToken];
        NerFeatures.Extract(profiles, features);
        return features[token * NerFeatures.PerToken + NerFeatures.QuoteContextFeature];
    }

    [Fact]
    public void A_word_deep_in_quotes_knows_the_word_before_the_quotes() =>
        Assert.NotEqual(QuoteContext(4, "برنامج", "«", "الناس", "وأنا", "معا", "»"), QuoteContext(4, "أغنية", "«", "الناس", "وأنا", "معا", "»"));

    [Fact]
    public void Words_after_the_closing_quote_have_no_quote_context() =>
        Assert.Equal(QuoteContext(4, "برنامج", "حكايات", "مساء", "اليوم", "في"), QuoteContext(4, "برنامج", "«", "حكايات", "»", "مساء"));

    [Fact]
    public void A_second_straight_quote_closes_the_quotation() =>
        Assert.Equal(QuoteContext(1, "استاد", "فارول"), QuoteContext(3, "استاد", "\"", "\"", "فارول"));
}
