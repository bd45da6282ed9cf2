using Marsad.Stories;

namespace Marsad.Tests.Stories;

public class CorroborationTests
{
    [Fact]
    public void A_cardinal_word_counts_the_noun_after_it()
    {
        var fact = Assert.Single(AnnotatedNumberFacts.Instance.Find("يسيطر التنظيم على نحو ثلاثين قرية وبلدة."));
        Assert.Equal(30, fact.Value);
        Assert.True(fact.Approximate);
        Assert.Equal("قرية", fact.Unit);
    }

    [Fact]
    public void Digits_and_a_broken_plural_meet_on_one_unit()
    {
        var a = Assert.Single(AnnotatedNumberFacts.Instance.Find("بقيت أربع قرى تحت سيطرته."));
        var b = Assert.Single(AnnotatedNumberFacts.Instance.Find("بقيت 22 قرية تحت سيطرته."));
        Assert.Equal(a.Unit, b.Unit);
        Assert.Equal(4, a.Value);
    }

    [Theory]
    [InlineData("صدر القرار 2254 عن مجلس الأمن.")]
    [InlineData("وقع الهجوم في 27 نوفمبر الماضي.")]
    [InlineData("انتهت المعركة مرة واحدة وإلى الأبد.")]
    public void Names_dates_and_adjectives_are_not_counts(string text) =>
        Assert.Empty(AnnotatedNumberFacts.Instance.Find(text));

    static StoryDocument Doc(string id, string text) => Story.Doc(id, text);

    static Marsad.Stories.Story Build(params StoryDocument[] docs) =>
        Assert.Single(StoryBuilder.Analyze(docs, options: new StoryOptions { JoinThreshold = -1, SplitThreshold = 0 }).Stories);

    [Fact]
    public void A_number_two_independent_sources_report_is_corroborated()
    {
        var story = Build(Doc("a", "قتل 12 مدنيا في قصف على مدينة إدلب صباح اليوم."), Doc("b", "أسفر القصف على إدلب عن مقتل 12 مدنيا."));
        var fact = Assert.Single(story.Corroborated, f => f.Kind == "number");
        Assert.Equal(["a", "b"], fact.Reported.IndependentSources);
    }

    [Fact]
    public void A_syndicated_copy_does_not_corroborate_its_original()
    {
        var docs = new[] { Doc("a", "قتل 12 مدنيا في قصف على مدينة إدلب صباح اليوم."), Doc("b", "قتل 12 مدنيا في قصف على مدينة إدلب صباح اليوم.") };
        var analysis = StoryBuilder.Analyze(docs, new Dictionary<string, string> { ["b"] = "a" }, new StoryOptions { JoinThreshold = -1, SplitThreshold = 0 });
        Assert.Empty(analysis.Stories[0].Corroborated);
    }

    [Fact]
    public void Different_numbers_about_one_subject_from_two_sources_are_a_contradiction()
    {
        var story = Build(Doc("a", "قتل 12 مدنيا في قصف على مدينة إدلب صباح اليوم."), Doc("b", "أسفر القصف على إدلب عن مقتل 20 مدنيا."));
        var contradiction = Assert.Single(story.Contradictions);
        Assert.Equal(["12", "20"], contradiction.Values.Select(v => v.Value));
    }

    [Fact]
    public void A_quote_in_two_independent_sources_is_corroborated()
    {
        var story = Build(Doc("a", "قال الوزير «لن نسمح بعودة الإرهاب إلى المدينة أبدا» في مؤتمر صحافي."),
            Doc("b", "وأكد الوزير في مؤتمره: «لن نسمح بعودة الإرهاب إلى المدينة أبدا»."));
        Assert.Single(story.Corroborated, f => f.Kind == "quote");
    }
}
