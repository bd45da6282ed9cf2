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

    [Fact]
    public void A_count_keeps_the_phrase_that_qualifies_it_as_its_scope()
    {
        var fact = Assert.Single(AnnotatedNumberFacts.Instance.Find("ولم يبق تحت سيطرته إلا أربع قرى عند الضفة الشرقية لنهر الفرات، وفق المرصد."));
        Assert.Equal("عند الضفة الشرقية لنهر الفرات", fact.Scope);
    }

    [Fact]
    public void A_count_for_one_bank_does_not_contradict_a_total_from_another_source()
    {
        var story = Build(
            Doc("a", "ولم يبق تحت سيطرة التنظيم إلا أربع قرى عند الضفة الشرقية لنهر الفرات بعد أسابيع من المعارك."),
            Doc("b", "ولا يزال التنظيم يسيطر على جيوب تضم نحو ثلاثين قرية بعد أسابيع من المعارك."));
        Assert.Empty(story.Contradictions);
    }

    [Fact]
    public void Two_figures_from_one_document_never_contradict_each_other()
    {
        var story = Build(
            Doc("a", "قتل خمسة مدنيين في القصف على مدينة إدلب صباح اليوم. وارتفع عدد القتلى لاحقا إلى تسعة مدنيين بعد وفاة جرحى."),
            Doc("b", "أسفر القصف على مدينة إدلب عن مقتل تسعة مدنيين وإصابة آخرين."));
        Assert.Empty(story.Contradictions);
    }

    [Fact]
    public void Counts_set_at_different_times_do_not_contradict()
    {
        var story = Build(
            Doc("a", "قتل 12 مدنيا في القصف على مدينة إدلب يوم الاثنين."),
            Doc("b", "قتل 20 مدنيا في القصف على مدينة إدلب يوم الجمعة."));
        Assert.Empty(story.Contradictions);
    }

    [Fact]
    public void A_figure_inside_a_passage_two_documents_share_is_one_source()
    {
        const string passage = "قتل 12 مدنيا في قصف على مدينة إدلب صباح اليوم بحسب الدفاع المدني.";
        const string own = "أفاد مراسلنا بتحليق مكثف للطيران فوق المدينة. ";
        var a = Doc("a", passage);
        var b = Doc("b", own + passage) with { Borrowed = [new BorrowedSpan(own.Length, own.Length + passage.Length, "a")] };
        Assert.DoesNotContain(Build(a, b).Corroborated, f => f.Kind == "number");
    }

    [Fact]
    public void A_quote_inside_a_passage_two_documents_share_is_one_source()
    {
        const string passage = "وقال الوزير في المؤتمر الصحافي: «لن نسمح بعودة الإرهاب إلى المدينة أبدا».";
        const string own = "عقد وزير الداخلية مؤتمرا صحافيا في العاصمة. ";
        var a = Doc("a", passage);
        var b = Doc("b", own + passage) with { Borrowed = [new BorrowedSpan(own.Length, own.Length + passage.Length, "a")] };
        Assert.DoesNotContain(Build(a, b).Corroborated, f => f.Kind == "quote");
    }

    [Fact]
    public void A_rewrite_and_its_original_agree_as_one_source()
    {
        var docs = new[] { Doc("a", "قتل 12 مدنيا في قصف على مدينة إدلب صباح اليوم."), Doc("b", "لقي 12 مدنيا حتفهم في قصف استهدف إدلب."), Doc("c", "قتل 12 مدنيا بالقصف على إدلب.") };
        var story = Assert.Single(StoryBuilder.Analyze(docs, new Dictionary<string, string> { ["b"] = "a" }, new StoryOptions { JoinThreshold = -1, SplitThreshold = 0 }).Stories);
        var fact = Assert.Single(story.Corroborated, f => f.Kind == "number");
        Assert.Equal(["a", "c"], fact.Reported.IndependentSources);
    }
}
