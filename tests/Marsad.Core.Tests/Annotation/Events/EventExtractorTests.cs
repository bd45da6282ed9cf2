using Marsad.Annotation.Events;
using Marsad.Annotation.Numbers;
using Marsad.Annotation.Times;
using Marsad.Entities.Recognition;
using Marsad.Entities.Resolution;
using static Marsad.Core.Tests.Annotation.TestDocuments;

namespace Marsad.Core.Tests.Annotation.Events;

public class EventExtractorTests
{
    private static IReadOnlyList<ConflictEvent> Extract(string text, params Entity[] entities)
    {
        var tokens = Tokens(text);
        var times = TimeExpressionTagger.Tag(text, tokens, new DateTimeOffset(2020, 3, 10, 12, 0, 0, TimeSpan.Zero));
        var numbers = NumberTagger.Tag(text, tokens, times.Times);
        return EventExtractor.Extract("d", text, tokens, Sentences(text), entities, times.Times, numbers, "2020-03-09", places: []);
    }

    private static ConflictEvent One(string text, params Entity[] entities) => Assert.Single(Extract(text, entities));

    [Theory]
    [InlineData("اندلعت اشتباكات عنيفة بين الفصائل في ريف المدينة.", AcledTypes.Battles, AcledTypes.ArmedClash)]
    [InlineData("دارت معارك طاحنة قرب الحدود.", AcledTypes.Battles, AcledTypes.ArmedClash)]
    [InlineData("استمر القتال طوال الليل في الحي الشرقي.", AcledTypes.Battles, AcledTypes.ArmedClash)]
    [InlineData("شنت طائرات حربية غارات على القرية.", AcledTypes.ExplosionsRemoteViolence, AcledTypes.AirDroneStrike)]
    [InlineData("تعرضت البلدة لقصف جوي عنيف.", AcledTypes.ExplosionsRemoteViolence, AcledTypes.AirDroneStrike)]
    [InlineData("قتل شخصان بضربة طائرة مسيرة على سيارة.", AcledTypes.ExplosionsRemoteViolence, AcledTypes.AirDroneStrike)]
    [InlineData("تعرض الحي لقصف مدفعي مكثف.", AcledTypes.ExplosionsRemoteViolence, AcledTypes.ShellingArtilleryMissile)]
    [InlineData("سقطت صواريخ على المطار المدني.", AcledTypes.ExplosionsRemoteViolence, AcledTypes.ShellingArtilleryMissile)]
    [InlineData("قتل جندي بانفجار عبوة ناسفة على الطريق.", AcledTypes.ExplosionsRemoteViolence, AcledTypes.RemoteExplosive)]
    [InlineData("أصيب راع بلغم أرضي في الوادي.", AcledTypes.ExplosionsRemoteViolence, AcledTypes.RemoteExplosive)]
    [InlineData("فجر انتحاري حزامه الناسف عند الحاجز.", AcledTypes.ExplosionsRemoteViolence, AcledTypes.SuicideBomb)]
    [InlineData("اغتال مسلحون مختار القرية أمام منزله.", AcledTypes.ViolenceAgainstCivilians, AcledTypes.Attack)]
    [InlineData("اختطف مسلحون صحفيا على طريق المطار.", AcledTypes.ViolenceAgainstCivilians, AcledTypes.Abduction)]
    [InlineData("خرجت مظاهرات في الساحة الرئيسية تطالب بالإصلاح.", AcledTypes.Protests, AcledTypes.PeacefulProtest)]
    [InlineData("فرقت الشرطة احتجاجا أمام البرلمان بالغاز المسيل للدموع.", AcledTypes.Protests, AcledTypes.ProtestWithIntervention)]
    [InlineData("شهدت المدينة أعمال شغب وحرق للمحال.", AcledTypes.Riots, AcledTypes.MobViolence)]
    [InlineData("وقع الطرفان اتفاقا لتبادل الأسرى.", AcledTypes.StrategicDevelopments, AcledTypes.Agreement)]
    [InlineData("نفذت قوات الأمن حملة اعتقالات في الحي.", AcledTypes.StrategicDevelopments, AcledTypes.Arrests)]
    [InlineData("أعلن قائد الكتيبة انشقاقه عن الفصيل.", AcledTypes.StrategicDevelopments, AcledTypes.ChangeToGroup)]
    [InlineData("أكملت القوات انسحابها من البلدة بموجب التسوية.", AcledTypes.StrategicDevelopments, AcledTypes.NonViolentTransfer)]
    [InlineData("بدأ الجيش إنشاء قاعدة عسكرية قرب السد.", AcledTypes.StrategicDevelopments, AcledTypes.HeadquartersEstablished)]
    public void A_trigger_gives_its_type_and_sub_type(string text, string type, string subType)
    {
        var e = One(text);
        Assert.Equal(type, e.EventType);
        Assert.Equal(subType, e.SubEventType);
    }

    [Fact]
    public void State_forces_taking_ground_regain_territory()
    {
        const string text = "استعاد الجيش الوطني السيطرة على البلدة.";
        var e = One(text, Entity(text, "actor/army", EntityType.Organization, "الجيش الوطني", ActorKind.StateForces));
        Assert.Equal(AcledTypes.GovernmentRegainsTerritory, e.SubEventType);
        Assert.Equal("actor/army", e.Actor1EntityId);
    }

    [Fact]
    public void A_rebel_group_taking_ground_overtakes_territory()
    {
        const string text = "سيطرت جبهة التحرير على ثلاث قرى.";
        var e = One(text, Entity(text, "actor/front", EntityType.Organization, "جبهة التحرير", ActorKind.RebelGroup));
        Assert.Equal(AcledTypes.NonStateActorOvertakesTerritory, e.SubEventType);
    }

    [Fact]
    public void Bayna_x_wa_y_gives_both_actors()
    {
        const string text = "اندلعت اشتباكات بين جبهة التحرير والجيش الوطني قرب السد.";
        var e = One(text,
            Entity(text, "actor/front", EntityType.Organization, "جبهة التحرير", ActorKind.RebelGroup),
            Entity(text, "actor/army", EntityType.Organization, "الجيش الوطني", ActorKind.StateForces));
        Assert.Equal(("actor/front", "actor/army"), (e.Actor1EntityId, e.Actor2EntityId));
    }

    [Fact]
    public void Didda_x_makes_x_the_second_actor()
    {
        const string text = "خاض الجيش الوطني معارك ضد جبهة التحرير.";
        var e = One(text,
            Entity(text, "actor/front", EntityType.Organization, "جبهة التحرير", ActorKind.RebelGroup),
            Entity(text, "actor/army", EntityType.Organization, "الجيش الوطني", ActorKind.StateForces));
        Assert.Equal(("actor/army", "actor/front"), (e.Actor1EntityId, e.Actor2EntityId));
    }

    [Theory]
    [InlineData("ستتسارع المعارك في الأيام المقبلة.")]
    [InlineData("سيشن الجيش غارات على مواقع المسلحين.")]
    [InlineData("سوف تبدأ الاشتباكات قريبا.")]
    [InlineData("لم تقع اشتباكات في المدينة أمس.")]
    [InlineData("نفى الجيش شن غارات على القرية.")]
    [InlineData("ربما وقعت اشتباكات قرب الحدود.")]
    [InlineData("قد تندلع اشتباكات جديدة قرب الحدود.")]
    [InlineData("يعتزم الجيش شن غارات على المواقع.")]
    [InlineData("تخطط القوات للسيطرة على المدينة.")]
    [InlineData("وفي حال سيطرت القوات على البلدة فستنتهي الحرب.")]
    [InlineData("عاد المقاتلون إلى جبهات القتال.")]
    [InlineData("ما زالت البلدة تحت سيطرة الفصائل.")]
    [InlineData("يعتمد التنظيم على العبوات الناسفة للحفاظ على نفوذه.")]
    public void Future_negated_hedged_intended_and_state_statements_are_not_events(string text) => Assert.Empty(Extract(text));

    [Fact]
    public void Pluperfect_qad_is_not_a_hedge()
    {
        const string text = "كانت القوات قد سيطرت على البلدة.";
        Assert.Single(Extract(text));
    }

    [Fact]
    public void Stated_dead_are_fatalities() =>
        Assert.Equal(5, One("أسفرت الغارة عن سقوط 5 قتلى في السوق.").Fatalities);

    [Fact]
    public void People_killed_are_fatalities() =>
        Assert.Equal(3, One("قتل 3 مدنيين بقصف مدفعي على الحي.").Fatalities);

    [Fact]
    public void The_death_of_one_named_person_is_one_fatality() =>
        Assert.Equal(1, One("قاد العقيد الكتيبة قبل مقتله بلغم أرضي.").Fatalities);

    [Fact]
    public void No_stated_deaths_are_zero_fatalities() => Assert.Equal(0, One("اندلعت اشتباكات قرب السد.").Fatalities);

    [Fact]
    public void Without_a_date_in_the_sentence_the_document_event_date_is_used()
    {
        var e = One("اندلعت اشتباكات قرب السد.");
        Assert.Equal(("2020-03-09", 2), (e.Date, e.TimePrecision));
    }

    [Fact]
    public void A_full_date_in_the_sentence_is_the_event_date_with_day_precision()
    {
        var e = One("اندلعت اشتباكات قرب السد في 4 آذار 2020.");
        Assert.Equal(("2020-03-04", 1), (e.Date, e.TimePrecision));
    }

    [Fact]
    public void Empty_text_has_no_events() => Assert.Empty(Extract(""));
}
