using Marsad.Report;
using Marsad.Stories;

namespace Marsad.Tests.Stories;

public class SummaryChecksTests
{
    const string Text = "أعلن الجيش السيطرة على البلدة بعد معارك استمرت أسبوعا. وأضاف أن القوات تلاحق المسلحين في القرى المجاورة.";

    static StoryReport Story(params SummarySentenceReport[] summary) =>
        new("s1", "عنوان", null, null, null, ["a"], ["a"], 1, [], [], [], [], summary, [], []);

    static SummarySentenceReport Sentence(int index)
    {
        int split = Text.IndexOf("وأضاف", StringComparison.Ordinal);
        return index == 0 ? new("a", 0, split - 1, Text[..(split - 1)]) : new("a", split, Text.Length, Text[split..]);
    }

    static SummaryCheck Check(StoryReport story) => SummaryChecks.Check(story, _ => Text, d => d);

    [Fact]
    public void A_summary_that_opens_with_the_first_sentence_includes_the_lead() =>
        Assert.True(Check(Story(Sentence(0), Sentence(1))).LeadIncluded);

    [Fact]
    public void A_continuation_without_its_antecedent_is_dangling() =>
        Assert.Equal(1, Check(Story(Sentence(1))).Dangling);

    [Fact]
    public void A_continuation_right_after_its_antecedent_is_not_dangling() =>
        Assert.Equal(0, Check(Story(Sentence(0), Sentence(1))).Dangling);

    [Fact]
    public void A_dateline_before_the_first_sentence_still_makes_it_the_opening() =>
        Assert.True(SummaryChecks.IsOpening("دير الزور: أعلنت القوات بدء المرحلة الأخيرة.", "دير الزور: ".Length));
}
