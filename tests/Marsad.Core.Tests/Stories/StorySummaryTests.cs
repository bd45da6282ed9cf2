using Marsad.Stories;

namespace Marsad.Tests.Stories;

public class StorySummaryTests
{
    [Theory]
    [InlineData("وأضاف أن الحملة ستنتهي قريبا.")]
    [InlineData("وتابع: \"سننتصر في النهاية\".")]
    [InlineData("وهو ما أكده المتحدث في بيان لاحق.")]
    [InlineData("وشدد على أن الأيام المقبلة ستكون صعبة.")]
    public void A_sentence_that_leans_on_the_previous_one_is_dependent(string sentence) =>
        Assert.True(StoryBuilder.DependsOnPrevious(sentence));

    [Theory]
    [InlineData("وقال المتحدث باسم الجيش إن الحملة ستنتهي قريبا.")]
    [InlineData("أعلنت وزارة الصحة تسجيل إصابات جديدة.")]
    public void A_sentence_that_names_its_subject_stands_alone(string sentence) =>
        Assert.False(StoryBuilder.DependsOnPrevious(sentence));

    [Fact]
    public void Two_sources_saying_the_same_thing_give_one_summary_sentence()
    {
        var a = Story.Doc("a", "أعلنت وزارة الصحة المصرية تسجيل مئة إصابة جديدة بالحصبة في محافظة المنيا خلال الأسبوع الماضي.");
        var b = Story.Doc("b", "سجلت محافظة المنيا مئة إصابة جديدة بالحصبة خلال الأسبوع الماضي بحسب وزارة الصحة المصرية.");
        var analysis = StoryBuilder.Analyze([a, b], options: new StoryOptions { JoinThreshold = 0, SplitThreshold = 0 });
        Assert.Single(analysis.Stories[0].Summary);
    }

    [Fact]
    public void A_summary_sentence_cites_its_document_and_span()
    {
        var a = Story.Doc("a", "أعلنت وزارة الصحة المصرية تسجيل مئة إصابة جديدة بالحصبة في محافظة المنيا خلال الأسبوع الماضي.");
        var sentence = StoryBuilder.Analyze([a]).Stories[0].Summary[0];
        Assert.Equal("a", sentence.Document);
        Assert.Equal(sentence.Text, a.Text[sentence.Start..sentence.End]);
    }
}

static class Story
{
    public static StoryDocument Doc(string id, string text) =>
        new(id, text, null, null, Marsad.Text.Sentences.SentenceSplitter.Split(text), [], [], id);
}
