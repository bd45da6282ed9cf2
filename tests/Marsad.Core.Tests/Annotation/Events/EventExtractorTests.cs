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

    /// <summary>A rebel group every sentence below may name: events are shown only with their actors.</summary>
    private static Entity Front(string text) => Entity(text, "actor/front", EntityType.Organization, "جبهة التحرير", ActorKind.RebelGroup);

    private static Entity Army(string text) => Entity(text, "actor/army", EntityType.Organization, "الجيش الوطني", ActorKind.StateForces);

    /// <summary>An actor of the actors file (its relations count), mentioned wherever its name is written.</summary>
    private static Entity Actor(string text, string catalogId, string name)
    {
        var actor = ActorCatalog.Default.Find(catalogId)!;
        var entity = Entity(text, "actor/" + catalogId, EntityType.Organization, name, actor.Kind);
        return entity with { ActorId = catalogId, Countries = actor.Countries };
    }

    [Theory]
    [InlineData("اندلعت اشتباكات عنيفة بين جبهة التحرير والفصائل في ريف المدينة.", AcledTypes.Battles, AcledTypes.ArmedClash)]
    [InlineData("دارت معارك طاحنة خاضتها جبهة التحرير قرب الحدود.", AcledTypes.Battles, AcledTypes.ArmedClash)]
    [InlineData("استمر القتال مع جبهة التحرير طوال الليل في الحي الشرقي.", AcledTypes.Battles, AcledTypes.ArmedClash)]
    [InlineData("شنت طائرات حربية غارات على مواقع جبهة التحرير في القرية.", AcledTypes.ExplosionsRemoteViolence, AcledTypes.AirDroneStrike)]
    [InlineData("تعرضت مواقع جبهة التحرير لقصف جوي عنيف.", AcledTypes.ExplosionsRemoteViolence, AcledTypes.AirDroneStrike)]
    [InlineData("قتل شخصان من جبهة التحرير بضربة طائرة مسيرة على سيارة.", AcledTypes.ExplosionsRemoteViolence, AcledTypes.AirDroneStrike)]
    [InlineData("تعرضت مواقع جبهة التحرير لقصف مدفعي مكثف.", AcledTypes.ExplosionsRemoteViolence, AcledTypes.ShellingArtilleryMissile)]
    [InlineData("سقطت صواريخ أطلقتها جبهة التحرير على المطار المدني.", AcledTypes.ExplosionsRemoteViolence, AcledTypes.ShellingArtilleryMissile)]
    [InlineData("قتل عنصر من جبهة التحرير بانفجار عبوة ناسفة على الطريق.", AcledTypes.ExplosionsRemoteViolence, AcledTypes.RemoteExplosive)]
    [InlineData("أصيب عنصر من جبهة التحرير بلغم أرضي في الوادي.", AcledTypes.ExplosionsRemoteViolence, AcledTypes.RemoteExplosive)]
    [InlineData("فجر انتحاري من جبهة التحرير حزامه الناسف عند الحاجز.", AcledTypes.ExplosionsRemoteViolence, AcledTypes.SuicideBomb)]
    [InlineData("اغتال مسلحون من جبهة التحرير مختار القرية أمام منزله.", AcledTypes.ViolenceAgainstCivilians, AcledTypes.Attack)]
    [InlineData("اختطف مسلحون من جبهة التحرير صحفيا على طريق المطار.", AcledTypes.ViolenceAgainstCivilians, AcledTypes.Abduction)]
    [InlineData("خرجت مظاهرات لأنصار جبهة التحرير في الساحة الرئيسية تطالب بالإصلاح.", AcledTypes.Protests, AcledTypes.PeacefulProtest)]
    [InlineData("فرقت الشرطة احتجاجا لأنصار جبهة التحرير أمام البرلمان بالغاز المسيل للدموع.", AcledTypes.Protests, AcledTypes.ProtestWithIntervention)]
    [InlineData("شهدت المدينة أعمال شغب لأنصار جبهة التحرير وحرق للمحال.", AcledTypes.Riots, AcledTypes.MobViolence)]
    [InlineData("وقعت جبهة التحرير اتفاقا لتبادل الأسرى.", AcledTypes.StrategicDevelopments, AcledTypes.Agreement)]
    [InlineData("نفذت جبهة التحرير حملة اعتقالات في الحي.", AcledTypes.StrategicDevelopments, AcledTypes.Arrests)]
    [InlineData("أعلن قائد في جبهة التحرير انشقاقه عن الفصيل.", AcledTypes.StrategicDevelopments, AcledTypes.ChangeToGroup)]
    [InlineData("أكملت جبهة التحرير انسحابها من البلدة بموجب التسوية.", AcledTypes.StrategicDevelopments, AcledTypes.NonViolentTransfer)]
    [InlineData("بدأت جبهة التحرير إنشاء قاعدة عسكرية قرب السد.", AcledTypes.StrategicDevelopments, AcledTypes.HeadquartersEstablished)]
    public void A_trigger_gives_its_type_and_sub_type(string text, string type, string subType)
    {
        var e = One(text, Front(text));
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
    [InlineData("ستتسارع المعارك مع جبهة التحرير في الأيام المقبلة.")]
    [InlineData("سيشن الجيش غارات على مواقع جبهة التحرير.")]
    [InlineData("سوف تبدأ الاشتباكات مع جبهة التحرير قريبا.")]
    [InlineData("لم تقع اشتباكات مع جبهة التحرير في المدينة أمس.")]
    [InlineData("نفى الجيش شن غارات على مواقع جبهة التحرير.")]
    [InlineData("ربما وقعت اشتباكات مع جبهة التحرير قرب الحدود.")]
    [InlineData("قد تندلع اشتباكات جديدة مع جبهة التحرير قرب الحدود.")]
    [InlineData("يعتزم الجيش شن غارات على مواقع جبهة التحرير.")]
    [InlineData("تخطط جبهة التحرير للسيطرة على المدينة.")]
    [InlineData("وفي حال سيطرت جبهة التحرير على البلدة فستنتهي الحرب.")]
    [InlineData("عاد مقاتلو جبهة التحرير إلى جبهات القتال.")]
    [InlineData("ما زالت البلدة تحت سيطرة جبهة التحرير.")]
    [InlineData("يعتمد مقاتلو جبهة التحرير على العبوات الناسفة للحفاظ على نفوذهم.")]
    public void Future_negated_hedged_intended_and_state_statements_are_not_events(string text) => Assert.Empty(Extract(text, Front(text)));

    [Fact]
    public void Pluperfect_qad_is_not_a_hedge()
    {
        const string text = "كانت جبهة التحرير قد سيطرت على البلدة.";
        Assert.Single(Extract(text, Front(text)));
    }

    [Fact]
    public void Stated_dead_are_fatalities()
    {
        const string text = "أسفرت غارة على مواقع جبهة التحرير عن سقوط 5 قتلى في السوق.";
        Assert.Equal(5, One(text, Front(text)).Fatalities);
    }

    [Fact]
    public void People_killed_are_fatalities()
    {
        const string text = "قتل 3 مدنيين بقصف مدفعي لجبهة التحرير على الحي.";
        Assert.Equal(3, One(text, Front(text)).Fatalities);
    }

    [Fact]
    public void The_death_of_one_named_person_is_one_fatality()
    {
        const string text = "قاد العقيد كتيبة في الجيش الوطني قبل مقتله بلغم أرضي.";
        Assert.Equal(1, One(text, Army(text)).Fatalities);
    }

    [Fact]
    public void No_stated_deaths_are_zero_fatalities()
    {
        const string text = "اندلعت اشتباكات مع جبهة التحرير قرب السد.";
        Assert.Equal(0, One(text, Front(text)).Fatalities);
    }

    [Fact]
    public void Without_a_date_in_the_sentence_the_document_event_date_is_used()
    {
        const string text = "اندلعت اشتباكات مع جبهة التحرير قرب السد.";
        var e = One(text, Front(text));
        Assert.Equal(("2020-03-09", 2), (e.Date, e.TimePrecision));
    }

    [Fact]
    public void A_full_date_in_the_sentence_is_the_event_date_with_day_precision()
    {
        const string text = "اندلعت اشتباكات مع جبهة التحرير قرب السد في 4 آذار 2020.";
        var e = One(text, Front(text));
        Assert.Equal(("2020-03-04", 1), (e.Date, e.TimePrecision));
    }

    [Fact]
    public void A_clash_without_actors_is_not_shown() => Assert.Empty(Extract("اندلعت اشتباكات عنيفة قرب السد."));

    [Fact]
    public void A_bare_attack_with_one_side_is_not_shown()
    {
        const string text = "صد الجيش الوطني هجوما قرب السد.";
        Assert.Empty(Extract(text, Army(text)));
    }

    [Fact]
    public void Allies_are_never_opponents()
    {
        const string text = "شنت قوات سوريا الديمقراطية والتحالف الدولي هجوما على مواقع داعش قرب البلدة.";
        var e = One(text, Actor(text, "sdf", "قوات سوريا الديمقراطية"), Actor(text, "global-coalition", "التحالف الدولي"), Actor(text, "isis", "داعش"));
        Assert.Equal(("actor/sdf", "actor/isis"), (e.Actor1EntityId, e.Actor2EntityId));
    }

    [Fact]
    public void Components_of_one_force_without_an_opponent_are_no_battle()
    {
        const string text = "دخل جيش الثوار ومجلس منبج العسكري المعارك إلى جانب قوات سوريا الديمقراطية.";
        Assert.Empty(Extract(text, Actor(text, "jaysh-al-thuwar", "جيش الثوار"), Actor(text, "manbij-military-council", "مجلس منبج العسكري"),
            Actor(text, "sdf", "قوات سوريا الديمقراطية")));
    }

    [Fact]
    public void A_supporter_is_not_a_party()
    {
        const string text = "طردت قوات سوريا الديمقراطية بدعم من التحالف الدولي تنظيم داعش من القرية.";
        var e = One(text, Actor(text, "sdf", "قوات سوريا الديمقراطية"), Actor(text, "global-coalition", "التحالف الدولي"), Actor(text, "isis", "داعش"));
        Assert.Equal(("actor/sdf", "actor/isis"), (e.Actor1EntityId, e.Actor2EntityId));
    }

    [Fact]
    public void A_landmine_that_killed_an_officer_has_his_side_as_the_victim()
    {
        const string text = "لقي النظام السوري ضربة جديدة بخسارته قائدا في الجيش السوري، قبل مقتله بلغم أرضي.";
        var e = One(text, Actor(text, "syria-government", "النظام السوري"), Actor(text, "syria-army", "الجيش السوري"));
        Assert.Equal(AcledTypes.RemoteExplosive, e.SubEventType);
        Assert.Equal((null, "actor/syria-army"), (e.Actor1EntityId, e.Actor2EntityId));
        Assert.Equal(1, e.Fatalities);
    }

    [Fact]
    public void A_claimed_bombing_has_its_claimant_as_actor_1()
    {
        const string text = "تبنت جبهة التحرير تفجير عبوة ناسفة أدى إلى مقتل ثلاثة أشخاص.";
        var e = One(text, Front(text));
        Assert.Equal(("actor/front", (string?)null), (e.Actor1EntityId, e.Actor2EntityId));
    }

    [Fact]
    public void A_conditional_threat_against_any_attack_is_not_an_event()
    {
        const string text = "وشددت على أن القوات الأمريكية سترد على أي هجوم يشنه داعش.";
        Assert.Empty(Extract(text, Actor(text, "us-forces", "القوات الأمريكية"), Actor(text, "isis", "داعش")));
    }

    [Fact]
    public void A_warning_against_any_clash_is_not_an_event()
    {
        const string text = "حذر الجيش الوطني من أي اشتباكات مع جبهة التحرير.";
        Assert.Empty(Extract(text, Army(text), Front(text)));
    }

    [Fact]
    public void What_happened_last_year_is_background()
    {
        const string text = "وطردت قوات سوريا الديمقراطية العام الماضي تنظيم داعش من البلدة.";
        Assert.Empty(Extract(text, Actor(text, "sdf", "قوات سوريا الديمقراطية"), Actor(text, "isis", "داعش")));
    }

    [Fact]
    public void The_same_sentence_without_last_year_is_an_event()
    {
        const string text = "وطردت قوات سوريا الديمقراطية تنظيم داعش من البلدة.";
        Assert.Single(Extract(text, Actor(text, "sdf", "قوات سوريا الديمقراطية"), Actor(text, "isis", "داعش")));
    }

    [Fact]
    public void What_had_happened_before_is_background()
    {
        const string text = "وسبق أن قصفت جبهة التحرير مواقع الجيش الوطني.";
        Assert.Empty(Extract(text, Front(text), Army(text)));
    }

    [Fact]
    public void A_year_before_the_document_is_background()
    {
        const string text = "اشتبكت جبهة التحرير مع الجيش الوطني في المدينة عام 2013.";
        Assert.Empty(Extract(text, Front(text), Army(text)));
    }

    [Fact]
    public void A_separate_attack_after_a_background_sentence_is_background_too()
    {
        const string text = "طردت جبهة التحرير العام الماضي الجيش الوطني من البلدة. وفي هجوم منفصل، طردت جبهة التحرير الجيش الوطني من القرية.";
        Assert.Empty(Extract(text, Front(text), Army(text)));
    }

    [Fact]
    public void What_follows_radda_ala_is_the_cause_not_an_event_nor_its_party()
    {
        const string text = "قصفت جبهة التحرير البلدة بالقذائف ردا على هجوم الجيش الوطني.";
        var e = One(text, Front(text), Army(text));
        Assert.Equal(("actor/front", (string?)null), (e.Actor1EntityId, e.Actor2EntityId));
    }

    [Fact]
    public void Who_holds_the_struck_village_is_not_a_party()
    {
        const string text = "قتل 12 مدنيا في غارات شنها الجيش الوطني على قرية يسيطر عليها تنظيم داعش.";
        var e = One(text, Army(text), Actor(text, "isis", "تنظيم داعش"));
        Assert.Equal(("actor/army", (string?)null), (e.Actor1EntityId, e.Actor2EntityId));
    }

    [Fact]
    public void The_day_of_the_statement_is_not_the_day_of_the_event()
    {
        const string text = "قال الجيش الوطني يوم الأحد إن طائراته شنت غارات على جبهة التحرير يوم الجمعة.";
        var e = One(text, Army(text), Front(text));
        Assert.Equal(("2020-03-06", 1), (e.Date, e.TimePrecision));
    }

    [Fact]
    public void Empty_text_has_no_events() => Assert.Empty(Extract(""));
}
