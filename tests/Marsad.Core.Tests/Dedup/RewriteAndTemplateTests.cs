using Marsad.Dedup;

namespace Marsad.Tests.Dedup;

/// <summary>Rewrites of one report by another outlet, and template sentences that are not copies.</summary>
public class RewriteAndTemplateTests
{
    // An agency report, written for these tests.
    static readonly string[] Report =
    [
        "بيشة (واس) - افتتح صاحب السمو الملكي أمير منطقة عسير صباح اليوم في محافظة بيشة مشروع توسعة المستشفى العام بتكلفة بلغت مئة وعشرين مليون ريال.",
        "وتضم التوسعة مبنى جديدا للطوارئ يتسع لستين سريرا وقسما للعناية المركزة وآخر لغسيل الكلى.",
        "وأوضح مدير الشؤون الصحية بالمحافظة أن المشروع سيخدم أكثر من ثلاثمئة ألف نسمة من سكان المحافظة والمراكز التابعة لها.",
        "وأضاف أن العمل جار على تجهيز مركز للأورام سيبدأ استقبال المرضى مطلع العام المقبل.",
        "وتجول سموه في أقسام المستشفى واستمع إلى شرح عن الخدمات التي يقدمها للمراجعين والمنومين.",
        "وفي ختام الجولة دشن سموه حملة للتبرع بالدم بمشاركة عدد من منسوبي القطاع الصحي.",
        "وكان في استقبال سموه لدى وصوله محافظ بيشة وعدد من مديري الإدارات الحكومية وأهالي المحافظة.",
        "وعبر الأهالي عن شكرهم للقيادة على ما توليه من اهتمام بالخدمات الصحية في المحافظة.",
    ];

    // The same report as a paper edits it: dateline dropped, a word or two changed in most sentences.
    static readonly string[] Edited =
    [
        "افتتح صاحب السمو الملكي أمير منطقة عسير في مقر محافظة بيشة مشروع توسعة المستشفى العام بكلفة بلغت مئة وعشرين مليون ريال.",
        "وتشمل التوسعة مبنى حديثا للطوارئ يتسع لستين سريرا وقسما للعناية المركزة وآخر لغسيل الكلى.",
        "وبين مدير الشؤون الصحية في المحافظة أن المشروع سيخدم أكثر من ثلاثمئة ألف نسمة من سكان المحافظة والمراكز التابعة لها.",
        "وأشار إلى أن العمل جار حاليا على تجهيز مركز للأورام سيبدأ استقبال المرضى مطلع العام المقبل.",
        "وتفقد سموه أقسام المستشفى واستمع إلى شرح مفصل عن الخدمات التي يقدمها للمراجعين والمنومين.",
        "وفي نهاية الجولة دشن الأمير حملة للتبرع بالدم بمشاركة عدد من منسوبي القطاع الصحي.",
        "وكان في استقبال سموه لدى وصوله محافظ بيشة وعدد من مديري الإدارات الحكومية وأهالي المحافظة.",
        "وعبر الأهالي عن شكرهم وتقديرهم للقيادة على ما توليه من اهتمام بالخدمات الصحية في المحافظة.",
    ];

    const string OwnClosing = "يذكر أن المستشفى افتتح قبل عشرين عاما وظل يعاني من ضغط كبير على أقسامه بسبب تزايد أعداد المراجعين القادمين من القرى والهجر المجاورة للمحافظة، وهو ما دفع الأهالي إلى المطالبة بتوسعته مرات عدة.";

    static DuplicateFinder FinderWith(params (string Id, string Text)[] documents)
    {
        var finder = new DuplicateFinder();
        foreach (var (id, text) in documents) finder.Add(new DedupDocument(id, text));
        return finder;
    }

    static DuplicateLink OnlyLink(DuplicateFinder finder, string id) => Assert.Single(finder.LinksOf(id));

    [Fact]
    public void Report_with_words_changed_in_most_sentences_and_its_dateline_dropped_is_a_rewrite()
    {
        var finder = FinderWith(("report", Articles.Join(Report)), ("paper", Articles.Join(Edited)));

        var link = OnlyLink(finder, "paper");
        Assert.Equal(new DuplicateLink("report", DuplicateKind.Rewrite, link.Similarity), link);
        Assert.InRange(link.Similarity, DedupOptions.Default.RewriteCoverage, 1);
    }

    [Fact]
    public void Rewrite_with_two_sentences_merged_into_one_is_a_rewrite()
    {
        var merged = Edited.ToList();
        merged[1] = merged[1].TrimEnd('.') + "، فيما " + merged[2][1..];
        merged.RemoveAt(2);
        var finder = FinderWith(("report", Articles.Join(Report)), ("paper", Articles.Join(merged)));

        Assert.Equal(DuplicateKind.Rewrite, OnlyLink(finder, "paper").Kind);
    }

    [Fact]
    public void Rewrite_with_its_paragraphs_reordered_is_a_rewrite()
    {
        string reordered = string.Join("\n\n", Articles.Join(Edited[4..]), Articles.Join(Edited[..4]));
        var finder = FinderWith(("report", Articles.Join(Report)), ("paper", reordered));

        Assert.Equal(DuplicateKind.Rewrite, OnlyLink(finder, "paper").Kind);
    }

    [Fact]
    public void Rewrite_with_a_closing_paragraph_of_the_paper_appended_is_a_rewrite()
    {
        string appended = Articles.Join(Edited) + "\n\n" + OwnClosing;
        var finder = FinderWith(("report", Articles.Join(Report)), ("paper", appended));

        Assert.Equal(DuplicateKind.Rewrite, OnlyLink(finder, "paper").Kind);
    }

    [Fact]
    public void A_rewrite_joins_the_family_of_the_report_and_counts_as_one_source()
    {
        var finder = FinderWith(("report", Articles.Join(Report)), ("paper", Articles.Join(Edited)), ("other", Articles.Join(Articles.Football)));

        Assert.Equal(["report", "paper"], finder.FamilyOf("paper").Members);
        Assert.Equal(2, finder.Snapshot().IndependentSources());
    }

    [Fact]
    public void Different_report_sharing_two_sentences_of_the_report_is_not_a_rewrite()
    {
        string other = Articles.Join(Report[6..]) + " " + Articles.Join(Articles.Economy);
        var finder = FinderWith(("report", Articles.Join(Report)), ("other", other));

        Assert.DoesNotContain(finder.LinksOf("other"), l => l.Kind == DuplicateKind.Rewrite);
    }

    // A royal-court reception formula of the agency, and what differs between audiences.
    const string Reception = "جدة (واس) - استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود في قصر السلام بجدة اليوم {0}. "
        + "وجرى خلال الاستقبال استعراض العلاقات الثنائية بين البلدين وسبل تعزيزها في مختلف المجالات إضافة إلى بحث تطورات الأوضاع في المنطقة. "
        + "حضر الاستقبال صاحب السمو الملكي الأمير وزير الدولة عضو مجلس الوزراء ومعالي وزير الخارجية ومعالي رئيس الاستخبارات العامة.";

    // Each audience report has more of its own than the formula (when the formula is most of a report, its copies and
    // other audiences cannot be told apart by what they share: see eval/dedup/README.md).
    static readonly (string Guest, string Details)[] Audiences =
    [
        ("وزير الدفاع الأمريكي والوفد المرافق له", "وكان الوزير الأمريكي قد وصل إلى جدة مساء أمس في زيارة تستغرق يومين يلتقي خلالها عددا من المسؤولين لبحث صفقات التسليح والتدريب المشترك ومكافحة الإرهاب في المنطقة وأمن الملاحة في البحر الأحمر. "
            + "وقال مسؤول في السفارة الأمريكية إن الزيارة تأتي بعد أسبوع من توقيع الاتفاق النووي مع إيران، وإن الوزير سيطمئن حلفاء بلاده في الخليج إلى التزام واشنطن بأمنهم وسيعرض تسريع تسليم منظومات الدفاع الصاروخي."),
        ("رئيس وزراء نيوزيلندا", "وتشهد التجارة بين المملكة ونيوزيلندا نموا في صادرات الألبان واللحوم المبردة، ويبحث الوفد النيوزيلندي المرافق فتح مكتب تجاري في الرياض وتسهيل تأشيرات رجال الأعمال وتوسيع الرحلات الجوية. "
            + "ويضم الوفد ممثلين عن عشرين شركة زراعية وتعليمية، إذ يدرس في الجامعات النيوزيلندية نحو ألفي طالب سعودي مبتعث، وتسعى ويلنغتون إلى استئناف مفاوضات التجارة الحرة مع دول الخليج المتوقفة منذ سنوات."),
        ("رئيس حزب القوات اللبنانية", "وأكد الضيف اللبناني بعد اللقاء أن بلاده تمر بمرحلة دقيقة بسبب الفراغ الرئاسي المستمر منذ أكثر من عام، داعيا الأطراف السياسية إلى انتخاب رئيس للجمهورية وتحييد لبنان عن صراعات الإقليم. "
            + "وأشار إلى أن ملف النازحين السوريين يثقل كاهل الاقتصاد اللبناني والبنى التحتية في البلدات الحدودية، وأن الحكومة عاجزة عن اتخاذ القرارات بسبب الخلاف على آلية عملها وتعطيل جلساتها."),
        ("الأمين العام لمجلس التعاون لدول الخليج العربية", "وقدم الأمين العام تقريرا عن مسيرة العمل الخليجي المشترك ومشروعات الربط الكهربائي والسكك الحديدية والاتحاد الجمركي، وما أنجزته الأمانة من قرارات القمة الأخيرة في الدوحة. "
            + "وتستعد الأمانة العامة لاجتماع وزراء المالية الشهر المقبل لبحث تأثير تراجع أسعار النفط على موازنات الدول الأعضاء، ومقترح فرض ضريبة القيمة المضافة بنسبة موحدة في الدول الست."),
        ("رئيس وزراء باكستان", "وتناول اللقاء أوضاع العمالة الباكستانية في المملكة التي تتجاوز مليوني عامل، والتعاون في مشروعات الطاقة والطرق بإقليم بلوشستان، وتنسيق المواقف في منظمة التعاون الإسلامي. "
            + "وكان البرلمان الباكستاني قد صوت في أبريل الماضي على التزام الحياد في اليمن، قبل أن تؤكد إسلام آباد وقوفها إلى جانب المملكة في حال تعرض أراضيها لأي تهديد، وتعرض إرسال قوات لحماية الحرمين."),
    ];

    static string Audience(int i) => string.Format(Reception, Audiences[i].Guest) + "\n\n" + Audiences[i].Details;

    static DuplicateFinder FinderWithAudiences(DedupOptions? options = null)
    {
        var finder = new DuplicateFinder(options);
        for (int i = 0; i < Audiences.Length; i++) finder.Add(new DedupDocument($"audience {i}", Audience(i)));
        return finder;
    }

    [Fact]
    public void Agency_formula_repeated_across_unrelated_reports_does_not_link_a_later_report()
    {
        var finder = FinderWithAudiences();

        Assert.Empty(finder.LinksOf($"audience {Audiences.Length - 1}"));
        Assert.Null(finder.SyndicationGroupOf($"audience {Audiences.Length - 1}"));
    }

    [Fact]
    public void Without_learning_templates_the_same_audiences_would_be_syndicated()
    {
        var finder = FinderWithAudiences(DedupOptions.Default with { TemplateDocuments = int.MaxValue });

        Assert.Contains(finder.LinksOf($"audience {Audiences.Length - 1}"), l => l.Kind == DuplicateKind.Syndicated);
    }

    [Fact]
    public void Agency_formula_does_not_stop_a_later_rewrite_of_one_audience_from_being_linked()
    {
        var finder = FinderWithAudiences();
        finder.Add(new DedupDocument("paper", Audience(2).Replace("(واس) - ", "").Replace("وأكد الضيف اللبناني", "وشدد الزائر اللبناني")));

        Assert.Contains(finder.LinksOf("paper"), l => l.Document == "audience 2" && l.Kind is DuplicateKind.Rewrite or DuplicateKind.Near or DuplicateKind.Contained);
        Assert.DoesNotContain(finder.LinksOf("paper"), l => l.Document != "audience 2");
    }

    // A market close: the same sentences every day, with that day's figures.
    static string MarketClose(int index, int points, int shares, int rising) =>
        $"الرياض (واس) - أغلق مؤشر سوق الأسهم السعودية اليوم عند مستوى {index} نقطة مرتفعا {points} نقطة. "
        + $"وبلغت قيمة الأسهم المتداولة {shares} مليون ريال، وكمية الأسهم المتداولة {shares / 10} مليون سهم، تقاسمتها {shares * 4} صفقة. "
        + $"وسجلت أسهم {rising} شركة ارتفاعا في قيمتها فيما أغلقت أسهم {rising / 2} شركة على تراجع. "
        + $"وكانت الأسهم الأكثر نشاطا من حيث الكمية هي أسهم الإنماء ودار الأركان، والأكثر ارتفاعا أسهم {rising + 11} شركة من قطاع التأمين.";

    [Fact]
    public void Two_days_of_one_market_report_template_with_different_figures_are_not_linked()
    {
        var finder = FinderWith(("monday", MarketClose(9120, 35, 6250, 98)), ("tuesday", MarketClose(9087, 18, 5430, 74)));

        Assert.Empty(finder.LinksOf("tuesday"));
    }

    // One background paragraph of the wire, repeated by two different reports of it.
    const string IraqBackground = "وكان تنظيم الدولة الإسلامية قد سيطر على مساحات واسعة من شمال العراق وغربه في هجوم خاطف في يونيو حزيران من العام الماضي "
        + "وأعلن قيام دولة الخلافة في الأراضي التي يسيطر عليها في العراق وسوريا. وتشن قوات الأمن العراقية وفصائل الحشد الشعبي بدعم من ضربات جوية "
        + "يقودها التحالف حملة لاستعادة تلك المناطق.";

    const string BaghdadBombing = "بغداد (رويترز) - قالت الشرطة العراقية إن سيارة ملغومة انفجرت في سوق شعبي بحي الكرادة وسط بغداد مساء الخميس مما أسفر عن سقوط "
        + "قتلى وجرحى بين المتسوقين. وأضافت أن الانفجار وقع في ساعة الذروة حين كانت السوق مكتظة بالعائلات التي جاءت لشراء حاجات العيد. "
        + "وقال شاهد إن ألسنة اللهب التهمت عددا من المحال التجارية والسيارات المتوقفة على جانبي الشارع وإن سيارات الإسعاف وصلت بعد نصف ساعة. "
        + "وفرضت قوات الأمن طوقا حول المنطقة ومنعت الصحفيين من الاقتراب من موقع الانفجار. " + IraqBackground
        + " ولم تعلن أي جهة مسؤوليتها عن التفجير حتى الآن لكن التنظيم تبنى هجمات مماثلة في العاصمة خلال الأشهر الماضية.";

    const string RamadiAdvance = "الرمادي (رويترز) - قال الجيش العراقي إن قواته استعادت السيطرة على قرى شمالي مدينة الرمادي بعد معارك استمرت يومين مع مقاتلي "
        + "التنظيم المتشدد. وقال ضابط برتبة عقيد إن طائرات التحالف شاركت في قصف مواقع التنظيم قبل تقدم القوات البرية وإن المهندسين يعملون على تفكيك "
        + "العبوات الناسفة التي زرعت في الطرق والمنازل. وتقع القرى على الضفة الشمالية لنهر الفرات وكانت تستخدم لإطلاق قذائف الهاون على قاعدة عسكرية قريبة. "
        + "ونزحت مئات الأسر من المنطقة خلال الأسابيع الأخيرة إلى مخيمات قرب بغداد. " + IraqBackground
        + " ويأمل الجيش أن يكمل تطويق المدينة خلال أسابيع قبل الهجوم على مركزها.";

    [Fact]
    public void Two_credited_reports_repeating_one_background_paragraph_of_the_wire_are_not_syndicated()
    {
        var finder = FinderWith(("bombing", BaghdadBombing), ("advance", RamadiAdvance));

        Assert.NotEmpty(finder.SharedPassages());
        Assert.Empty(finder.LinksOf("advance"));
    }

    [Fact]
    public void Without_the_lead_check_the_shared_background_paragraph_would_make_them_syndicated()
    {
        var finder = new DuplicateFinder(DedupOptions.Default with { SyndicationLeadWords = 0 });
        finder.Add(new DedupDocument("bombing", BaghdadBombing));
        finder.Add(new DedupDocument("advance", RamadiAdvance));

        Assert.Contains(finder.LinksOf("advance"), l => l.Kind == DuplicateKind.Syndicated);
    }
}
