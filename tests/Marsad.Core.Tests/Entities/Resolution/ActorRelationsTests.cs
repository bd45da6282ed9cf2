using Marsad.Entities.Resolution;

namespace Marsad.Core.Tests.Entities.Resolution;

public class ActorRelationsTests
{
    private static ActorCatalog Catalog => ActorCatalog.Default;

    [Fact]
    public void Two_components_of_one_force_are_on_one_side() => Assert.True(Catalog.SameSide("jaysh-al-thuwar", "manbij-military-council"));

    [Fact]
    public void A_force_and_its_ally_are_on_one_side() => Assert.True(Catalog.SameSide("sdf", "global-coalition"));

    [Fact]
    public void A_member_of_a_coalition_and_the_coalition_s_ally_are_on_one_side() => Assert.True(Catalog.SameSide("us-forces", "sdf"));

    [Fact]
    public void An_army_and_its_government_are_on_one_side() => Assert.True(Catalog.SameSide("syria-army", "syria-government"));

    [Fact]
    public void Enemies_are_not_on_one_side() => Assert.False(Catalog.SameSide("sdf", "isis"));

    [Fact]
    public void An_unknown_actor_is_on_no_one_s_side() => Assert.False(Catalog.SameSide("sdf", "no-such-actor"));

    [Fact]
    public void A_brigade_is_part_of_the_government_through_its_army() =>
        Assert.True(Catalog.IsPartOf("syria-republican-guard", "syria-government"));

    [Fact]
    public void A_user_file_adds_relations()
    {
        using var stream = new MemoryStream("""
            {"version": "u1", "actors": [{"id": "local-militia", "name": "ميليشيا محلية", "kind": "identity-militia", "allies": ["isis"]}]}
            """u8.ToArray());
        var catalog = Catalog.Extend(ActorCatalog.Load(stream));
        Assert.True(catalog.SameSide("local-militia", "isis"));
    }
}
