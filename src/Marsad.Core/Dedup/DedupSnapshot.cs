namespace Marsad.Dedup;

/// <summary>A document as the grouping rules see it.</summary>
/// <param name="Sequence">Place in the order of addition (ties in the choice of canonical member go to the earlier).</param>
public sealed record DedupMember(string Id, long Sequence, DateTimeOffset? Published, int WordCount, IReadOnlyList<string> Agencies);

/// <summary>A relation found when <paramref name="Document"/> was added, to the earlier <paramref name="Other"/>.</summary>
public sealed record DedupRelation(string Document, string Other, DuplicateKind Kind, double Similarity);

/// <summary>
/// Everything dedup found over a collection: members in order of addition, relations in the order found, shared
/// passages in the order opened. Families and syndication groups are derived here, on read, by one set of rules for
/// the in-memory finder and the store (so both give the same answer on the same documents):
/// <list type="bullet">
/// <item>a family joins documents linked as exact, near, contained or rewritten copies;</item>
/// <item>a syndication group joins documents linked as syndicated, or linked in any way when either credits a wire agency.</item>
/// </list>
/// </summary>
public sealed record DedupSnapshot(IReadOnlyList<DedupMember> Members, IReadOnlyList<DedupRelation> Relations, IReadOnlyList<SharedPassage> Passages)
{
    /// <summary>Families of two or more documents, ordered by their first member.</summary>
    public IReadOnlyList<DuplicateFamily> Families() =>
        Components(r => r.Kind != DuplicateKind.Syndicated).Select(ToFamily).ToList();

    /// <summary>Groups of documents carrying the same wire report, ordered by their first member.</summary>
    public IReadOnlyList<SyndicationGroup> SyndicationGroups() =>
        Components(r => r.Kind == DuplicateKind.Syndicated || HasAgency(r.Document) || HasAgency(r.Other)).Select(ToGroup).ToList();

    /// <summary>Relations of a document to every other document, in the order they were found.</summary>
    public IReadOnlyList<DuplicateLink> LinksOf(string id)
    {
        var links = new List<DuplicateLink>();
        foreach (var r in Relations)
        {
            if (r.Document == id) links.Add(new DuplicateLink(r.Other, r.Kind, r.Similarity));
            else if (r.Other == id) links.Add(new DuplicateLink(r.Document, r.Kind, r.Similarity));
        }
        return links;
    }

    /// <summary>How many independent sources the given documents are: a duplicate family or a syndication group counts once.</summary>
    public static int IndependentSources(IEnumerable<string> documents, IReadOnlyList<DuplicateFamily> families, IReadOnlyList<SyndicationGroup> groups)
    {
        var representative = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var family in families)
            foreach (var member in family.Members) representative[member] = family.Canonical;
        var syndicated = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in groups)
            foreach (var member in group.Copies.Append(group.Original)) syndicated[Resolve(member)] = Resolve(group.Original);
        var roots = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in documents)
        {
            var root = Resolve(d);
            roots.Add(syndicated.GetValueOrDefault(root, root));
        }
        return roots.Count;

        string Resolve(string id) => representative.GetValueOrDefault(id, id);
    }

    public int IndependentSources() => IndependentSources(Members.Select(m => m.Id), Families(), SyndicationGroups());

    Dictionary<string, int>? numbers;

    int NumberOf(string id)
    {
        numbers ??= Members.Select((m, i) => (m.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        return numbers[id];
    }

    bool HasAgency(string id) => Members[NumberOf(id)].Agencies.Count > 0;

    /// <summary>Connected components of two or more members over the relations kept by <paramref name="joins"/>;
    /// members listed in order of addition.</summary>
    IEnumerable<List<DedupMember>> Components(Func<DedupRelation, bool> joins)
    {
        var parent = Enumerable.Range(0, Members.Count).ToArray();
        foreach (var r in Relations)
        {
            if (!joins(r)) continue;
            int a = Find(NumberOf(r.Document)), b = Find(NumberOf(r.Other));
            if (a < b) parent[b] = a; else if (b < a) parent[a] = b;
        }
        var byRoot = new SortedDictionary<int, List<DedupMember>>();
        for (int i = 0; i < Members.Count; i++)
        {
            int root = Find(i);
            if (!byRoot.TryGetValue(root, out var list)) byRoot[root] = list = [];
            list.Add(Members[i]);
        }
        return byRoot.Values.Where(l => l.Count > 1);

        int Find(int x)
        {
            while (parent[x] != x) { parent[x] = parent[parent[x]]; x = parent[x]; }
            return x;
        }
    }

    static DuplicateFamily ToFamily(List<DedupMember> members)
    {
        var (canonical, origin) = OriginOf(members, members.OrderBy(m => m.Published ?? DateTimeOffset.MaxValue)
            .ThenByDescending(m => m.WordCount).ThenBy(m => m.Sequence).First());
        return new DuplicateFamily(canonical.Id, members.Select(m => m.Id).ToList(), origin);
    }

    static SyndicationGroup ToGroup(List<DedupMember> members)
    {
        var (original, origin) = OriginOf(members, members.OrderBy(m => m.Published ?? DateTimeOffset.MaxValue)
            .ThenBy(m => m.Agencies.Count > 0 ? 0 : 1)
            .ThenByDescending(m => m.WordCount).ThenBy(m => m.Sequence).First());
        var agencyIds = members.SelectMany(m => m.Agencies).Distinct().Order(StringComparer.Ordinal).ToList();
        return new SyndicationGroup(original.Id, members.Where(m => m != original).Select(m => m.Id).ToList(), agencyIds, origin);
    }

    /// <summary>The original when publication times or an agency credit say it (<see cref="CopyOrigin"/>); otherwise
    /// <paramref name="fallback"/>, the member to keep, with the origin unknown rather than guessed.</summary>
    static (DedupMember Original, CopyOrigin Origin) OriginOf(List<DedupMember> members, DedupMember fallback)
    {
        if (members.All(m => m.Published is not null))
        {
            var first = members.MinBy(m => m.Published!.Value)!;
            if (members.Count(m => m.Published == first.Published) == 1) return (first, CopyOrigin.Published);
        }
        var earliest = members.Where(m => m.Published == members.Min(x => x.Published)).ToList();
        var crediting = earliest.Where(m => m.Agencies.Count > 0).ToList();
        if (crediting.Count == 1 && members.Count(m => m.Agencies.Count > 0) == 1) return (crediting[0], CopyOrigin.AgencyCredit);
        return (fallback, CopyOrigin.Unknown);
    }
}
