using Marsad.Stories;
using Marsad.Text.Sentences;

namespace Marsad.Tests.Stories;

/// <summary>A story is one happening: it does not chain, frequent actors do not make two happenings one, aftermath
/// joins, and a story whose articles form separate groups is split.</summary>
public class StoryPurityTests
{
    static readonly DateTimeOffset Day = new(2024, 3, 1, 8, 0, 0, TimeSpan.Zero);

    static StoryDocument Doc(string id, string text, DateTimeOffset? published = null, string[]? actors = null, string[]? places = null, string? title = null) =>
        new(id, text, published, title, SentenceSplitter.Split(text), actors ?? [], places ?? [], id);

    // Ten happenings, one a day; each article also tells the previous day's happening in a sentence, so each is a
    // near neighbour of the one before and nothing more.
    static readonly string[] Happenings =
    [
        "افتتح محافظ الدمام معرض الكتاب الدولي في مركز المعارض بحضور ناشرين من عشرين دولة.",
        "أعلنت هيئة الأرصاد هطول أمطار رعدية غزيرة على مرتفعات عسير وتحذيرات من السيول في الأودية.",
        "فاز نادي القادسية بكأس البطولة الخليجية للناشئين بعد ركلات الترجيح في ملعب الخبر.",
        "وقعت شركة الكهرباء عقدا لإنشاء محطة طاقة شمسية بقدرة ستمئة ميغاواط في منطقة تبوك.",
        "أطلقت جامعة الملك سعود برنامجا صيفيا للموهوبين في الروبوتات والبرمجة لطلاب المرحلة الثانوية.",
        "ضبطت الجمارك شحنة أقراص مخدرة مخبأة داخل إطارات سيارات في ميناء جدة الإسلامي.",
        "دشن أمين الرياض مشروع تشجير ثلاثين حديقة عامة في الأحياء الشمالية من العاصمة.",
        "نظم مستشفى الولادة حملة توعوية عن الرضاعة الطبيعية في مراكز الرعاية الأولية بالقصيم.",
        "افتتحت وزارة النقل جسرا معلقا فوق وادي حنيفة لتخفيف الزحام على الطريق الدائري.",
        "استقبل مطار أبها الدولي أولى رحلات الطيران العارض القادمة من القاهرة لموسم الصيف.",
    ];

    // What every article of the theme repeats: the war's background, its parties and its country.
    const string Background = "وتتواصل المعارك بين قوات المقاومة الشعبية وميليشيات الحوثي في محافظات اليمن الجنوبية بدعم من طيران التحالف العربي.";

    [Fact]
    public void A_story_that_grows_by_one_near_neighbour_a_day_for_ten_days_is_split()
    {
        var docs = Enumerable.Range(0, Happenings.Length)
            .Select(i => Doc("d" + i, (i > 0 ? Happenings[i - 1] + " " : "") + Happenings[i] + " " + Background, Day.AddDays(i),
                actors: ["الحوثي", "التحالف العربي"], places: ["اليمن"]))
            .ToList();

        var stories = StoryClusterer.Batch(docs).Stories;

        Assert.DoesNotContain(stories, s => s.Documents.Contains("d0") && s.Documents.Contains("d9"));
    }

    const string Flood = "غمرت مياه الفيضانات قرى وادي النيل الجنوبي وأجلت فرق الدفاع المدني مئات الأسر من قرية الشلالات.";
    const string Final = "فاز فريق الزمالك على الأهلي بهدفين نظيفين في نهائي كأس مصر لكرة القدم على ملعب القاهرة الدولي.";

    // Forty articles on other things, every one naming the King: a key a third of the news carries.
    static List<StoryDocument> NamingTheKing() =>
        [.. Enumerable.Range(0, 40).Select(i => Doc("bg" + i, Happenings[i % Happenings.Length], Day, actors: ["خادم الحرمين"]))];

    [Fact]
    public void An_actor_most_articles_name_does_not_join_two_articles()
    {
        var docs = NamingTheKing();
        docs.Add(Doc("a", Flood, Day, actors: ["خادم الحرمين"]));
        docs.Add(Doc("b", Final, Day, actors: ["خادم الحرمين"]));

        var stories = StoryClusterer.Batch(docs, new StoryOptions { JoinThreshold = 0.05 }).Stories;

        Assert.DoesNotContain(stories, s => s.Documents.Contains("a") && s.Documents.Contains("b"));
    }

    [Fact]
    public void A_rare_actor_two_articles_name_counts_for_one_story()
    {
        var docs = NamingTheKing();
        docs.Add(Doc("a", Flood, Day, actors: ["خادم الحرمين", "سامح شكري"]));
        docs.Add(Doc("b", Final, Day, actors: ["خادم الحرمين", "سامح شكري"]));

        // Keys alone decide: content shares nothing, and the split pass links on keys too.
        var stories = StoryClusterer.Batch(docs, new StoryOptions { JoinThreshold = 0.05, SplitThreshold = 0.05 }).Stories;

        Assert.Contains(stories, s => s.Documents.Contains("a") && s.Documents.Contains("b"));
    }

    [Fact]
    public void Articles_of_one_formula_with_different_actors_are_different_happenings()
    {
        var a = Doc("a", "أقامت محكمة الاستئناف بالرياض حفل معايدة لمنسوبيها بمناسبة عيد الفطر المبارك بحضور رئيس المحكمة عبدالعزيز الحميد، وتبادل الجميع التهاني.",
            Day, actors: ["محكمه الاستئناف", "عبدالعزيز الحميد"], places: ["الرياض"]);
        var b = Doc("b", "أقامت أمانة المدينة المنورة حفل معايدة لمنسوبيها بمناسبة عيد الفطر المبارك بحضور أمين المنطقة خالد طاهر، وتبادل الجميع التهاني.",
            Day, actors: ["امانه المدينه", "خالد طاهر"], places: ["المدينه المنوره"]);

        // The formula is everyday news in the Eid week: other institutions' receptions say it too.
        string[] others = ["غرفة الشرقية", "صحة الحرس الوطني", "مطار الملك خالد", "جامعة القصيم", "بلدية الخبر", "مستشفى الولادة"];
        var docs = others.Select((o, i) => Doc("o" + i, $"أقامت {o} حفل معايدة لمنسوبيها بمناسبة عيد الفطر المبارك، وتبادل الجميع التهاني. {Happenings[i]}", Day, actors: [o]))
            .Concat(Happenings.Select((h, i) => Doc("h" + i, h, Day)))
            .Append(a).Append(b).ToList();

        var stories = StoryClusterer.Batch(docs).Stories;

        Assert.DoesNotContain(stories, s => s.Documents.Contains("a") && s.Documents.Contains("b"));
    }

    [Fact]
    public void A_follow_up_the_next_day_joins_the_story_of_the_happening()
    {
        var crash = Doc("crash", "انقلبت حافلة ركاب على طريق الرياض القصيم السريع فجر اليوم، ما أسفر عن إصابة خمسين راكبا نقلوا إلى مستشفيات عنيزة وبريدة، "
            + "وأعلنت صحة القصيم حالة الطوارئ في مستشفياتها.", Day, places: ["القصيم", "عنيزه"], title: "إصابة خمسين راكبا في انقلاب حافلة على طريق القصيم");
        var visit = Doc("visit", "زار محافظ عنيزة مستشفى الملك سعود للاطمئنان على مصابي حادث انقلاب الحافلة على طريق الرياض القصيم السريع، "
            + "وأوضح مدير المستشفى أن ثلاثين من المصابين غادروا بعد تلقي العلاج.", Day.AddDays(1), places: ["عنيزه"], title: "محافظ عنيزة يطمئن على مصابي حادث الحافلة");

        // Among other news, the crash's words are rare.
        var docs = Happenings.Select((h, i) => Doc("h" + i, h, Day)).Append(crash).Append(visit).ToList();

        var stories = StoryClusterer.Batch(docs).Stories;

        Assert.Contains(stories, s => s.Documents.Contains("crash") && s.Documents.Contains("visit"));
    }

    [Fact]
    public void A_story_whose_articles_form_two_separate_groups_is_split_into_them()
    {
        // One formula line in every article is enough for a permissive threshold to make one story of all four (the
        // country all four name finds the candidates).
        const string Formula = " جاء ذلك في بيان نشرته وكالة الأنباء الرسمية مساء أمس.";
        var docs = new[]
        {
            Doc("f1", "غمرت مياه الفيضانات قرى وادي النيل الجنوبي وأجلت فرق الدفاع المدني مئات الأسر من قرية الشلالات." + Formula, Day, places: ["مصر"]),
            Doc("g1", "فاز فريق الزمالك على الأهلي بهدفين نظيفين في نهائي كأس مصر لكرة القدم على ملعب القاهرة الدولي." + Formula, Day, places: ["مصر"]),
            Doc("f2", "أجلت فرق الدفاع المدني الأسر من قرية الشلالات في وادي النيل بعد فيضانات غمرت القرى الجنوبية." + Formula, Day, places: ["مصر"]),
            Doc("g2", "توج الزمالك بكأس مصر لكرة القدم بعد فوزه على الأهلي بهدفين في النهائي على ملعب القاهرة الدولي." + Formula, Day, places: ["مصر"]),
        };
        var options = new StoryOptions { JoinThreshold = 0.01, MergeThreshold = 2, SplitThreshold = 0.3 };

        var result = StoryClusterer.Batch(docs, options);

        Assert.Equal(["f1,f2", "g1,g2"], result.Stories.Select(s => string.Join(",", s.Documents.Order())).Order());
        Assert.Contains(result.Log, e => e.Change == StoryChange.Split);
    }

    [Fact]
    public void A_copy_link_that_more_articles_claim_than_outlets_could_copy_is_not_trusted()
    {
        // Dedup chained twelve articles of two outlets into one "report" through a shared closing line.
        var docs = Enumerable.Range(0, 12)
            .Select(i => new StoryDocument("d" + i, Happenings[i % Happenings.Length] + " جاء ذلك في بيان نشرته وكالة الأنباء الرسمية.", Day, null, [], [], [],
                i % 2 == 0 ? "واس" : "سبق") { CopyOf = i == 0 ? null : "d0" })
            .ToList();

        var stories = StoryClusterer.Batch(docs).Stories;

        Assert.True(stories.Count >= Happenings.Length, string.Join(" | ", stories.Select(s => string.Join(",", s.Documents))));
    }
}
