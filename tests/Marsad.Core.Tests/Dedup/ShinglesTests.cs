using Marsad.Text;

namespace Marsad.Tests.Dedup;

public class ShinglesTests
{
    [Theory]
    [InlineData("سوريا", "سوريه")]
    [InlineData("شرق", "شرقي")]
    [InlineData("الرقه", "بالرقه")]
    [InlineData("الاخيره", "الاخير")]
    public void Loose_keys_meet_across_spelling_habits(string a, string b) =>
        Assert.Equal(MatchKeyWords.LooseKey(a).ToString(), MatchKeyWords.LooseKey(b).ToString());

    [Fact]
    public void Words_are_equal_across_diacritics_and_hamza_forms() =>
        Assert.Equal(MatchKeyWords.Hashes("أَعلنَ إلى"), MatchKeyWords.Hashes("اعلن الى"));

    [Fact]
    public void Exact_key_ignores_whitespace_runs_but_not_word_boundaries()
    {
        Assert.Equal(MatchKeyWords.ExactKeyHash("قال  الوزير\n اليوم "), MatchKeyWords.ExactKeyHash("قال الوزير اليوم"));
        Assert.NotEqual(MatchKeyWords.ExactKeyHash("قال الوزير"), MatchKeyWords.ExactKeyHash("قالالوزير"));
    }

    [Fact]
    public void Decimal_number_is_one_word() =>
        Assert.Single(MatchKeyWords.Hashes("٣٫٥"));

    [Fact]
    public void Shingle_set_is_sorted_and_distinct()
    {
        var set = WordShingles.SortedSet(MatchKeyWords.Hashes("واحد اثنان ثلاثة واحد اثنان ثلاثة"));
        Assert.Equal(3, set.Length);
        Assert.True(set.SequenceEqual(set.Order()));
    }

    [Fact]
    public void Empty_text_has_no_shingles() => Assert.Empty(WordShingles.SortedSet(MatchKeyWords.Hashes("")));
}
