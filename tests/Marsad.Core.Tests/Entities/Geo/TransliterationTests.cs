using CsCheck;
using Marsad.Entities.Geo;

namespace Marsad.Tests.Entities.Geo;

public class TransliterationTests
{
    /// <summary>An Arabic spelling and a romanisation meet when some reading of the Arabic has the Latin skeleton.</summary>
    private static bool Meet(string arabic, string latin)
    {
        string skeleton = Transliteration.LatinKey(latin).Skeleton;
        return Transliteration.ArabicKeys(arabic).Any(k => k.Skeleton == skeleton);
    }

    private static void AssertMeet(string arabic, string latin) =>
        Assert.True(Meet(arabic, latin), $"{arabic} should meet {latin}: [{string.Join(", ", Transliteration.ArabicKeys(arabic).Select(k => k.Skeleton))}] vs {Transliteration.LatinKey(latin).Skeleton}");

    [Fact]
    public void Empty_input_gives_no_key()
    {
        Assert.Empty(Transliteration.ArabicKeys(""));
        Assert.Equal("", Transliteration.LatinKey("").Skeleton);
    }

    [Fact]
    public void Random_Arabic_strings_give_at_most_the_capped_number_of_keys() =>
        Gen.Char['\u0600', '\u06FF'].Array[0, 30].Select(a => new string(a)).Sample(text =>
            Transliteration.ArabicKeys(text).Count <= Transliteration.MaxArabicKeys);

    [Fact]
    public void Random_Latin_strings_give_keys_of_class_letters_only() =>
        Gen.String.Sample(text => Transliteration.LatinKey(text).Skeleton.All(char.IsAsciiLetter));

    [Fact]
    public void Jeem_meets_j_g_and_dj()
    {
        AssertMeet("جبل", "Jabal");
        AssertMeet("جبل", "Gebel");
        AssertMeet("جربة", "Djerba");
    }

    [Fact]
    public void Khah_meets_kh() => AssertMeet("خان", "Khān");

    [Fact]
    public void Qaf_meets_q_k_and_g()
    {
        AssertMeet("قصر", "Qaşr");
        AssertMeet("قصر", "Ksar");
        AssertMeet("قرن", "Gurn");
    }

    [Fact]
    public void Ain_and_hamza_leave_no_consonant()
    {
        AssertMeet("عين", "‘Ayn");
        AssertMeet("رأس", "Ra’s");
    }

    [Fact]
    public void Ghain_meets_gh_and_g()
    {
        AssertMeet("غرب", "Gharb");
        AssertMeet("غرب", "Garb");
    }

    [Fact]
    public void Theh_meets_th_and_s()
    {
        AssertMeet("ثورة", "Thawrah");
        AssertMeet("ثورة", "Sawra");
    }

    [Fact]
    public void Thal_meets_dh_and_z()
    {
        AssertMeet("ذهب", "Dhahab");
        AssertMeet("ذهب", "Zahab");
    }

    [Fact]
    public void Sheen_meets_sh_and_french_ch()
    {
        AssertMeet("شط", "Shaţţ");
        AssertMeet("شط", "Chott");
    }

    [Fact]
    public void Emphatic_letters_meet_their_plain_romanisations()
    {
        AssertMeet("صخر", "Şakhr");
        AssertMeet("طلع", "Tala‘");
        AssertMeet("ضبع", "Ḑab‘");
        AssertMeet("ظهر", "Z̧ahr");
    }

    [Fact]
    public void Dad_meets_english_dh() => AssertMeet("رياض", "Riyadh");

    [Fact]
    public void Waw_and_yeh_meet_semivowels_and_vowels()
    {
        AssertMeet("وادي", "Wādī");
        AssertMeet("يبرود", "Yabrūd");
        AssertMeet("بيت", "Bayt");
        AssertMeet("بيت", "Beit");
        AssertMeet("سوق", "Souk");
    }

    [Fact]
    public void Teh_marbuta_meets_ah_a_and_eh()
    {
        AssertMeet("جبلة", "Jablah");
        AssertMeet("جبلة", "Jabla");
        AssertMeet("جبلة", "Jableh");
    }

    [Fact]
    public void Teh_marbuta_in_a_construct_phrase_reads_t() => AssertMeet("مدينة الثورة", "Madīnat ath Thawrah");

    [Fact]
    public void The_article_is_dropped_on_both_sides()
    {
        AssertMeet("الحمة", "Al Ḩammah");
        AssertMeet("الحمة", "El-Hamma");
        AssertMeet("حمة", "Al Ḩammah");
    }

    [Fact]
    public void Sun_letter_articles_are_dropped_and_the_doubled_letter_collapses()
    {
        AssertMeet("الرستن", "Ar Rastan");
        AssertMeet("الشيخ مسكين", "Ash Shaykh Miskīn");
        AssertMeet("تل الزعتر", "Tall az-Za‘tar");
        AssertMeet("تل الزعتر", "Tell ez Zaatar");
    }

    [Fact]
    public void An_article_glued_in_the_romanisation_meets_the_arabic_article_kept() => AssertMeet("البوحمد", "Ālbū Ḩamad");

    [Fact]
    public void A_word_that_is_only_an_article_is_not_dropped_at_the_end() =>
        Assert.Equal("l", Transliteration.LatinKey("Al").Skeleton);

    [Fact]
    public void Macrons_and_cedillas_do_not_change_the_skeleton() =>
        Assert.Equal(Transliteration.LatinKey("Hamah").Skeleton, Transliteration.LatinKey("Ḩamāh").Skeleton);

    [Fact]
    public void Macron_vowels_are_long_in_the_vocalised_form() =>
        Assert.Equal("maIAdIn", Transliteration.LatinKey("Al Mayādīn").Vocalized);

    [Fact]
    public void Different_consonants_do_not_meet() => Assert.False(Meet("حمص", "Ḩamāh"));

    [Fact]
    public void The_usual_reading_comes_first()
    {
        var keys = Transliteration.ArabicKeys("القصر");
        Assert.Equal("qsr", keys[0].Skeleton);
        Assert.Equal(0, keys[0].Penalty);
        Assert.Contains(keys, k => k.Skeleton == "lqsr" && k.Penalty > 0);
    }

    [Fact]
    public void Division_words_are_left_out_of_division_keys() =>
        Assert.Equal(Transliteration.LatinKey("Damascus").Skeleton, Transliteration.LatinDivisionKey("Damascus Governorate").Skeleton);

    [Fact]
    public void Teh_marbuta_after_a_long_a_adds_no_vowel_as_the_romanised_aah_ending_does_not() =>
        Assert.Equal(("hmA", "hamA"), (Transliteration.ArabicKeys("حماة")[0].Vocalized, Transliteration.LatinKey("Ḩamāh").Vocalized));
}
