using System.Text;
using Marsad.Entities.Recognition;
using Marsad.Entities.Resolution;

namespace Marsad.Tests.Entities.Resolution;

public class EntityRegistryTests
{
    private const EntityType Per = EntityType.Person, Loc = EntityType.Location;

    private static readonly DocumentEntities[] Documents =
    [
        Resolve.Document("a", "قال المتحدث باسم قسد سامر بلو إن المعارك مستمرة في الرقة.", ("سامر بلو", Per), ("الرقة", Loc)),
        Resolve.Document("b", "وأكد سامر بيلو أن قوات سوريا الديموقراطية تتقدم، وأضاف بيلو أن الرقة آمنة.", ("سامر بيلو", Per), ("بيلو", Per), ("الرقة", Loc)),
        Resolve.Document("c", "أعلنت SDF السيطرة على قرية جديدة قرب الرقة.", ("الرقة", Loc)),
    ];

    private static IReadOnlyList<Entity> Merged(IEnumerable<DocumentEntities> documents)
    {
        var registry = new EntityRegistry();
        foreach (var document in documents) registry.Add(document);
        return registry.Entities;
    }

    [Fact]
    public void SpellingVariantsAcrossDocumentsAreOneEntity()
    {
        var person = Merged(Documents).Named("سامر بيلو");
        Assert.Contains("سامر بلو", person.Aliases);
        Assert.Equal(["a", "b", "b"], person.Mentions.Select(m => m.DocumentId).ToArray());
    }

    [Fact]
    public void ActorAliasesAcrossDocumentsAreOneEntity()
    {
        var sdf = Merged(Documents).Single(e => e.ActorId == "sdf");
        Assert.Equal(["a", "b", "c"], sdf.Mentions.Select(m => m.DocumentId).ToArray());
    }

    [Fact]
    public void A_country_under_its_short_and_full_names_is_one_entity()
    {
        var entities = Merged(
        [
            Resolve.Document("a", "أكدت الولايات المتحدة دعمها.", ("الولايات المتحدة", Loc)),
            Resolve.Document("b", "وقالت الولايات المتحدة الأمريكية إنها ستواصل.", ("الولايات المتحدة الأمريكية", Loc)),
        ]);

        var country = Assert.Single(entities);
        Assert.Equal(["a", "b"], country.Mentions.Select(m => m.DocumentId).ToArray());
    }

    [Fact]
    public void Two_countries_stay_two_entities() =>
        Assert.Equal(2, Merged(
        [
            Resolve.Document("a", "قصفت القوات في سوريا مواقع.", ("سوريا", Loc)),
            Resolve.Document("b", "وصل الوفد إلى سورية ثم إلى العراق.", ("سورية", Loc), ("العراق", Loc)),
        ]).Count);

    [Fact]
    public void MergingOrderDoesNotChangeTheEntities()
    {
        string Describe(IReadOnlyList<Entity> entities) => string.Join("\n", entities.Select(e =>
            $"{e.Id} {e.Name} {string.Join('|', e.Aliases)} {e.Mentions.Count} {string.Join('|', e.Roles)}"));
        Assert.Equal(Describe(Merged(Documents)), Describe(Merged(Documents.Reverse())));
    }

    [Fact]
    public void RolesPointToCollectionIds()
    {
        var entities = Merged(Documents);
        var role = Assert.Single(entities.Named("سامر بيلو").Roles);
        Assert.Equal("actor/sdf", role.OfEntityId);
    }

    [Fact]
    public void UserActorsFileAddsAliasesWithoutRecompiling()
    {
        const string json = """{"version": "local-1", "actors": [{"id": "sdf", "name": "قوات سوريا الديمقراطية", "type": "ORG", "kind": "rebel-group", "countries": ["SY"], "aliases": ["الحليف الكردي"]}]}""";
        var catalog = ActorCatalog.Default.Extend(ActorCatalog.Load(new MemoryStream(Encoding.UTF8.GetBytes(json))));
        var resolver = new EntityResolver(catalog);
        var text = "وقال الحليف الكردي إن قسد لن تنسحب.";
        var tokens = new List<Marsad.Text.Tokens.Token>();
        Marsad.Text.Tokens.ArabicTokenizer.Tokenize(text, tokens);
        var sdf = Assert.Single(resolver.ResolveDocument("d", text, tokens, []).Entities);
        Assert.Equal(2, sdf.Mentions.Count);
        Assert.EndsWith("+local-1", catalog.Version);
    }

    [Fact]
    public void EmbeddedActorsFileCoversTheRegionsConflicts()
    {
        var actors = ActorCatalog.Default.Actors;
        Assert.InRange(actors.Count, 80, 150);
        foreach (string country in new[] { "SY", "IQ", "YE", "LY", "SD", "PS", "IL", "LB" })
            Assert.Contains(actors, a => a.Countries.Contains(country));
        Assert.All(actors, a => Assert.NotEmpty(a.Aliases.Concat([a.EnglishName])));
    }

    [Fact]
    public void ADocumentsTwoSpellingsDoNotChainTwoOtherNamesTogether()
    {
        // Each name is a spelling of the next (by skeleton), but the first and the last are two different words.
        var entities = Merged(
        [
            Resolve.Document("a", "وصل الوفد إلى اليمن أمس.", ("اليمن", Loc)),
            Resolve.Document("b", "تحدث الخطيب عن الإيمان طويلا.", ("الإيمان", Loc)),
        ]);
        Assert.NotEqual(entities.Named("اليمن").Id, entities.Named("الإيمان").Id);
    }

    [Fact]
    public void AShorterNameJoinsTheOneFullNameOfTheCollection()
    {
        var entities = Merged(
        [
            Resolve.Document("a", "وصل باراك أوباما إلى الرياض.", ("باراك أوباما", Per)),
            Resolve.Document("b", "قال أوباما إن الاتفاق جيد.", ("أوباما", Per)),
        ]);
        var obama = entities.Named("أوباما");
        Assert.Equal("باراك أوباما", obama.Name);
        Assert.Contains(obama.Evidence!, e => e.Alias == "أوباما" && e.Rule == AliasEvidence.ShorterForm && e.Weak);
    }

    [Fact]
    public void AGivenNameThatFitsTwoFullNamesStaysInItsOwnDocument()
    {
        var entities = Merged(
        [
            Resolve.Document("a", "استقبل محمد بن سلمان الوفد.", ("محمد بن سلمان", Per)),
            Resolve.Document("b", "التقى محمد بن نايف الوزير.", ("محمد بن نايف", Per)),
            Resolve.Document("c", "قال محمد إن الأمر محسوم.", ("محمد", Per)),
            Resolve.Document("d", "وأضاف محمد أن الوقت ضيق.", ("محمد", Per)),
        ]);
        Assert.Equal(2, entities.Count(e => e.Name == "محمد"));
        Assert.All(entities, e => Assert.Single(e.Mentions.Select(m => m.DocumentId).Distinct()));
    }

    [Fact]
    public void TwoFullNamesWithDifferentChainsAreTwoPeople()
    {
        var entities = Merged(
        [
            Resolve.Document("a", "استقبل محمد بن سلمان الوفد.", ("محمد بن سلمان", Per)),
            Resolve.Document("b", "استقبل محمد بن سلمان بن عبدالعزيز الوفد.", ("محمد بن سلمان بن عبدالعزيز", Per)),
            Resolve.Document("c", "التقى محمد بن نايف بن عبدالعزيز الوزير.", ("محمد بن نايف بن عبدالعزيز", Per)),
        ]);
        Assert.Equal(entities.Named("محمد بن سلمان").Id, entities.Named("محمد بن سلمان بن عبدالعزيز").Id);
        Assert.NotEqual(entities.Named("محمد بن سلمان").Id, entities.Named("محمد بن نايف بن عبدالعزيز").Id);
    }

    [Fact]
    public void OneSurfaceNameWithTwoTypesIsTwoEntities()
    {
        var entities = Merged(
        [
            Resolve.Document("a", "وصل الوفد إلى الرياض مساء.", ("الرياض", Loc)),
            Resolve.Document("b", "نشرت صحيفة «الرياض» تقريرا عن السوق.", ("الرياض", EntityType.Organization)),
        ]);
        Assert.Equal(2, entities.Count(e => e.Aliases.Contains("الرياض")));
    }

    [Fact]
    public void EveryAliasHasItsEvidence()
    {
        var person = Merged(Documents).Named("سامر بيلو");
        Assert.Equal(person.Aliases.Order(StringComparer.Ordinal), person.Evidence!.Select(e => e.Alias).Order(StringComparer.Ordinal));
        Assert.Contains(person.Evidence!, e => e.Alias == "سامر بلو" && e.Rule == AliasEvidence.Variant && e.Documents.SequenceEqual(["a"]));
    }

    /// <summary>Whether two places, each named in a document of its own, come out as one entity.</summary>
    private static bool OnePlace(string a, string b)
    {
        var entities = Merged(
        [
            Resolve.Document("a", $"وصل الوفد إلى {a} أمس.", (a, Loc)),
            Resolve.Document("b", $"تحدث الوفد عن {b} مساء.", (b, Loc)),
        ]);
        return entities.Named(a).Id == entities.Named(b).Id;
    }

    [Theory]
    [InlineData("المملكة المتحدة", "بريطانيا")]
    [InlineData("دولة الكويت", "الكويت")]
    [InlineData("يمن", "اليمن")]
    public void A_country_under_another_of_its_names_is_one_entity(string a, string b) => Assert.True(OnePlace(a, b));

    [Theory]
    [InlineData("سوريا", "السورية")]
    [InlineData("ألمانيا", "ألمانية")]
    [InlineData("قطر", "القطر")]
    public void An_adjective_or_a_noun_spelled_like_a_country_is_not_the_country(string country, string word)
    {
        var entities = Merged(
        [
            Resolve.Document("a", $"وصل الوفد إلى {country} أمس.", (country, Loc)),
            Resolve.Document("b", $"تحدث الوفد عن {word} مساء.", (word, Loc)),
        ]);
        Assert.DoesNotContain(entities, e => e.Aliases.Contains(country) && e.Aliases.Contains(word));
    }

    [Fact]
    public void A_feature_under_its_listed_names_is_one_entity() => Assert.True(OnePlace("نهر الفرات", "الفرات"));

    [Fact]
    public void A_name_with_a_conjunction_left_on_joins_the_name_the_collection_uses_more()
    {
        var entities = Merged(
        [
            Resolve.Document("a", "زار الوفد وزيلاندور أمس.", ("وزيلاندور", Loc)),
            Resolve.Document("b", "وصل الوفد إلى زيلاندور مساء.", ("زيلاندور", Loc)),
            Resolve.Document("c", "غادر الوفد زيلاندور صباحا.", ("زيلاندور", Loc)),
        ]);
        var place = entities.Named("زيلاندور");
        Assert.Contains("وزيلاندور", place.Aliases);
        Assert.Contains(place.Evidence!, e => e.Alias == "وزيلاندور" && e.Rule == AliasEvidence.ReducedForm);
    }

    [Fact]
    public void A_rarer_bare_form_does_not_take_a_name_that_begins_like_a_clitic()
    {
        var entities = Merged(
        [
            Resolve.Document("a", "زار الوفد وزيلاندور أمس.", ("وزيلاندور", Loc)),
            Resolve.Document("b", "غادر الوفد وزيلاندور صباحا.", ("وزيلاندور", Loc)),
            Resolve.Document("c", "وصل الوفد إلى زيلاندور مساء.", ("زيلاندور", Loc)),
        ]);
        Assert.NotEqual(entities.Named("وزيلاندور").Id, entities.Named("زيلاندور").Id);
    }

    [Fact]
    public void A_designator_head_and_the_name_after_it_are_one_entity()
    {
        var entities = Merged(
        [
            Resolve.Document("a", "تعاقد نادي الزيلاندور مع مدرب.", ("نادي الزيلاندور", EntityType.Organization)),
            Resolve.Document("b", "فاز الزيلاندور أمس.", ("الزيلاندور", EntityType.Organization)),
            Resolve.Document("c", "خسر الزيلاندور اليوم.", ("الزيلاندور", EntityType.Organization)),
        ]);
        Assert.Equal(entities.Named("نادي الزيلاندور").Id, entities.Named("الزيلاندور").Id);
    }

    [Fact]
    public void A_body_built_on_a_name_is_not_that_name()
    {
        var entities = Merged(
        [
            Resolve.Document("a", "أعلنت جامعة زيلاندور نتائجها.", ("جامعة زيلاندور", EntityType.Organization)),
            Resolve.Document("b", "فاز زيلاندور أمس.", ("زيلاندور", EntityType.Organization)),
            Resolve.Document("c", "خسر زيلاندور اليوم.", ("زيلاندور", EntityType.Organization)),
        ]);
        Assert.NotEqual(entities.Named("جامعة زيلاندور").Id, entities.Named("زيلاندور").Id);
    }

    [Fact]
    public void A_state_that_the_tagger_called_a_body_is_the_country()
    {
        var entities = Merged(
        [
            Resolve.Document("a", "أعلنت دولة قطر دعمها.", ("دولة قطر", EntityType.Organization)),
            Resolve.Document("b", "وصل الوفد إلى قطر أمس.", ("قطر", Loc)),
            Resolve.Document("c", "غادر الوفد قطر اليوم.", ("قطر", Loc)),
        ]);
        var qatar = entities.Named("دولة قطر");
        Assert.Equal(qatar.Id, entities.Named("قطر").Id);
        Assert.Equal(Loc, qatar.Type);
    }

    [Fact]
    public void The_article_on_a_foreign_name_is_the_same_place() => Assert.True(OnePlace("الباكستان", "باكستان"));
}
