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

    /// <summary>The summary of the documents taken as one story (the clustering is not under test here).</summary>
    static IReadOnlyList<SummarySentence> Summary(IReadOnlyDictionary<string, string>? roots, params StoryDocument[] docs) =>
        Assert.Single(new StoryBuilder().Build(docs, new StoryClustering([("s1", docs.Select(d => d.Id).ToList())], []),
            roots ?? new Dictionary<string, string>()).Stories).Summary;

    [Fact]
    public void The_summary_opens_with_the_lead_of_the_earliest_report()
    {
        var later = Story.Doc("later", "قالت مصادر محلية إن الفيضانات في مدينة درنة دمرت مئات المنازل وشردت آلاف السكان. "
            + "وأضافت المصادر أن فرق الإنقاذ ما زالت تبحث عن المفقودين في الأحياء القريبة من الوادي.") with { Published = new DateTimeOffset(2023, 9, 12, 0, 0, 0, TimeSpan.Zero) };
        var earlier = Story.Doc("earlier", "اجتاحت سيول جارفة مدينة درنة شرقي ليبيا بعد انهيار سدين على الوادي. "
            + "وغمرت المياه أحياء كاملة في المدينة وجرفت المنازل والسيارات نحو البحر.") with { Published = new DateTimeOffset(2023, 9, 11, 0, 0, 0, TimeSpan.Zero) };

        var first = Summary(null, later, earlier)[0];

        Assert.Equal("earlier", first.Document);
        Assert.Equal(earlier.Sentences[0].Start, first.Start);
    }

    [Fact]
    public void A_sentence_that_points_back_comes_only_right_after_the_one_it_continues()
    {
        var a = Story.Doc("a", "افتتح وزير النقل الطريق الدولي الجديد بين عمان والعقبة صباح الثلاثاء. "
            + "وكان الطريق الدولي بين عمان والعقبة مغلقا منذ عامين بسبب أعمال الصيانة والتوسعة في الطريق الدولي.");
        var b = Story.Doc("b", "أعيد فتح الطريق الدولي بين عمان والعقبة أمام حركة الشاحنات بعد إغلاق طويل.");

        var summary = Summary(null, a, b).ToList();

        for (int i = 0; i < summary.Count; i++)
            if (SummaryOpeners.PointsBack(summary[i].Text))
                Assert.True(i > 0 && summary[i - 1].Document == summary[i].Document && summary[i - 1].End <= summary[i].Start);
    }

    [Fact]
    public void A_copy_never_stands_in_for_its_original()
    {
        var original = Story.Doc("original", "أعلنت شركة الكهرباء الوطنية انقطاع التيار عن ثلاث محافظات جنوبية بسبب عطل في محطة التوليد الرئيسية. "
            + "وقالت الشركة إن فرق الصيانة تعمل على إصلاح العطل وإعادة التيار خلال ساعات.");
        var copy = Story.Doc("copy", "انقطاع التيار عن ثلاث محافظات جنوبية بسبب عطل في محطة التوليد. "
            + "فرق الصيانة تعمل على إصلاح العطل وإعادة التيار خلال ساعات.");

        var summary = Summary(new Dictionary<string, string> { ["copy"] = "original" }, copy, original);

        Assert.All(summary, s => Assert.Equal("original", s.Document));
    }

    [Fact]
    public void A_story_of_two_independent_sources_is_summarised_from_both()
    {
        var a = Story.Doc("a", "ضرب زلزال بقوة ست درجات جنوب تركيا فجر الاثنين وشعر به سكان المدن المجاورة. "
            + "وقالت هيئة الكوارث إن الزلزال ضرب جنوب تركيا على عمق عشرة كيلومترات. "
            + "وأضافت الهيئة أن فرقها انتشرت في جنوب تركيا لتقييم الأضرار.");
        var b = Story.Doc("b", "أفاد سكان في مدينة أضنة بأن المباني اهتزت لثوان طويلة وخرج الناس إلى الشوارع خوفا من الهزات الارتدادية.");

        var summary = Summary(null, a, b);

        Assert.Equal(["a", "b"], summary.Select(s => s.Document).Distinct().Order());
    }

    [Fact]
    public void A_summary_sentence_lists_every_document_that_reports_it()
    {
        var a = Story.Doc("a", "أعلنت وزارة الصحة المصرية تسجيل مئة إصابة جديدة بالحصبة في محافظة المنيا خلال الأسبوع الماضي.");
        var b = Story.Doc("b", "سجلت محافظة المنيا مئة إصابة جديدة بالحصبة خلال الأسبوع الماضي بحسب وزارة الصحة المصرية.");

        var sentence = Assert.Single(Summary(null, a, b));

        Assert.Equal(["a", "b"], sentence.Sources.Order());
    }

    [Fact]
    public void Two_sentences_reporting_the_same_figure_give_one_summary_sentence()
    {
        var a = Story.Doc("a", "قتل 14 شخصا في انفجار سيارة مفخخة وسط سوق شعبي في مدينة الباب شمالي حلب.");
        var b = Story.Doc("b", "ارتفعت حصيلة ضحايا التفجير الذي استهدف السوق الشعبي إلى 14 شخصا وفق الدفاع المدني المحلي.");

        Assert.Single(Summary(null, a, b));
    }
}

public class StoryDatesTests
{
    static Marsad.Stories.Story Build(params StoryDocument[] docs) =>
        Assert.Single(new StoryBuilder().Build(docs, new StoryClustering([("s1", docs.Select(d => d.Id).ToList())], []), new Dictionary<string, string>()).Stories);

    [Fact]
    public void A_story_of_undated_articles_has_no_dates()
    {
        var story = Build(Story.Doc("a", "أعلنت وزارة الصحة تسجيل عشر إصابات جديدة بالكوليرا في محافظة الحديدة."));
        Assert.Null(story.First);
        Assert.Null(story.Last);
    }

    [Fact]
    public void An_undated_article_dates_its_story_by_the_day_of_its_events()
    {
        var story = Build(Story.Doc("a", "أعلنت وزارة الصحة الثلاثاء 27 تشرين الثاني تسجيل عشر إصابات جديدة بالكوليرا.") with { EventDay = new DateOnly(2018, 11, 27) });
        Assert.Equal(new DateTimeOffset(2018, 11, 27, 0, 0, 0, TimeSpan.Zero), story.First);
    }

    [Fact]
    public void A_publication_date_outranks_the_day_of_the_events()
    {
        var published = new DateTimeOffset(2018, 11, 28, 8, 0, 0, TimeSpan.Zero);
        var story = Build(Story.Doc("a", "أعلنت وزارة الصحة تسجيل عشر إصابات جديدة بالكوليرا أمس.") with { Published = published, EventDay = new DateOnly(2018, 11, 27) });
        Assert.Equal(published, story.First);
    }
}

static class Story
{
    public static StoryDocument Doc(string id, string text) =>
        new(id, text, null, null, Marsad.Text.Sentences.SentenceSplitter.Split(text), [], [], id);
}
