using CsCheck;
using Marsad.Text.Morphology;

namespace Marsad.Tests.Text.Morphology;

public class CliticSegmenterTests
{
    /// <summary>The split written as proclitic+stem+enclitic over the surface word.</summary>
    private static string Split(string word)
    {
        var split = CliticSegmenter.Segment(word);
        return $"{split.Proclitic(word)}+{split.Stem(word)}+{split.Enclitic(word)}";
    }

    [Theory]
    [InlineData("وقال", "و+قال+")]
    [InlineData("فقال", "ف+قال+")]
    [InlineData("بقوة", "ب+قوة+")]
    [InlineData("كمدينة", "ك+مدينة+")]
    [InlineData("لوزارة", "ل+وزارة+")]
    [InlineData("الحكومة", "ال+حكومة+")]
    [InlineData("للحكومة", "لل+حكومة+")]
    [InlineData("سيقوم", "س+يقوم+")]
    public void Splits_each_single_proclitic(string word, string expected) => Assert.Equal(expected, Split(word));

    [Theory]
    [InlineData("والحكومة", "وال+حكومة+")]
    [InlineData("بالحكومة", "بال+حكومة+")]
    [InlineData("فالحكومة", "فال+حكومة+")]
    [InlineData("كالحكومة", "كال+حكومة+")]
    [InlineData("وللحكومة", "ولل+حكومة+")]
    [InlineData("فللحكومة", "فلل+حكومة+")]
    [InlineData("وبالحكومة", "وبال+حكومة+")]
    [InlineData("وسيقوم", "وس+يقوم+")]
    [InlineData("وبقوة", "وب+قوة+")]
    public void Splits_proclitic_combinations(string word, string expected) => Assert.Equal(expected, Split(word));

    [Theory]
    [InlineData("كتابهما", "+كتاب+هما")]
    [InlineData("كتابها", "+كتاب+ها")]
    [InlineData("كتابهم", "+كتاب+هم")]
    [InlineData("كتابهن", "+كتاب+هن")]
    [InlineData("كتابكم", "+كتاب+كم")]
    [InlineData("كتابكن", "+كتاب+كن")]
    [InlineData("كتابنا", "+كتاب+نا")]
    [InlineData("قرارك", "+قرار+ك")]
    [InlineData("وجوده", "+وجود+ه")]
    public void Splits_each_enclitic(string word, string expected) => Assert.Equal(expected, Split(word));

    [Theory]
    [InlineData("وبكتابهم", "وب+كتاب+هم")]
    [InlineData("لحكومتها", "ل+حكومت+ها")]
    public void Splits_proclitic_and_enclitic_together(string word, string expected) => Assert.Equal(expected, Split(word));

    [Theory]
    [InlineData("وليد")]
    [InlineData("بلال")]
    [InlineData("فلسطين")]
    [InlineData("لبنان")]
    [InlineData("الله")]
    public void Keeps_names_the_dictionary_lists_whole(string name) => Assert.Equal($"+{name}+", Split(name));

    [Theory]
    [InlineData("كركوك")]
    [InlineData("بوشهر")]
    [InlineData("فيسبوك")]
    public void Keeps_words_whose_rest_is_no_word_whole(string word) => Assert.Equal($"+{word}+", Split(word));

    [Theory]
    [InlineData("وزير")]
    [InlineData("كتاب")]
    [InlineData("وجود")]
    [InlineData("بلاد")]
    public void Keeps_listed_words_whose_rest_is_also_a_word_whole(string word) => Assert.Equal($"+{word}+", Split(word));

    [Fact]
    public void Does_not_read_the_nisba_ending_as_my() => Assert.Equal("+عربي+", Split("عربي"));

    [Fact]
    public void Takes_no_pronoun_after_the_article() => Assert.Equal("ال+عراقي+", Split("العراقي"));

    [Fact]
    public void Reads_future_seen_only_before_an_imperfect_prefix() => Assert.Equal("+سلام+", Split("سلام"));

    [Fact]
    public void Maps_lengths_back_to_the_surface_word_with_diacritics()
    {
        const string word = "وَبِالْحُكُومَةِ";
        var split = CliticSegmenter.Segment(word);
        Assert.Equal("وَبِالْ", split.Proclitic(word).ToString());
        Assert.Equal("حُكُومَةِ", split.Stem(word).ToString());
        Assert.Equal(word.Length, split.Length);
    }

    [Fact]
    public void Keeps_the_enclitic_offset_past_tatweel_and_marks()
    {
        const string word = "كتـابُهم";
        var split = CliticSegmenter.Segment(word);
        Assert.Equal("هم", split.Enclitic(word).ToString());
        Assert.Equal("كتـابُ", split.Stem(word).ToString());
    }

    [Fact]
    public void Returns_an_empty_split_for_an_empty_word() => Assert.Equal(CliticSplit.Whole(0), CliticSegmenter.Segment(""));

    [Fact]
    public void Leaves_non_arabic_tokens_whole() => Assert.Equal(CliticSplit.Whole(6), CliticSegmenter.Segment("wal123"));

    [Fact]
    public void Random_strings_never_throw_and_cover_the_word() =>
        Gen.Char['\u0600', '\u06FF'].Array[0, 20].Select(a => new string(a)).Sample(word =>
        {
            var split = CliticSegmenter.Segment(word);
            return split.Length == word.Length && split.StemLength >= 0;
        });
}
