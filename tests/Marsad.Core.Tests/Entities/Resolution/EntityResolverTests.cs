using Marsad.Entities.Recognition;
using Marsad.Entities.Resolution;

namespace Marsad.Tests.Entities.Resolution;

public class EntityResolverTests
{
    private const EntityType Per = EntityType.Person, Loc = EntityType.Location, Org = EntityType.Organization;

    [Fact]
    public void EmptyDocumentHasNoEntities() => Assert.Empty(Resolve.Document("").Entities);

    [Fact]
    public void SpellingVariantsInOneDocumentAreOneEntity()
    {
        var doc = Resolve.Document("أعلنت جبهة ثوار الجنوب الديمقراطية انسحابها، وقالت جبهة ثوار الجنوب الديموقراطية إنها ستعود.",
            ("جبهة ثوار الجنوب الديمقراطية", Org), ("جبهة ثوار الجنوب الديموقراطية", Org));
        Assert.Single(doc.Entities, e => e.Type == Org);
    }

    [Fact]
    public void PartialPersonNameResolvesToTheFullName()
    {
        var doc = Resolve.Document("قال عمر الحسيني إن الهدنة صامدة. وأضاف الحسيني أن المفاوضات مستمرة.",
            ("عمر الحسيني", Per), ("الحسيني", Per));
        var person = doc.Named("الحسيني");
        Assert.Equal("عمر الحسيني", person.Name);
        Assert.Equal(2, person.Mentions.Count);
    }

    [Fact]
    public void PartialNameShearedByTwoFullNamesStaysApart()
    {
        var doc = Resolve.Document("التقى عمر الحسيني مع سامي الحسيني أمس، وقال الحسيني إن اللقاء كان مثمرا.",
            ("عمر الحسيني", Per), ("سامي الحسيني", Per), ("الحسيني", Per));
        Assert.Equal(3, doc.Entities.Count(e => e.Type == Per));
    }

    [Fact]
    public void ActorAliasesAreFoundWithCliticsEvenWithoutTaggerMentions()
    {
        var doc = Resolve.Document("اتهمت قسد تنظيم «داعش» بالهجوم، وقال مصدر مقرب لقسد إن لداعش خلايا نائمة.");
        Assert.Equal(2, doc.Entities.Single(e => e.ActorId == "sdf").Mentions.Count);
        Assert.Equal(2, doc.Entities.Single(e => e.ActorId == "isis").Mentions.Count);
    }

    [Fact]
    public void AcronymAliasJoinsTheArabicName()
    {
        var doc = Resolve.Document("قالت قوات سورية الديموقراطية (SDF) إن الحملة مستمرة.");
        var sdf = Assert.Single(doc.Entities);
        Assert.Equal("actor/sdf", sdf.Id);
        Assert.Equal(2, sdf.Mentions.Count);
        Assert.Equal("قوات سوريا الديمقراطية", sdf.Name);
    }

    [Fact]
    public void TheConjunctionComesOffACountryNameTheGazetteerKnows()
    {
        var doc = Resolve.Document("زار الوفد تركيا والأردن ولبنان خلال الأسبوع.", ("تركيا", Loc), ("والأردن", Loc), ("ولبنان", Loc));
        Assert.Equal(["الأردن", "تركيا", "لبنان"], doc.Entities.Where(e => e.Type == Loc).Select(e => e.Name).Order());
    }

    [Fact]
    public void AConjunctionBeforeAnUnknownNameStaysOn()
    {
        var doc = Resolve.Document("التقى الوفد وليد خليل في المدينة.", ("وليد خليل", Per));
        Assert.Equal("وليد خليل", Assert.Single(doc.Entities, e => e.Type == Per).Name);
    }

    [Theory]
    [InlineData("الريف")]
    [InlineData("ريف")]
    [InlineData("المدينة")]
    [InlineData("الوزارة")]
    public void AHeadWordAloneIsNotAnEntity(string head)
    {
        string text = $"وصلت القوات إلى {head} بعد الظهر.";
        Assert.Empty(Resolve.Document(text, (head, Loc)).Entities);
    }

    [Fact]
    public void AHeadWordWithItsNameIsKept()
    {
        var doc = Resolve.Document("وصلت القوات إلى ريف حمص بعد الظهر.", ("ريف حمص", Loc));
        Assert.Equal("ريف حمص", Assert.Single(doc.Entities).Name);
    }

    /// <summary>The resolver given one tagger mention: the first occurrence of <paramref name="surface"/> only.</summary>
    private static DocumentEntities TaggedOnce(string text, string surface, EntityType type)
    {
        var tokens = new List<Marsad.Text.Tokens.Token>();
        Marsad.Text.Tokens.ArabicTokenizer.Tokenize(text, tokens);
        int at = text.IndexOf(surface, StringComparison.Ordinal);
        return EntityResolver.Default.ResolveDocument("doc", text, tokens, [new EntityMention(at, at + surface.Length, type, surface)]);
    }

    [Fact]
    public void ANameTheTaggerFoundOnceIsFoundWhereverTheDocumentWritesItAgain()
    {
        var doc = TaggedOnce("وصلت القوات إلى عين العرب صباحا. وقال السكان إن عين العرب هادئة.", "عين العرب", Loc);
        Assert.Equal(2, Assert.Single(doc.Entities).Mentions.Count);
    }

    [Fact]
    public void AOneWordNameDoesNotSpread()
    {
        var doc = TaggedOnce("زار الوفد بلدة سلحب أمس، وهي بلدة سلحب في الشمال.", "سلحب", Loc);
        Assert.Equal(1, doc.Entities.Sum(e => e.Mentions.Count));
    }

    [Fact]
    public void LowerCaseEnglishWordIsNotAnAcronym() =>
        Assert.Empty(Resolve.Document("The report is ready, said the agency.").Entities);

    [Fact]
    public void ActorOverridesTheTaggersTypeAndSpan()
    {
        var doc = Resolve.Document("وتقدمت قوات الحشد الشعبي نحو البلدة.", ("الحشد", Loc));
        Assert.Equal("actor/pmf", Assert.Single(doc.Entities).Id);
    }

    [Fact]
    public void HandleThatSpellsAPersonJoinsThePerson()
    {
        var doc = Resolve.Document("قال السيناتور جون ماكين في تغريدة على حسابه @john_mccain إن القرار خاطئ.", ("جون ماكين", Per));
        var person = Assert.Single(doc.Entities);
        Assert.Contains("@john_mccain", person.Aliases);
        Assert.Equal("جون ماكين", person.Name);
    }

    [Fact]
    public void HandleThatSpellsNoPersonStaysOut()
    {
        var doc = Resolve.Document("قال جون ماكين في تغريدة أعاد نشرها @john_kerry إن القرار خاطئ.", ("جون ماكين", Per));
        Assert.DoesNotContain(doc.Entities, e => e.Aliases.Contains("@john_kerry"));
    }

    [Fact]
    public void TruncatedPlaceMentionIsCompletedByTheWordThatAlwaysFollowsIt()
    {
        var doc = Resolve.Document("وصلت التعزيزات إلى أبو كمال أمس، ثم انسحبت من أبو كمال ليلا.", ("كمال", Loc));
        Assert.Equal("كمال", doc.Entities.Single().Name);
        var completed = Resolve.Document("وصلت التعزيزات إلى مدينة دير الزور أمس، ثم انسحبت من دير الزور ليلا.", ("دير", Loc));
        Assert.Equal("دير الزور", completed.Entities.Single().Name);
    }

    [Fact]
    public void DifferentArmedForcesNeverMerge()
    {
        var doc = Resolve.Document("اشتبكت قوات سورية الديمقراطية مع قوات النظام السوري قرب الحدود، فيما عززت القوات العراقية مواقعها.");
        Assert.Equal(["iraq-forces", "sdf", "syria-army"], doc.Entities.Select(e => e.ActorId!).Order().ToArray());
    }

    [Fact]
    public void ForeignMinistryIsNotItsCountry()
    {
        var doc = Resolve.Document("قالت الخارجية الأمريكية إن الولايات المتحدة ستواصل دعمها.", ("الولايات المتحدة", Loc));
        Assert.Equal(2, doc.Entities.Count);
        Assert.Equal(Org, doc.Named("الخارجية الأمريكية").Type);
        Assert.Equal(Loc, doc.Named("الولايات المتحدة").Type);
    }

    [Fact]
    public void CouncilNamedAfterAPlaceIsNotThePlace()
    {
        var doc = Resolve.Document("وقال قائد مجلس الرقة العسكري خالد العلي إن الرقة آمنة.",
            ("الرقة", Loc), ("خالد العلي", Per));
        var council = doc.Named("مجلس الرقة العسكري");
        var place = doc.Named("الرقة");
        Assert.NotEqual(council.Id, place.Id);
        Assert.Equal(Org, council.Type);
        Assert.Single(place.Mentions);
    }

    [Fact]
    public void TitleIsNotPartOfThePersonsName()
    {
        var doc = Resolve.Document("وقال العقيد سامر الخطيب إن القصف توقف.", ("العقيد سامر الخطيب", Per));
        Assert.Equal("سامر الخطيب", Assert.Single(doc.Entities).Name);
    }

    [Fact]
    public void IdsAreStableAndDeterministic()
    {
        var first = Resolve.Document("قال عمر الحسيني إن الهدنة صامدة.", ("عمر الحسيني", Per));
        var second = Resolve.Document("أكد عمر الحسيني أمس استمرار المفاوضات.", ("عمر الحسيني", Per));
        Assert.Equal(first.Entities.Single().Id, second.Entities.Single().Id);
        Assert.StartsWith("per/", first.Entities.Single().Id);
    }

    [Fact]
    public void ACommonWordTaggedAloneIsNoEntity() =>
        Assert.Empty(Resolve.Document("وصلت أعداد كبيرة من الزوار أمس.", ("أعداد", Per)).Entities);

    [Fact]
    public void ACommonWordThatEndsAFullNameOfTheDocumentStays()
    {
        var doc = Resolve.Document("قال بشار الأسد إن الحرب طويلة، وأضاف الأسد أن الحل سياسي.", ("بشار الأسد", Per), ("الأسد", Per));
        Assert.Equal(2, doc.Named("بشار الأسد").Mentions.Count);
    }

    [Theory]
    [InlineData("بلغ سعر الصرف ريال واحد.", "ريال", EntityType.Organization)]
    [InlineData("وقال لرئيس الوزراء إن الوضع صعب.", "لرئيس", EntityType.Person)]
    [InlineData("أشاد الوزير بشركائنا في المنطقة.", "بشركائنا", EntityType.Location)]
    public void NotANameWhateverTheTag(string text, string surface, EntityType type) =>
        Assert.Empty(Resolve.Document(text, (surface, type)).Entities);

    [Fact]
    public void APersonNameDoesNotRunOnIntoAFormula()
    {
        var doc = Resolve.Document("استقبل سلمان بن عبدالعزيز أيده الله الوفد.", ("سلمان بن عبدالعزيز أيده الله", Per));
        Assert.Equal("سلمان بن عبدالعزيز", Assert.Single(doc.Entities).Name);
    }

    [Fact]
    public void APersonWithAPlaceHeadIsAPlace() =>
        Assert.Equal(Loc, Assert.Single(Resolve.Document("زار الوفد سوق عكاظ أمس.", ("سوق عكاظ", Per)).Entities).Type);

    [Fact]
    public void ACommonWordDoesNotJoinAFullNameAsItsGivenName()
    {
        var doc = Resolve.Document("قال حسن روحاني إن بلاده تريد حسن الجوار.", ("حسن روحاني", Per), ("حسن", Per));
        Assert.Single(doc.Named("حسن روحاني").Mentions);
    }

    [Fact]
    public void AKnownPlaceTaggedOtherIsAPlace() =>
        Assert.Equal(Loc, Assert.Single(Resolve.Document("وصل الوفد إلى تبوك أمس.", ("تبوك", EntityType.Miscellaneous)).Entities).Type);

    [Fact]
    public void ABodyNamedAfterACityStaysABody() =>
        Assert.Equal(Org, Assert.Single(Resolve.Document("وقال في تصريح لصحيفة الرياض إن العمل مستمر.", ("الرياض", Org)).Entities).Type);

    [Fact]
    public void ThePrepositionComesOffAPlaceHead() =>
        Assert.Equal("نهر الفرات", Assert.Single(Resolve.Document("وصلت القوات لنهر الفرات فجرا.", ("لنهر الفرات", Loc)).Entities).Name);

    [Fact]
    public void TheSideOfAPlaceIsThatPlace() =>
        Assert.Equal("الفرات", Assert.Single(Resolve.Document("تقدمت القوات على الضفة الغربية للفرات.", ("الغربية للفرات", Loc)).Entities).Name);
}
