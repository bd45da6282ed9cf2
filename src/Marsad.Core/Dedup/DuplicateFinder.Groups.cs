namespace Marsad.Dedup;

public sealed partial class DuplicateFinder
{
    readonly UnionFind families, syndication;

    /// <summary>Families of two or more documents (exact, near or contained), ordered by their first member.</summary>
    public IReadOnlyList<DuplicateFamily> Families() =>
        Components(families).Select(ToFamily).ToList();

    /// <summary>The family of a document (a family of one when it duplicates nothing).</summary>
    public DuplicateFamily FamilyOf(string id) => ToFamily(Members(families, IndexOf(id)));

    /// <summary>Groups of documents carrying the same wire report, ordered by their first member.</summary>
    public IReadOnlyList<SyndicationGroup> SyndicationGroups() =>
        Components(syndication).Select(ToGroup).ToList();

    /// <summary>The syndication group of a document, or null when it shares no wire report.</summary>
    public SyndicationGroup? SyndicationGroupOf(string id)
    {
        var members = Members(syndication, IndexOf(id));
        return members.Count > 1 ? ToGroup(members) : null;
    }

    DuplicateFamily ToFamily(List<int> members)
    {
        int canonical = members.OrderBy(m => entries[m].Published ?? DateTimeOffset.MaxValue)
            .ThenByDescending(m => entries[m].WordCount).ThenBy(m => m).First();
        return new DuplicateFamily(entries[canonical].Id, members.Select(m => entries[m].Id).ToList());
    }

    SyndicationGroup ToGroup(List<int> members)
    {
        int original = members.OrderBy(m => entries[m].Published ?? DateTimeOffset.MaxValue)
            .ThenBy(m => entries[m].Agencies.Count > 0 ? 0 : 1)
            .ThenByDescending(m => entries[m].WordCount).ThenBy(m => m).First();
        var agencyIds = members.SelectMany(m => entries[m].Agencies).Distinct().Order(StringComparer.Ordinal).ToList();
        return new SyndicationGroup(entries[original].Id, members.Where(m => m != original).Select(m => entries[m].Id).ToList(), agencyIds);
    }

    IEnumerable<List<int>> Components(UnionFind sets)
    {
        var byRoot = new SortedDictionary<int, List<int>>();
        for (int i = 0; i < entries.Count; i++)
        {
            int root = sets.Find(i);
            if (!byRoot.TryGetValue(root, out var list)) byRoot[root] = list = [];
            list.Add(i);
        }
        return byRoot.Values.Where(l => l.Count > 1).OrderBy(l => l[0]);
    }

    List<int> Members(UnionFind sets, int member)
    {
        int root = sets.Find(member);
        var list = new List<int>();
        for (int i = 0; i < entries.Count; i++) if (sets.Find(i) == root) list.Add(i);
        return list;
    }

    /// <summary>Disjoint sets over document numbers; the smallest number is the root, so results do not depend on
    /// the order unions happen in.</summary>
    sealed class UnionFind
    {
        readonly List<int> parent = [];

        public void Add() => parent.Add(parent.Count);

        public int Find(int x)
        {
            while (parent[x] != x) { parent[x] = parent[parent[x]]; x = parent[x]; }
            return x;
        }

        public void Union(int x, int y)
        {
            int rx = Find(x), ry = Find(y);
            if (rx == ry) return;
            if (rx < ry) parent[ry] = rx; else parent[rx] = ry;
        }
    }
}
