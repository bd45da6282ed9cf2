using CsCheck;
using Marsad.Text;
using Marsad.Text.Morphology;

namespace Marsad.Tests.Text.Morphology;

public class LightStemmerTests
{
    private static string Key(string word) => LightStemmer.Stem(MatchKeyNormalizer.Normalize(word));

    [Theory]
    [InlineData("سيارات", "سيار")]
    [InlineData("مقاتلون", "مقاتل")]
    [InlineData("مقاتلين", "مقاتل")]
    [InlineData("مقاتلتين", "مقاتل")]
    [InlineData("مقاتلة", "مقاتل")]
    [InlineData("السورية", "سوري")]
    public void Removes_each_light_suffix(string word, string expected) => Assert.Equal(expected, Key(word));

    [Fact]
    public void Removes_clitics_before_suffixes() => Assert.Equal("مقاتل", Key("وللمقاتلين"));

    [Theory]
    [InlineData("مقاتل", "المقاتلين", "مقاتليها", "مقاتلون")]
    [InlineData("حكومة", "الحكومات", "حكومته", "للحكومة")]
    public void Inflections_of_one_word_meet(params string[] words) => Assert.Single(words.Select(Key).Distinct());

    [Fact]
    public void Place_names_spelled_with_alef_or_teh_marbuta_meet() => Assert.Equal(Key("سوريا"), Key("سورية"));

    [Theory]
    [InlineData("تأمين", "تام")]
    [InlineData("قوات", "قوس")]
    [InlineData("وجوده", "جود")]
    [InlineData("لبنان", "لبن")]
    [InlineData("ثلاثين", "ثلاث")]
    public void Keeps_apart_words_light10_conflates(string first, string second) => Assert.NotEqual(Key(first), Key(second));

    [Fact]
    public void Keeps_a_listed_word_that_merely_ends_like_a_plural() => Assert.Equal("تامين", Key("تأمين"));

    [Fact]
    public void Turns_at_leaving_two_letters_back_into_teh_marbuta() => Assert.Equal(Key("قوة"), Key("قوات"));

    [Fact]
    public void Keeps_three_letters_when_removing_the_feminine_ending() => Assert.Equal("سنه", Key("سنة"));

    [Fact]
    public void Keeps_a_root_heh() => Assert.Equal("اتجاه", Key("اتجاه"));

    [Fact]
    public void Removes_the_accusative_alef_onto_a_listed_base() => Assert.Equal("وزير", Key("وزيرا"));

    [Fact]
    public void Restores_teh_marbuta_before_an_enclitic() => Assert.Equal(Key("حكومة"), Key("حكومتها"));

    [Fact]
    public void Copies_non_arabic_keys_unchanged() => Assert.Equal("covid-19", Key("covid-19"));

    [Fact]
    public void Stems_the_empty_key_to_empty() => Assert.Equal("", LightStemmer.Stem(""));

    [Fact]
    public void Stems_in_place_without_a_second_buffer()
    {
        var buffer = "والمقاتلين".ToCharArray();
        int n = LightStemmer.Stem(buffer, buffer);
        Assert.Equal("مقاتل", new string(buffer, 0, n));
    }

    [Fact]
    public void Random_keys_never_throw_and_never_grow() =>
        Gen.Char['\u0621', '\u064A'].Array[0, 20].Select(a => new string(a)).Sample(key =>
        {
            Span<char> output = stackalloc char[key.Length];
            return LightStemmer.Stem(key, output) <= key.Length;
        });
}
