using Marsad.Entities.Recognition;

namespace Marsad.Tests.Entities;

public class NerStackedFeaturesTests
{
    private static readonly int BPer = NerTagSet.Begin(EntityType.Person);
    private static readonly int BLoc = NerTagSet.Begin(EntityType.Location);

    private static TokenProfile[] Profiles(params string[] words) => Array.ConvertAll(words, w => NerFeatures.Profile(w));

    [Fact]
    public void A_word_alone_in_the_document_has_no_other_occurrences()
    {
        var tokens = Profiles("وصل", "دولانويه");
        var counts = new DocumentTagCounts();
        counts.Add(tokens, [0, BPer]);

        Assert.Equal(0UL, counts.OthersMask(tokens[1].Stem, BPer));
    }

    [Fact]
    public void Other_occurrences_report_their_tags_without_the_occurrence_asked_about()
    {
        var first = Profiles("قال", "دولانويه");
        var second = Profiles("وأكد", "دولانويه");
        var counts = new DocumentTagCounts();
        counts.Add(first, [0, BPer]);
        counts.Add(second, [0, 0]);

        Assert.Equal(1UL << BPer, counts.OthersMask(second[1].Stem, 0));
    }

    [Fact]
    public void The_article_does_not_separate_occurrences_of_a_word()
    {
        var counts = new DocumentTagCounts();
        counts.Add(Profiles("الفاتيكان"), [BLoc]);

        Assert.Equal(1UL << BLoc, counts.OthersMask(NerFeatures.Profile("للفاتيكان").Stem, 0));
    }

    [Fact]
    public void A_conjunction_does_not_separate_occurrences_of_a_name()
    {
        var counts = new DocumentTagCounts();
        counts.Add(Profiles("أحمد"), [BPer]);

        Assert.Equal(1UL << BPer, counts.OthersMask(NerFeatures.Profile("وأحمد").Light, 0));
    }

    [Fact]
    public void The_dominant_type_of_other_occurrences_outweighs_their_outside_tags()
    {
        var tokens = Profiles("أورفان", "أورفان", "أورفان", "أورفان");
        var counts = new DocumentTagCounts();
        counts.Add(tokens, [BLoc, BLoc, 0, 0]);

        Assert.NotEqual(counts.Dominant(tokens[0].Stem, BLoc), counts.Dominant(tokens[2].Stem, 0));
    }

    [Fact]
    public void A_word_tagged_a_name_elsewhere_gets_other_stacked_features_than_one_never_tagged()
    {
        var tokens = Profiles("قال", "دولانويه");
        var tagged = new DocumentTagCounts();
        tagged.Add(tokens, [0, 0]);
        tagged.Add(Profiles("دولانويه"), [BPer]);
        var untagged = new DocumentTagCounts();
        untagged.Add(tokens, [0, 0]);
        var withName = new ulong[2 * NerFeatures.StackedPerToken];
        var without = new ulong[2 * NerFeatures.StackedPerToken];

        NerFeatures.ExtractStacked(tokens, [0, 0], tagged, withName);
        NerFeatures.ExtractStacked(tokens, [0, 0], untagged, without);

        Assert.NotEqual(withName[NerFeatures.StackedPerToken..], without[NerFeatures.StackedPerToken..]);
    }
}
