using Marsad.Annotation.Quotes;
using Marsad.Entities.Recognition;
using Marsad.Entities.Resolution;
using Marsad.Entities.Roles;
using static Marsad.Core.Tests.Annotation.TestDocuments;

namespace Marsad.Core.Tests.Annotation.Quotes;

public class QuoteExtractorTests
{
    private static IReadOnlyList<Quote> Extract(string text, params Entity[] entities) =>
        QuoteExtractor.Extract("d", text, Tokens(text), Sentences(text), entities);

    [Fact]
    public void Verb_initial_reported_speech_after_inna_is_attributed_to_the_named_person()
    {
        const string text = "وقال المتحدث سامر خليل لوكالة الأنباء إن القوات تقدمت نحو البلدة.";
        var quote = Assert.Single(Extract(text, Entity(text, "per/samer", EntityType.Person, "سامر خليل")));
        Assert.Equal("per/samer", quote.SpeakerEntityId);
        Assert.False(quote.Direct);
        Assert.Equal("القوات تقدمت نحو البلدة", quote.Text);
        Assert.Equal("وقال", quote.Verb);
    }

    [Theory]
    [InlineData("قال", "إن")]
    [InlineData("وقال", "إن")]
    [InlineData("أعلن", "أن")]
    [InlineData("وأكد", "أن")]
    [InlineData("أوضح", "أن")]
    [InlineData("وأشار", "إلى أن")]
    [InlineData("ذكر", "أن")]
    [InlineData("وشدد", "على أن")]
    [InlineData("نفى", "أن")]
    [InlineData("واعتبر", "أن")]
    public void Each_reporting_verb_with_inna_or_anna_attributes_reported_speech_to_its_subject(string verb, string particle)
    {
        string text = $"{verb} سامر خليل {particle} القوات تقدمت نحو البلدة.";
        var quote = Assert.Single(Extract(text, Entity(text, "per/samer", EntityType.Person, "سامر خليل")));
        Assert.Equal("per/samer", quote.SpeakerEntityId);
        Assert.False(quote.Direct);
        Assert.Equal(verb, quote.Verb);
        Assert.EndsWith("القوات تقدمت نحو البلدة", quote.Text);
    }

    [Theory]
    [InlineData("وتابع")]
    [InlineData("وأضاف")]
    public void A_continuing_verb_without_a_subject_goes_to_the_previous_speaker(string verb)
    {
        string text = $"قال سامر خليل إن القوات تقدمت نحو البلدة. {verb} أن المعارك ستستمر.";
        var quotes = Extract(text, Entity(text, "per/samer", EntityType.Person, "سامر خليل"));
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("per/samer", q.SpeakerEntityId));
    }

    [Fact]
    public void Guillemets_after_the_verb_make_a_direct_quote()
    {
        const string text = "وأكد سامر خليل «نحن مستمرون في العمل حتى النهاية».";
        var quote = Assert.Single(Extract(text, Entity(text, "per/samer", EntityType.Person, "سامر خليل")));
        Assert.True(quote.Direct);
        Assert.Equal("نحن مستمرون في العمل حتى النهاية", quote.Text);
    }

    [Fact]
    public void Curly_quotes_after_anna_make_a_direct_quote()
    {
        const string text = "وأوضح سامر خليل أن “الوضع الإنساني صعب جدا في المخيم”.";
        var quote = Assert.Single(Extract(text, Entity(text, "per/samer", EntityType.Person, "سامر خليل")));
        Assert.True(quote.Direct);
        Assert.Equal("الوضع الإنساني صعب جدا في المخيم", quote.Text);
    }

    [Fact]
    public void A_quotation_before_its_verb_is_attributed_to_the_subject_after_it()
    {
        const string text = "\"لن نترك أرضنا مهما حدث\"، قال سامر خليل.";
        var quote = Assert.Single(Extract(text, Entity(text, "per/samer", EntityType.Person, "سامر خليل")));
        Assert.Equal("per/samer", quote.SpeakerEntityId);
        Assert.Equal("لن نترك أرضنا مهما حدث", quote.Text);
    }

    [Fact]
    public void A_short_quoted_name_is_not_a_quote()
    {
        const string text = "وذكر سامر خليل لصحيفة \"الوطن\" أن المعبر أغلق أمس.";
        var quote = Assert.Single(Extract(text, Entity(text, "per/samer", EntityType.Person, "سامر خليل")));
        Assert.False(quote.Direct);
        Assert.Equal("المعبر أغلق أمس", quote.Text);
    }

    [Fact]
    public void An_announcement_without_inna_or_a_quotation_is_not_a_quote()
    {
        const string text = "أعلنت الحكومة انطلاق المرحلة الثانية من الخطة.";
        Assert.Empty(Extract(text));
    }

    [Fact]
    public void A_spokesperson_of_a_body_is_the_person_the_article_names_in_that_role()
    {
        const string text = "عين الجيش نادر سليم متحدثا باسم الجيش. وقال متحدث باسم الجيش إن الطريق فتح.";
        var army = Entity(text, "org/army", EntityType.Organization, "الجيش");
        var nader = Entity(text, "per/nader", EntityType.Person, "نادر سليم", null, new Role("متحدث باسم", "org/army"));
        var quote = Assert.Single(Extract(text, army, nader));
        Assert.Equal("per/nader", quote.SpeakerEntityId);
    }

    [Fact]
    public void An_unnamed_spokesperson_of_a_body_is_the_body()
    {
        const string text = "وأكد متحدث باسم وزارة الداخلية في بيان أن الحدود مغلقة.";
        var quote = Assert.Single(Extract(text, Entity(text, "org/moi", EntityType.Organization, "وزارة الداخلية")));
        Assert.Equal("org/moi", quote.SpeakerEntityId);
    }

    [Fact]
    public void An_organisation_subject_is_the_speaker()
    {
        const string text = "وذكرت وزارة الداخلية في بيان أن الحدود مغلقة.";
        var quote = Assert.Single(Extract(text, Entity(text, "org/moi", EntityType.Organization, "وزارة الداخلية")));
        Assert.Equal("org/moi", quote.SpeakerEntityId);
    }

    [Fact]
    public void Wa_adafa_without_a_subject_continues_the_previous_speaker()
    {
        const string text = "وقال سامر خليل إن القوات تقدمت. وأضاف: \"سنواصل حتى تحرير كل القرى\".";
        var quotes = Extract(text, Entity(text, "per/samer", EntityType.Person, "سامر خليل"));
        Assert.Equal(2, quotes.Count);
        Assert.Equal("per/samer", quotes[1].SpeakerEntityId);
        Assert.True(quotes[1].Direct);
    }

    [Fact]
    public void A_feminine_verb_without_a_subject_picks_the_last_female_speaker()
    {
        const string text = "وقالت سلمى حداد إن المساعدات وصلت. وقال سامر خليل إن القافلة تأخرت. وتابعت أن التوزيع يبدأ غدا.";
        var quotes = Extract(text,
            Entity(text, "per/salma", EntityType.Person, "سلمى حداد"),
            Entity(text, "per/samer", EntityType.Person, "سامر خليل"));
        Assert.Equal("per/salma", quotes[2].SpeakerEntityId);
    }

    [Fact]
    public void The_definite_feminine_title_is_the_female_spokesperson_of_the_article()
    {
        const string text = "قالت الناطقة باسم المنظمة هدى سالم إن العمل مستمر. وأضافت الناطقة في بيان أن الفرق جاهزة.";
        var org = Entity(text, "org/ngo", EntityType.Organization, "المنظمة");
        var huda = Entity(text, "per/huda", EntityType.Person, "هدى سالم", null, new Role("ناطقة باسم", "org/ngo"));
        var quotes = Extract(text, org, huda);
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("per/huda", q.SpeakerEntityId));
    }

    [Fact]
    public void The_statement_refers_back_to_its_speaker()
    {
        const string text = "وقال سامر خليل إن القوات تقدمت. وأوضح البيان أن الخسائر محدودة.";
        var quotes = Extract(text, Entity(text, "per/samer", EntityType.Person, "سامر خليل"));
        Assert.Equal("per/samer", quotes[1].SpeakerEntityId);
    }

    [Fact]
    public void Empty_text_has_no_quotes() => Assert.Empty(Extract(""));
    [Fact]
    public void A_day_after_the_verb_is_not_the_speaker_the_person_named_before_it_is()
    {
        const string text = "وكان المسؤول الإعلامي في الحركة، مصطفى بالي، قال السبت الماضي إن الاشتباكات مستمرة على كل المحاور.";
        var quote = Assert.Single(Extract(text, Entity(text, "per/bali", EntityType.Person, "مصطفى بالي")));
        Assert.Equal("per/bali", quote.SpeakerEntityId);
    }

    [Fact]
    public void A_definite_common_noun_stands_for_the_body_named_before()
    {
        const string text = "أعلنت قوات سوريا الديمقراطية بدء الحملة. وقالت القوات إن المرحلة الأخيرة انطلقت اليوم.";
        var quote = Assert.Single(Extract(text, Entity(text, "actor/sdf", EntityType.Organization, "قوات سوريا الديمقراطية", ActorKind.RebelGroup)));
        Assert.Equal("actor/sdf", quote.SpeakerEntityId);
    }

    [Fact]
    public void A_common_noun_with_no_body_before_it_is_no_speaker()
    {
        const string text = "وقالت القوات إن المرحلة الأخيرة انطلقت اليوم.";
        Assert.Null(Assert.Single(Extract(text)).SpeakerEntityId);
    }

    [Fact]
    public void A_place_after_the_subject_is_not_the_speaker()
    {
        const string text = "وأكد المجلس العسكري بتعز أن القصف استهدف الأحياء السكنية.";
        var quote = Assert.Single(Extract(text, Entity(text, "loc/taiz", EntityType.Location, "تعز")));
        Assert.Null(quote.SpeakerEntityId);
    }

    [Fact]
    public void A_nisba_of_a_country_is_not_the_speaker()
    {
        const string text = "قال مسؤول تركي كبير إن جنديا قتل في الاشتباكات.";
        var quote = Assert.Single(Extract(text, Entity(text, "loc/turkey", EntityType.Location, "تركي")));
        Assert.Null(quote.SpeakerEntityId);
    }

    [Fact]
    public void Wafq_x_fa_inna_quotes_x()
    {
        const string text = "ووفق الناطق باسم المقاومة علي الأحمدي فإن «المقاتلين نجحوا في السيطرة على الحي».";
        var quote = Assert.Single(Extract(text, Entity(text, "per/ahmadi", EntityType.Person, "علي الأحمدي")));
        Assert.Equal(("per/ahmadi", true, "المقاتلين نجحوا في السيطرة على الحي"), (quote.SpeakerEntityId, quote.Direct, quote.Text));
    }

    [Fact]
    public void Bihasb_x_then_a_quotation_quotes_x()
    {
        const string text = "وبحسب الخارجية الأمريكية، «صمدت القوات بعد الهجوم واستعادت جميع الأراضي».";
        var quote = Assert.Single(Extract(text, Entity(text, "org/state", EntityType.Organization, "الخارجية الأمريكية")));
        Assert.Equal(("org/state", true), (quote.SpeakerEntityId, quote.Direct));
    }

    [Fact]
    public void A_source_closing_a_sentence_is_no_quote()
    {
        const string text = "قتل خمسة أشخاص في القصف، بحسب المرصد السوري.";
        Assert.Empty(Extract(text, Entity(text, "org/sohr", EntityType.Organization, "المرصد السوري")));
    }

    [Fact]
    public void The_addressee_after_li_is_not_the_speaker()
    {
        const string text = "وقالت مصادر قبلية لـ\"الوطن\" إن القصف مستمر منذ الصباح.";
        var quote = Assert.Single(Extract(text, Entity(text, "org/watan", EntityType.Organization, "الوطن")));
        Assert.Null(quote.SpeakerEntityId);
    }

    [Fact]
    public void A_title_resolves_to_the_person_the_document_gives_it()
    {
        const string text = "وقال رئيس الاستئناف القاضي جاسم عبود إن الهيئة تشكلت. وقال رئيس الاستئناف إن التحقيق مستمر.";
        var judge = Entity(text, "per/abboud", EntityType.Person, "جاسم عبود", null, new Role("رئيس الاستئناف", null));
        var quotes = Extract(text, judge);
        Assert.Equal(["per/abboud", "per/abboud"], quotes.Select(q => q.SpeakerEntityId));
    }

    [Fact]
    public void An_indefinite_spokesperson_of_a_body_is_the_document_s_one_spokesperson()
    {
        const string text = "قال متحدث باسم قوات سوريا الديمقراطية إن الحملة ستتسارع. وقال المتحدث طلال سلو إن المقاتلين سينتقلون.";
        var silo = Entity(text, "per/silo", EntityType.Person, "طلال سلو", null, new Role("المتحدث", null));
        var sdf = Entity(text, "actor/sdf", EntityType.Organization, "قوات سوريا الديمقراطية", ActorKind.RebelGroup);
        Assert.Equal("per/silo", Extract(text, silo, sdf)[0].SpeakerEntityId);
    }

    [Fact]
    public void A_person_who_only_owns_the_subject_is_not_the_speaker()
    {
        const string text = "قالت القوات الموالية للرئيس عبدربه منصور هادي إنها سيطرت على الحي.";
        var quote = Assert.Single(Extract(text, Entity(text, "per/hadi", EntityType.Person, "عبدربه منصور هادي")));
        Assert.Null(quote.SpeakerEntityId);
    }
}
