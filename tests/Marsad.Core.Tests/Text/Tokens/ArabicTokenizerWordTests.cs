using Marsad.Text.Tokens;
using static Marsad.Tests.Text.Tokens.TokenizerAssert;

namespace Marsad.Tests.Text.Tokens;

public class ArabicTokenizerWordTests
{
    [Fact]
    public void Empty_text_has_no_tokens() => Assert.Empty(Tokenized(""));

    [Fact]
    public void Whitespace_and_line_breaks_alone_have_no_tokens() => Assert.Empty(Tokenized(" \t\n\r\n\u00A0 "));

    [Fact]
    public void Arabic_words_are_split_at_spaces() =>
        Assert.Equal([("أعلنت", TokenKind.ArabicWord), ("الوزارة", TokenKind.ArabicWord)], Tokenized("أعلنت الوزارة"));

    [Fact]
    public void Arabic_words_are_split_at_line_breaks() =>
        Assert.Equal(["انتهى", "الاجتماع"], Surfaces("انتهى\nالاجتماع"));

    [Fact]
    public void Diacritics_stay_inside_the_word() =>
        Assert.Equal(["وَقَالَ", "الرَّئِيسُ"], Surfaces("وَقَالَ الرَّئِيسُ"));

    [Fact]
    public void Tatweel_stays_inside_the_word() => Single("الحـــرب", TokenKind.ArabicWord);

    [Fact]
    public void Zwnj_between_letters_stays_inside_the_word() => Single("می\u200Cخواهد", TokenKind.ArabicWord);

    [Fact]
    public void Zwj_between_letters_stays_inside_the_word() => Single("ل\u200Dا", TokenKind.ArabicWord);

    [Fact]
    public void Zwnj_at_the_end_of_a_word_is_left_out() => Assert.Equal(["كلمة", "أخرى"], Surfaces("كلمة\u200C أخرى"));

    [Fact]
    public void A_run_of_tatweel_with_no_letter_is_a_symbol() => Single("ـــــــ", TokenKind.Symbol);

    [Fact]
    public void Directional_marks_separate_words_and_belong_to_none() =>
        Assert.Equal(["سوريا", "قال"], Surfaces("\u200Fسوريا\u200F\u200Eقال\u200F"));

    [Fact]
    public void Presentation_form_ligature_is_an_arabic_word() => Single("ﷲ", TokenKind.ArabicWord);

    [Fact]
    public void Arabic_letters_then_digits_split_into_word_and_number() =>
        Assert.Equal([("كوفيد", TokenKind.ArabicWord), ("19", TokenKind.Number)], Tokenized("كوفيد19"));

    [Fact]
    public void Year_with_attached_meem_splits_into_number_and_word() =>
        Assert.Equal([("2018", TokenKind.Number), ("م", TokenKind.ArabicWord)], Tokenized("2018م"));

    [Fact]
    public void Arabic_and_latin_letters_never_share_a_word() =>
        Assert.Equal([("سوريا", TokenKind.ArabicWord), ("Syria", TokenKind.LatinWord)], Tokenized("سورياSyria"));

    [Fact]
    public void Latin_word_keeps_an_inner_hyphen() => Single("al-Assad", TokenKind.LatinWord);

    [Fact]
    public void Latin_word_keeps_an_inner_apostrophe() => Single("O'Brien", TokenKind.LatinWord);

    [Fact]
    public void Latin_word_keeps_an_inner_typographic_apostrophe() => Single("Assad’s", TokenKind.LatinWord);

    [Fact]
    public void Hyphen_at_the_end_of_a_latin_word_is_punctuation() =>
        Assert.Equal([("pro", TokenKind.LatinWord), ("-", TokenKind.Punctuation), ("and", TokenKind.LatinWord)], Tokenized("pro- and"));

    [Fact]
    public void Single_quotes_around_a_latin_word_are_punctuation() => Assert.Equal(["'", "Raqqa", "'"], Surfaces("'Raqqa'"));

    [Fact]
    public void Latin_letters_and_digits_make_one_word() => Single("F16", TokenKind.LatinWord);

    [Fact]
    public void Latin_word_keeps_a_hyphen_before_digits() => Single("COVID-19", TokenKind.LatinWord);

    [Fact]
    public void Digits_running_into_latin_letters_make_a_latin_word() => Single("5G", TokenKind.LatinWord);

    [Fact]
    public void Precomposed_accented_latin_word_is_one_word() => Single("Genève", TokenKind.LatinWord);

    [Fact]
    public void Latin_word_keeps_a_combining_accent() => Single("Gene\u0300ve", TokenKind.LatinWord);

    [Fact]
    public void Word_of_another_script_is_an_other_word() => Single("Москва", TokenKind.OtherWord);

    [Fact]
    public void Tokenize_appends_to_the_list_it_is_given()
    {
        var tokens = new List<Token> { new(0, 1, TokenKind.Symbol) };
        ArabicTokenizer.Tokenize("قال الوزير", tokens);
        Assert.Equal([new Token(0, 1, TokenKind.Symbol), new Token(0, 3, TokenKind.ArabicWord), new Token(4, 6, TokenKind.ArabicWord)], tokens);
    }

    [Fact]
    public void Offsets_point_into_the_text_after_leading_spaces()
    {
        var tokens = new List<Token>();
        ArabicTokenizer.Tokenize("  دمشق", tokens);
        Assert.Equal([new Token(2, 4, TokenKind.ArabicWord)], tokens);
    }

    [Fact]
    public void Count_counts_the_tokens_of_a_sentence() =>
        Assert.Equal(8, ArabicTokenizer.Count("قال «المرصد» إن 50% من القرى"));

    [Fact]
    public void Enumerate_yields_the_same_tokens_as_tokenize()
    {
        const string text = "أعلنت #قسد السبت 16:45 https://t.co/x";
        var listed = new List<Token>();
        ArabicTokenizer.Tokenize(text, listed);
        var enumerated = new List<Token>();
        foreach (var token in ArabicTokenizer.Enumerate(text)) enumerated.Add(token);
        Assert.Equal(listed, enumerated);
    }
}
