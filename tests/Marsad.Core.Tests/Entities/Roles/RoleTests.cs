using Marsad.Entities.Recognition;
using Marsad.Tests.Entities.Resolution;

namespace Marsad.Tests.Entities.Roles;

public class RoleTests
{
    private const EntityType Per = EntityType.Person;

    private static string[] RolesOf(string text, string person, params (string, EntityType)[] mentions)
    {
        var doc = Resolve.Document(text, mentions);
        var entity = doc.Named(person);
        return [.. entity.Roles.Select(r => r.OfEntityId is null ? r.Title : r.Title + " → " + doc.Entities.Single(e => e.Id == r.OfEntityId).Name)];
    }

    [Fact]
    public void SpokespersonAfterTheNameLinksToTheBody() =>
        Assert.Equal(["متحدث باسم → حزب الله"], RolesOf("وقال سامر الخطيب المتحدث باسم حزب الله: لن نرد الآن.", "سامر الخطيب", ("سامر الخطيب", Per)));

    [Fact]
    public void RankBeforeTheNameIsARole() =>
        Assert.Equal(["عقيد"], RolesOf("وأكد العقيد سامر الخطيب أن القصف توقف.", "سامر الخطيب", ("سامر الخطيب", Per)));

    [Fact]
    public void OfficialSpokeswomanOfAnUnknownBodyCreatesTheBody() =>
        Assert.Equal(["ناطقة رسمية باسم → غرفة عمليات الفتح"],
            RolesOf("وقالت الناطقة الرسمية باسم غرفة عمليات الفتح نور الهدى إن المعركة بدأت.", "نور الهدى", ("نور الهدى", Per)));

    [Fact]
    public void CommanderInConstructLinksToTheBody() =>
        Assert.Equal(["قائد → لواء القدس"], RolesOf("وأعلن قائد لواء القدس محمد السعيد انسحاب مقاتليه.", "محمد السعيد", ("محمد السعيد", Per)));

    [Fact]
    public void MinisterKeepsHisPortfolioInTheTitle() =>
        Assert.Equal(["وزير الخارجية الفرنسي"], RolesOf("وقال وزير الخارجية الفرنسي جان إيف لودريان إن باريس قلقة.", "جان إيف لودريان", ("جان إيف لودريان", Per)));

    [Fact]
    public void EnvoyToABodyLinksThroughTheLamPrefix() =>
        Assert.Equal(["مبعوث أممي → الأمم المتحدة"], RolesOf("وقال المبعوث الأممي للأمم المتحدة غير بيدرسون إن الحل سياسي.", "غير بيدرسون", ("غير بيدرسون", Per)));

    [Fact]
    public void MediaOfficialInAQuotedActorFindsAnUntaggedName() =>
        Assert.Equal(["مسؤول إعلامي في → الحوثيون"], RolesOf("وكان المسؤول الإعلامي في «أنصار الله»، كمال العتيبي، قد نفى الخبر.", "كمال العتيبي"));

    [Fact]
    public void TitleChainGivesEveryTitleToTheName() =>
        Assert.Equal(["عميد", "قائد → الفرقة الرابعة"], RolesOf("وقتل قائد الفرقة الرابعة العميد سامر الخطيب في المعارك.", "سامر الخطيب", ("سامر الخطيب", Per)).Order().ToArray());

    [Fact]
    public void TitleFollowedByCommonWordsGivesNoPerson()
    {
        var doc = Resolve.Document("وقال متحدث باسم الجيش اللبناني، الأحد، إن الوضع هادئ.");
        Assert.DoesNotContain(doc.Entities, e => e.Type == Per);
    }
}
