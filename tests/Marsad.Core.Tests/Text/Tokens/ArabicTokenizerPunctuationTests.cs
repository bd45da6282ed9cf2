using Marsad.Text.Tokens;
using static Marsad.Tests.Text.Tokens.TokenizerAssert;

namespace Marsad.Tests.Text.Tokens;

public class ArabicTokenizerPunctuationTests
{
    [Fact]
    public void Each_punctuation_mark_is_its_own_token() =>
        Assert.Equal([("حقا", TokenKind.ArabicWord), ("؟", TokenKind.Punctuation), ("!", TokenKind.Punctuation)], Tokenized("حقا؟!"));

    [Fact]
    public void Arabic_semicolon_is_punctuation() => Assert.Equal(["انتهى", "؛", "ثم"], Surfaces("انتهى؛ ثم"));

    [Fact]
    public void Run_of_full_stops_is_one_token() =>
        Assert.Equal([("وبعد", TokenKind.ArabicWord), ("...", TokenKind.Punctuation)], Tokenized("وبعد..."));

    [Fact]
    public void Ellipsis_character_is_one_token() => Assert.Equal(["وبعد", "…"], Surfaces("وبعد…"));

    [Fact]
    public void Guillemets_are_separate_from_the_quoted_word() => Assert.Equal(["«", "الحرية", "»"], Surfaces("«الحرية»"));

    [Fact]
    public void Curly_quotes_are_separate_from_the_quoted_word() => Assert.Equal(["“", "داعش", "”"], Surfaces("“داعش”"));

    [Fact]
    public void Brackets_are_separate_from_the_word() => Assert.Equal(["(", "قسد", ")"], Surfaces("(قسد)"));

    [Fact]
    public void Em_dash_is_punctuation() => Single("—", TokenKind.Punctuation);

    [Fact]
    public void Currency_sign_is_a_symbol() => Assert.Equal([("$", TokenKind.Symbol), ("100", TokenKind.Number)], Tokenized("$100"));

    [Fact]
    public void Plus_sign_is_a_symbol() => Single("+", TokenKind.Symbol);

    [Fact]
    public void Emoji_outside_the_bmp_is_one_symbol() => Single("👍", TokenKind.Symbol);

    [Fact]
    public void Variation_selector_stays_with_its_emoji() => Single("❤\uFE0F", TokenKind.Symbol);

    [Fact]
    public void Lone_surrogate_is_a_one_character_symbol() =>
        Assert.Equal([("\uD83D", TokenKind.Symbol), ("نص", TokenKind.ArabicWord)], Tokenized("\uD83Dنص"));

    [Fact]
    public void Stray_diacritic_after_a_space_is_a_symbol() => Assert.Equal([("قال", TokenKind.ArabicWord), ("َ", TokenKind.Symbol)], Tokenized("قال َ"));
}
