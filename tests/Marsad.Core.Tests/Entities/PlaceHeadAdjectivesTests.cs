using Marsad.Entities;
using Marsad.Entities.Recognition;
using Marsad.Text.Tokens;

namespace Marsad.Tests.Entities;

public class PlaceHeadAdjectivesTests
{
    /// <summary>What is left of the places the tagger found (the words in <paramref name="tagged"/>, as LOC).</summary>
    private static List<string> Kept(string text, params string[] tagged)
    {
        var (tokens, mentions) = TaggedText.WithPlaces(text, tagged);
        return PlaceHeadAdjectives.Drop(text, tokens, mentions).Select(m => m.Text).ToList();
    }

    [Fact]
    public void An_indefinite_nisba_after_an_indefinite_head_is_the_heads_adjective() =>
        Assert.Equal(["حلب"], Kept("زار الوفد مدينة رئيسية في حلب أمس.", "رئيسية", "حلب"));

    [Fact]
    public void A_definite_nisba_after_a_definite_head_is_the_heads_adjective() =>
        Assert.Empty(Kept("وصل الوفد إلى المدينة الرئيسية صباحا.", "الرئيسية"));

    [Fact]
    public void A_country_name_that_reads_as_a_nisba_after_a_head_is_its_adjective() =>
        Assert.Empty(Kept("وهي آخر مدينة سورية قبل الحدود.", "سورية"));

    [Fact]
    public void A_definite_name_after_an_indefinite_head_stays_a_place() =>
        Assert.Equal(["المالكية", "الرقة"], Kept("دخلت القوات قرية المالكية ثم مدينة الرقة.", "المالكية", "الرقة"));

    [Fact]
    public void A_name_the_dictionary_does_not_know_as_a_nisba_stays_a_place() =>
        Assert.Equal(["تكساس"], Kept("ضربت العاصفة ولاية تكساس.", "تكساس"));

    [Fact]
    public void A_nisba_without_a_place_head_before_it_stays_a_place() =>
        Assert.Equal(["سورية"], Kept("عاد اللاجئون إلى سورية أمس.", "سورية"));

    [Fact]
    public void Other_types_after_a_head_are_left_alone()
    {
        const string text = "زار الوفد مدينة رئيسية أمس.";
        var tokens = new List<Token>();
        ArabicTokenizer.Tokenize(text, tokens);
        int at = text.IndexOf("رئيسية", StringComparison.Ordinal);
        var mentions = new[] { new EntityMention(at, at + 6, EntityType.Organization, "رئيسية") };
        Assert.Single(PlaceHeadAdjectives.Drop(text, tokens, mentions));
    }
}
