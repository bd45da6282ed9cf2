using Marsad.Text;

namespace Marsad.Tests.Text;

public class ArabicCharsTests
{
    [Theory]
    [InlineData('ا')] [InlineData('ب')] [InlineData('ء')] [InlineData('ة')] [InlineData('ى')] [InlineData('ی')] [InlineData('ک')] [InlineData('ٱ')]
    public void Arabic_letters_are_letters(char c) => Assert.True(ArabicChars.IsArabicLetter(c));

    [Theory]
    [InlineData('ﻻ')] [InlineData('ﷲ')] [InlineData('ﺑ')]
    public void Presentation_forms_are_letters(char c) => Assert.True(ArabicChars.IsArabicLetter(c));

    [Fact]
    public void Tatweel_is_not_a_letter() => Assert.False(ArabicChars.IsArabicLetter('ـ'));

    [Fact]
    public void Superscript_alef_is_not_a_letter() => Assert.False(ArabicChars.IsArabicLetter('\u0670'));

    [Theory]
    [InlineData('،')] [InlineData('؟')] [InlineData('٣')] [InlineData('۳')] [InlineData('\u064E')] [InlineData('a')] [InlineData('\uFDFC')]
    public void Punctuation_digits_diacritics_latin_and_rial_sign_are_not_arabic_letters(char c) => Assert.False(ArabicChars.IsArabicLetter(c));

    [Theory]
    [InlineData('\u064B')] [InlineData('\u064E')] [InlineData('\u0651')] [InlineData('\u0652')] [InlineData('\u0670')] [InlineData('\u0615')] [InlineData('\u06D6')] [InlineData('\u06E5')] [InlineData('\u08F0')]
    public void Harakat_shadda_sukun_and_quranic_marks_are_diacritics(char c) => Assert.True(ArabicChars.IsDiacritic(c));

    [Theory]
    [InlineData('ـ')] [InlineData('\u06DD')] [InlineData('\u06DE')] [InlineData('\u06E9')] [InlineData('ب')]
    public void Tatweel_ayah_signs_and_letters_are_not_diacritics(char c) => Assert.False(ArabicChars.IsDiacritic(c));

    [Fact]
    public void Tatweel_is_a_word_character() => Assert.True(ArabicChars.IsArabicWordChar('ـ'));

    [Theory]
    [InlineData('7', 7)] [InlineData('٧', 7)] [InlineData('۷', 7)] [InlineData('0', 0)] [InlineData('٠', 0)] [InlineData('۹', 9)]
    public void Digits_of_the_three_scripts_have_their_value(char c, int value)
    {
        Assert.True(ArabicChars.IsDigit(c));
        Assert.Equal(value, ArabicChars.DigitValue(c));
    }

    [Theory]
    [InlineData('a')] [InlineData('٫')] [InlineData('/')] [InlineData(':')]
    public void Non_digits_have_no_value(char c)
    {
        Assert.False(ArabicChars.IsDigit(c));
        Assert.Equal(-1, ArabicChars.DigitValue(c));
    }

    [Theory]
    [InlineData('\u200E')] [InlineData('\u200F')] [InlineData('\u061C')] [InlineData('\uFEFF')] [InlineData('\u2067')] [InlineData('\u202B')] [InlineData('\u00AD')]
    public void Directional_and_format_marks_are_invisible(char c) => Assert.True(ArabicChars.IsInvisibleMark(c));

    [Theory]
    [InlineData('\u200C')] [InlineData('\u200D')]
    public void Zwnj_and_zwj_are_not_counted_as_invisible(char c) => Assert.False(ArabicChars.IsInvisibleMark(c));

    [Theory]
    [InlineData('a')] [InlineData('Z')] [InlineData('é')] [InlineData('Ł')] [InlineData('ẞ')]
    public void Latin_letters_with_and_without_accents_are_latin(char c) => Assert.True(ArabicChars.IsLatinLetter(c));

    [Theory]
    [InlineData('×')] [InlineData('÷')] [InlineData('@')] [InlineData('[')] [InlineData('`')] [InlineData('{')] [InlineData('ب')]
    public void Signs_next_to_latin_letters_in_the_code_table_are_not_latin(char c) => Assert.False(ArabicChars.IsLatinLetter(c));

    [Theory]
    [InlineData(' ')] [InlineData('\t')] [InlineData('\u00A0')] [InlineData('\u2009')] [InlineData('\u202F')]
    public void Spaces_of_every_width_are_horizontal_space(char c) => Assert.True(ArabicChars.IsHorizontalSpace(c));

    [Theory]
    [InlineData('\n')] [InlineData('\r')] [InlineData('\u200B')]
    public void Line_breaks_and_zero_width_space_are_not_horizontal_space(char c) => Assert.False(ArabicChars.IsHorizontalSpace(c));

    [Theory]
    [InlineData('"')] [InlineData('«')] [InlineData('»')] [InlineData('“')] [InlineData('”')] [InlineData('„')] [InlineData('″')]
    public void Double_quotes_of_every_style_are_double_quotes(char c) => Assert.True(ArabicChars.IsDoubleQuote(c));

    [Theory]
    [InlineData('\'')] [InlineData('’')]
    public void Single_quotes_are_not_double_quotes(char c) => Assert.False(ArabicChars.IsDoubleQuote(c));

    [Theory]
    [InlineData('-')] [InlineData('\u2010')] [InlineData('–')] [InlineData('—')] [InlineData('\u2212')]
    public void Hyphens_and_dashes_of_every_width_are_dashes(char c) => Assert.True(ArabicChars.IsDash(c));

    [Fact]
    public void Tatweel_is_not_a_dash() => Assert.False(ArabicChars.IsDash('ـ'));

    [Fact]
    public void Lowering_agrees_with_the_runtime_for_every_character()
    {
        for (int c = 0; c <= char.MaxValue; c++)
            Assert.Equal(char.ToLowerInvariant((char)c), ArabicChars.ToLowerInvariant((char)c));
    }

    [Theory]
    [InlineData("")] [InlineData("قسد")] [InlineData("SDF")] [InlineData("Ölçer")] [InlineData("قسد SDF ١٢")] [InlineData("ΣΊΣΥΦΟΣ")]
    public void Lowering_a_span_agrees_with_the_runtime(string text) =>
        Assert.Equal(text.ToLowerInvariant(), ArabicChars.ToLowerInvariant(text.AsSpan()));
}
