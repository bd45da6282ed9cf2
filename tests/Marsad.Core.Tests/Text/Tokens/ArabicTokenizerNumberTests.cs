using Marsad.Text.Tokens;
using static Marsad.Tests.Text.Tokens.TokenizerAssert;

namespace Marsad.Tests.Text.Tokens;

public class ArabicTokenizerNumberTests
{
    [Fact]
    public void Ascii_digits_are_a_number() => Single("2018", TokenKind.Number);

    [Fact]
    public void Arabic_indic_digits_are_a_number() => Single("٢٠١٨", TokenKind.Number);

    [Fact]
    public void Persian_digits_are_a_number() => Single("۱۳۹۷", TokenKind.Number);

    [Fact]
    public void Decimal_point_between_digits_stays_in_the_number() => Single("1.5", TokenKind.Number);

    [Fact]
    public void Thousands_comma_between_digits_stays_in_the_number() => Single("1,200", TokenKind.Number);

    [Fact]
    public void Arabic_decimal_separator_stays_in_the_number() => Single("٣٫٥", TokenKind.Number);

    [Fact]
    public void Arabic_thousands_separator_stays_in_the_number() => Single("١٬٢٠٠", TokenKind.Number);

    [Fact]
    public void Percent_sign_after_digits_stays_in_the_number() => Single("50%", TokenKind.Number);

    [Fact]
    public void Arabic_percent_sign_after_digits_stays_in_the_number() => Single("٥٠٪", TokenKind.Number);

    [Fact]
    public void Full_stop_after_a_number_at_sentence_end_is_punctuation() =>
        Assert.Equal([("عام", TokenKind.ArabicWord), ("2018", TokenKind.Number), (".", TokenKind.Punctuation)], Tokenized("عام 2018."));

    [Fact]
    public void Arabic_comma_after_a_number_is_punctuation() =>
        Assert.Equal([("2018", TokenKind.Number), ("،", TokenKind.Punctuation), ("قال", TokenKind.ArabicWord)], Tokenized("2018، قال"));

    [Fact]
    public void Comma_followed_by_a_space_ends_the_number() => Assert.Equal(["1", ",", "2"], Surfaces("1, 2"));

    [Fact]
    public void Clock_time_is_one_number() => Single("16:45", TokenKind.Number);

    [Fact]
    public void Colon_after_a_number_is_punctuation() => Assert.Equal(["2018", ":"], Surfaces("2018:"));

    [Fact]
    public void Year_range_is_two_numbers_and_a_dash() =>
        Assert.Equal([("2011", TokenKind.Number), ("-", TokenKind.Punctuation), ("2018", TokenKind.Number)], Tokenized("2011-2018"));

    [Fact]
    public void Minus_sign_is_not_part_of_the_number() => Assert.Equal(["-", "5"], Surfaces("-5"));

    [Fact]
    public void Decimal_number_before_a_latin_unit_stays_a_number() =>
        Assert.Equal([("1.5", TokenKind.Number), ("km", TokenKind.LatinWord)], Tokenized("1.5km"));

    [Fact]
    public void Arabic_indic_digits_never_join_latin_letters() =>
        Assert.Equal([("٥", TokenKind.Number), ("G", TokenKind.LatinWord)], Tokenized("٥G"));

    [Fact]
    public void Number_is_split_from_a_following_arabic_unit() =>
        Assert.Equal([("٣٠", TokenKind.Number), ("كم", TokenKind.ArabicWord)], Tokenized("٣٠كم"));
}
