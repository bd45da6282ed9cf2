using Marsad.Entities.Recognition;

namespace Marsad.Tests.Entities;

public class ArabicNameWordsTests
{
    private static readonly System.Collections.Frozen.FrozenDictionary<string, NameWordFlags> Words =
        ArabicNameWords.Build(
            persons: ["جاسم", "باراك أوباما"],
            familyNames: ["الحداد"],
            places: ["سان فرانسيسكو"],
            clubs: ["نادي الزمالك"],
            nationalities: ["المكسيكية"]);

    [Fact]
    public void A_one_word_person_entry_is_a_given_name() =>
        Assert.Equal(NameWordFlags.Given, Words["جاسم"]);

    [Fact]
    public void The_later_word_of_a_listed_person_is_a_family_name() =>
        Assert.Equal(NameWordFlags.Family, Words["اوباما"]);

    [Fact]
    public void A_last_name_list_entry_is_a_family_name_keyed_without_its_article() =>
        Assert.Equal(NameWordFlags.Family, Words["حداد"]);

    [Fact]
    public void Places_mark_their_first_and_later_words_apart()
    {
        Assert.Equal(NameWordFlags.PlaceFirst, Words["سان"]);
        Assert.Equal(NameWordFlags.PlaceInner, Words["فرانسيسكو"]);
    }

    [Fact]
    public void A_club_name_marks_its_head_and_its_proper_name() =>
        Assert.Equal((NameWordFlags.ClubFirst, NameWordFlags.ClubInner), (Words["نادي"], Words["زمالك"]));

    [Fact]
    public void Nationality_adjectives_are_keyed_as_match_keys() =>
        Assert.Equal(NameWordFlags.Nationality, Words["مكسيكيه"]);

    [Fact]
    public void The_shipped_lists_know_a_given_name_behind_a_conjunction() =>
        Assert.True(NerFeatures.Profile("وجاسم").Listed.HasFlag(NameWordFlags.Given));

    [Fact]
    public void The_shipped_lists_know_a_city_behind_a_preposition() =>
        Assert.True(NerFeatures.Profile("لبغداد").Listed.HasFlag(NameWordFlags.PlaceFirst));

    [Fact]
    public void The_shipped_lists_know_a_nationality_with_its_article() =>
        Assert.True(NerFeatures.Profile("المكسيكية").Listed.HasFlag(NameWordFlags.Nationality));

    [Fact]
    public void A_common_verb_is_in_no_list() =>
        Assert.Equal(NameWordFlags.None, NerFeatures.Profile("أعلنت").Listed);
}
