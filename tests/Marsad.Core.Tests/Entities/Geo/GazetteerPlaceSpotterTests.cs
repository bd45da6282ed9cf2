using Marsad.Entities;
using Marsad.Entities.Geo;
using Marsad.Entities.Recognition;
using Marsad.Text.Tokens;

namespace Marsad.Tests.Entities.Geo;

public class GazetteerPlaceSpotterTests
{
    private static readonly GazetteerPlaceSpotter Spotter = GazetteerPlaceSpotter.Default;

    /// <summary>The places spotted in <paramref name="text"/> when the tagger found only the words in <paramref name="tagged"/> (as LOC).</summary>
    private static List<string> Spotted(string text, params string[] tagged)
    {
        var (tokens, mentions) = TaggedText.WithPlaces(text, tagged);
        return Spotter.Spot(text, tokens, mentions).Except(mentions).Select(m => m.Text).ToList();
    }

    [Fact]
    public void A_town_the_dictionary_does_not_know_is_a_place_in_the_country_the_document_names() =>
        Assert.Equal(["البوكمال"], Spotted("قالت مصادر في سوريا إن آخر مدينة تحت سيطرة التنظيم هي البوكمال.", "سوريا"));

    [Fact]
    public void A_word_after_a_place_head_is_a_place_even_when_it_is_also_a_common_word() =>
        Assert.Equal(["الميادين"], Spotted("سيطر الجيش في سوريا على بلدة الميادين شرقي البلاد.", "سوريا"));

    [Fact]
    public void A_division_seat_is_a_place_even_when_it_spells_a_common_word() =>
        Assert.Equal(["الرقة"], Spotted("أعلنت القوات في سوريا الانتصار في الرقة بعد أشهر من القتال.", "سوريا"));

    [Fact]
    public void The_country_may_come_from_the_places_the_document_names() =>
        Assert.Equal(["الرقة"], Spotted("أعلنت القوات في دير الزور الانتصار في الرقة.", "دير الزور"));

    [Fact]
    public void Nothing_is_spotted_in_a_document_that_names_no_place() =>
        Assert.Empty(Spotted("أعلنت القوات الانتصار في الرقة وقرب البوكمال."));

    [Fact]
    public void Common_words_that_transliterate_to_villages_are_not_places() =>
        Assert.Empty(Spotted("تواصلت المعارك في سوريا على الحدود مع تأمين الدولة لقواتها.", "سوريا"));

    [Fact]
    public void An_adjective_of_a_place_is_not_the_place() =>
        Assert.Empty(Spotted("انتشرت القوات العراقية قرب الحدود مع سوريا.", "سوريا"));

    [Fact]
    public void A_place_head_is_not_itself_a_place() =>
        Assert.Empty(Spotted("سيطرت القوات في سوريا على نحو ثلاثين قرية وبلدة.", "سوريا"));

    [Fact]
    public void A_word_the_tagger_found_is_left_as_it_is()
    {
        const string text = "في سوريا قتال قرب البوكمال.";
        var tokens = new List<Token>();
        ArabicTokenizer.Tokenize(text, tokens);
        var mentions = new List<EntityMention>
        {
            new(3, 8, EntityType.Location, "سوريا"),
            new(text.IndexOf("البوكمال", StringComparison.Ordinal), text.IndexOf("البوكمال", StringComparison.Ordinal) + 8, EntityType.Organization, "البوكمال"),
        };

        Assert.Equal(mentions, Spotter.Spot(text, tokens, mentions));
    }

    [Fact]
    public void A_two_word_place_after_a_place_head_is_spotted_whole() =>
        Assert.Equal(["دير الزور"], Spotted("سيطرت القوات في سوريا على قرى جديدة في محافظة دير الزور.", "سوريا"));

    [Fact]
    public void A_two_word_place_without_a_head_is_left_to_the_tagger() =>
        Assert.Empty(Spotted("وصل الوفد من سوريا إلى دير الزور أمس.", "سوريا"));

    [Fact]
    public void Two_common_words_in_construct_are_no_place() =>
        Assert.Empty(Spotted("أكد الوزير في سوريا أن منطقة باب الحوار ما زالت مفتوحة.", "سوريا"));

    [Fact]
    public void A_place_head_with_a_conjunction_the_tagger_found_is_dropped()
    {
        const string text = "سيطرت القوات في سوريا على قرية وبلدة.";
        var (tokens, mentions) = TaggedText.WithPlaces(text, "سوريا", "وبلدة");
        Assert.Equal(["سوريا"], Spotter.Spot(text, tokens, mentions).Select(m => m.Text));
    }

    [Fact]
    public void A_word_with_a_pronoun_the_tagger_found_is_dropped()
    {
        const string text = "قال الوزير في سوريا سننتصر مع شركائنا.";
        var (tokens, mentions) = TaggedText.WithPlaces(text, "سوريا", "شركائنا");
        Assert.Equal(["سوريا"], Spotter.Spot(text, tokens, mentions).Select(m => m.Text));
    }

    [Fact]
    public void A_division_seat_reached_by_transliteration_alone_is_not_a_place() =>
        Assert.Empty(Spotted("قال مسؤول في السعودية إن الحال تغير في الرياض.", "السعودية", "الرياض"));

    [Fact]
    public void The_feminine_of_a_dictionary_word_is_not_spotted() =>
        Assert.Empty(Spotted("قالت المجموعة في السعودية إن الشركة التابعة لها ربحت.", "السعودية"));

    [Fact]
    public void A_capital_named_as_written_is_a_place_though_it_spells_a_common_word() =>
        Assert.Equal(["الرياض"], Spotted("وصل الوفد من السعودية إلى الرياض أمس.", "السعودية"));
}
