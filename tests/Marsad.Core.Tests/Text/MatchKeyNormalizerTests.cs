using CsCheck;
using Marsad.Tests.Text.Tokens;
using Marsad.Text;

namespace Marsad.Tests.Text;

public class MatchKeyNormalizerTests
{
    private static readonly MatchKeyOptions KeepSeats = new(FoldHamzaOnSeats: false);
    private static readonly MatchKeyOptions KeepCase = new(FoldLatinCase: false);

    private static void Check(string input, string expected, MatchKeyOptions? options = null) =>
        Assert.Equal(expected, MatchKeyNormalizer.Normalize(input, options));

    [Fact]
    public void Empty_input_gives_an_empty_key() => Check("", "");

    [Fact]
    public void Text_that_is_already_a_key_comes_back_as_the_same_instance()
    {
        string key = "قال الرييس";
        Assert.Same(key, MatchKeyNormalizer.Normalize(key));
    }

    [Fact]
    public void Harakat_tanween_shadda_and_sukun_are_removed() => Check("مُحَمَّدٌ وَالْقُدْسِ", "محمد والقدس");

    [Fact]
    public void Superscript_alef_is_removed() => Check("هٰذا", "هذا");

    [Fact]
    public void Quranic_annotation_marks_are_removed() => Check("الكتاب\u06D6 لا\u06DA", "الكتاب لا");

    [Fact]
    public void Extended_arabic_marks_are_removed() => Check("ب\u08F0ر", "بر");

    [Fact]
    public void Tatweel_is_removed() => Check("الحـــرب", "الحرب");

    [Fact]
    public void Alef_with_hamza_above_becomes_alef() => Check("أحمد", "احمد");

    [Fact]
    public void Alef_with_hamza_below_becomes_alef() => Check("إسلام", "اسلام");

    [Fact]
    public void Alef_with_madda_becomes_alef() => Check("آذار", "اذار");

    [Fact]
    public void Alef_wasla_becomes_alef() => Check("ٱلله", "الله");

    [Fact]
    public void Alef_maksura_becomes_yeh() => Check("مصطفى", "مصطفي");

    [Fact]
    public void Teh_marbuta_becomes_heh() => Check("فاطمة", "فاطمه");

    [Fact]
    public void Waw_with_hamza_becomes_waw_by_default() => Check("مؤتمر", "موتمر");

    [Fact]
    public void Waw_with_hamza_stays_when_seats_are_kept() => Check("مؤتمر", "مؤتمر", KeepSeats);

    [Fact]
    public void Yeh_with_hamza_becomes_yeh_by_default() => Check("رئيس", "رييس");

    [Fact]
    public void Yeh_with_hamza_stays_when_seats_are_kept() => Check("رئيس", "رئيس", KeepSeats);

    [Fact]
    public void Persian_keheh_becomes_kaf() => Check("کرد", "كرد");

    [Fact]
    public void Persian_yeh_becomes_arabic_yeh() => Check("ایران", "ايران");

    [Fact]
    public void Yeh_barree_becomes_arabic_yeh() => Check("بے", "بي");

    [Fact]
    public void Arabic_indic_digits_become_ascii() => Check("٢٠١٨", "2018");

    [Fact]
    public void Persian_digits_become_ascii() => Check("۱۳۹۷", "1397");

    [Fact]
    public void Ascii_digits_stay() => Check("2018", "2018");

    [Fact]
    public void Arabic_decimal_separator_becomes_a_full_stop() => Check("٣٫٥", "3.5");

    [Fact]
    public void Arabic_thousands_separator_becomes_a_comma() => Check("١٬٢٠٠", "1,200");

    [Fact]
    public void Arabic_percent_sign_becomes_ascii_percent() => Check("٥٠٪", "50%");

    [Fact]
    public void Guillemets_become_straight_double_quotes() => Check("«حلب»", "\"حلب\"");

    [Fact]
    public void Curly_double_quotes_become_straight_double_quotes() => Check("“داعش”", "\"داعش\"");

    [Fact]
    public void Low_double_quote_becomes_a_straight_double_quote() => Check("„قسد“", "\"قسد\"");

    [Fact]
    public void Double_prime_used_as_a_quote_becomes_a_straight_double_quote() => Check("″حلب″", "\"حلب\"");

    [Fact]
    public void En_dash_becomes_a_hyphen() => Check("2011–2018", "2011-2018");

    [Fact]
    public void Em_dash_becomes_a_hyphen() => Check("دمشق — حلب", "دمشق - حلب");

    [Fact]
    public void Unicode_hyphen_becomes_a_hyphen() => Check("al\u2010Assad", "al-assad");

    [Fact]
    public void Horizontal_bar_becomes_a_hyphen() => Check("\u2015", "-");

    [Fact]
    public void Minus_sign_becomes_a_hyphen() => Check("\u22125", "-5");

    [Fact]
    public void Directional_marks_are_dropped() => Check("\u200Fدمشق\u200E\u061C", "دمشق");

    [Fact]
    public void Byte_order_mark_and_word_joiner_are_dropped() => Check("\uFEFFحلب\u2060", "حلب");

    [Fact]
    public void Zwnj_and_zwj_are_dropped() => Check("می\u200Cخواهد ل\u200Dا", "ميخواهد لا");

    [Fact]
    public void Soft_hyphen_is_dropped() => Check("Damas\u00ADcus", "damascus");

    [Fact]
    public void Latin_letters_are_lower_cased_by_default() => Check("ISIS", "isis");

    [Fact]
    public void Accented_latin_capitals_are_lower_cased() => Check("GENÈVE ŁÓDŹ", "genève łódź");

    [Fact]
    public void Latin_case_stays_when_case_folding_is_off() => Check("ISIS", "ISIS", KeepCase);

    [Fact]
    public void Span_overload_returns_the_length_written()
    {
        Span<char> destination = stackalloc char[8];
        int written = MatchKeyNormalizer.Normalize("أَحمد", destination);
        Assert.Equal("احمد", destination[..written].ToString());
    }

    [Fact]
    public void Span_overload_rejects_a_destination_shorter_than_the_source() =>
        Assert.Throws<ArgumentException>(() => MatchKeyNormalizer.Normalize("أحمد", new char[3]));

    [Fact]
    public void A_key_is_normalized() => Assert.True(MatchKeyNormalizer.IsNormalized("احمد 2018"));

    [Fact]
    public void Text_with_hamza_on_alef_is_not_normalized() => Assert.False(MatchKeyNormalizer.IsNormalized("أحمد"));

    [Fact]
    public void Text_with_a_nul_character_is_not_normalized() => Assert.False(MatchKeyNormalizer.IsNormalized("a\0b"));

    private static readonly Gen<(string Text, MatchKeyOptions Options)> TextAndOptions =
        ArabicTokenizerPropertyTests.NewsLikeText.Select(Gen.Bool, Gen.Bool, (text, seats, latinCase) => (text, new MatchKeyOptions(seats, latinCase)));

    [Fact]
    public void Normalizing_twice_equals_normalizing_once() =>
        TextAndOptions.Sample(x =>
        {
            string once = MatchKeyNormalizer.Normalize(x.Text, x.Options);
            Assert.Equal(once, MatchKeyNormalizer.Normalize(once, x.Options));
        }, iter: 20_000);

    [Fact]
    public void Key_is_never_longer_than_its_input() =>
        TextAndOptions.Sample(x => Assert.True(MatchKeyNormalizer.Normalize(x.Text, x.Options).Length <= x.Text.Length), iter: 20_000);

    [Fact]
    public void Key_is_recognised_as_normalized() =>
        TextAndOptions.Sample(x => Assert.True(MatchKeyNormalizer.IsNormalized(MatchKeyNormalizer.Normalize(x.Text, x.Options), x.Options)), iter: 20_000);

    [Fact]
    public void Every_single_character_folds_idempotently()
    {
        for (int c = 0; c <= char.MaxValue; c++)
        {
            char folded = MatchKeyNormalizer.Fold((char)c);
            if (folded != '\0') Assert.Equal(folded, MatchKeyNormalizer.Fold(folded));
        }
    }
}
