using Marsad.Entities.Recognition;

namespace Marsad.Tests.Entities;

public class NerNamesTests
{
    private static readonly System.Collections.Frozen.FrozenDictionary<string, NameListFlags> Words =
        NerNames.Build(["الولايات المتحدة", "موريتانيا"], ["حركة الشباب"]);

    [Fact]
    public void The_first_word_of_a_place_name_is_flagged_as_such() =>
        Assert.Equal(NameListFlags.PlaceFirst, Words["موريتانيا"]);

    [Fact]
    public void A_later_word_of_a_place_name_is_flagged_inner() =>
        Assert.Equal(NameListFlags.PlaceInner, Words["متحده"]);

    [Fact]
    public void Words_are_keyed_without_the_article() =>
        Assert.Equal(NameListFlags.PlaceFirst, Words["ولايات"]);

    [Fact]
    public void Actor_names_have_flags_of_their_own() =>
        Assert.Equal(NameListFlags.ActorInner, Words["شباب"]);

    [Fact]
    public void The_embedded_lists_know_a_country_by_its_article_stripped_key() =>
        Assert.True(NerNames.Classify("عراق").HasFlag(NameListFlags.PlaceFirst));
}
