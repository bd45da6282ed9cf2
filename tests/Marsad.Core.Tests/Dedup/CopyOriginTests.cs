using Marsad.Dedup;

namespace Marsad.Tests.Dedup;

/// <summary>Who copied from whom: said when publication times or an agency credit say it, unknown otherwise.</summary>
public class CopyOriginTests
{
    static readonly DateTimeOffset Morning = new(2015, 7, 22, 8, 0, 0, TimeSpan.FromHours(3));

    static DedupMember Member(string id, long sequence, DateTimeOffset? published, int words, params string[] agencies) =>
        new(id, sequence, published, words, agencies);

    static DedupSnapshot Snapshot(DuplicateKind kind, params DedupMember[] members) =>
        new(members, members.Skip(1).Select(m => new DedupRelation(m.Id, members[0].Id, kind, 0.7)).ToList(), []);

    [Fact]
    public void The_member_published_first_is_the_known_original_of_a_family()
    {
        var family = Assert.Single(Snapshot(DuplicateKind.Rewrite,
            Member("paper", 0, Morning.AddHours(2), 300), Member("agency", 1, Morning, 250)).Families());

        Assert.Equal(("agency", CopyOrigin.Published), (family.Canonical, family.Origin));
    }

    [Fact]
    public void With_equal_times_the_only_member_crediting_the_agency_is_the_known_original()
    {
        var family = Assert.Single(Snapshot(DuplicateKind.Rewrite,
            Member("paper", 0, Morning, 300), Member("credited", 1, Morning, 250, "spa")).Families());

        Assert.Equal(("credited", CopyOrigin.AgencyCredit), (family.Canonical, family.Origin));
    }

    [Fact]
    public void Without_times_or_a_single_credit_the_original_is_unknown()
    {
        var family = Assert.Single(Snapshot(DuplicateKind.Rewrite,
            Member("short", 0, null, 200), Member("long", 1, null, 300)).Families());

        Assert.Equal(("long", CopyOrigin.Unknown), (family.Canonical, family.Origin));
    }

    [Fact]
    public void Two_members_crediting_the_agency_on_the_same_day_leave_the_original_of_a_group_unknown()
    {
        var group = Assert.Single(Snapshot(DuplicateKind.Syndicated,
            Member("a", 0, Morning, 300, "reuters"), Member("b", 1, Morning, 250, "reuters")).SyndicationGroups());

        Assert.Equal(CopyOrigin.Unknown, group.Origin);
    }
}
