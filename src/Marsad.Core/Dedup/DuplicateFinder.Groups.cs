namespace Marsad.Dedup;

public sealed partial class DuplicateFinder
{
    /// <summary>Members, relations and passages so far (in-memory index only; a store reads its own).</summary>
    public DedupSnapshot Snapshot()
    {
        var memory = MemoryIndex;
        var members = entries.OrderBy(e => e.Sequence)
            .Select(e => new DedupMember(e.Id, e.Sequence, e.Published, e.WordCount, e.Agencies)).ToList();
        return new DedupSnapshot(members, relations, memory.Passages.Select(p => new SharedPassage([.. p])).ToList());
    }

    /// <summary>Families of two or more documents (exact, near or contained), ordered by their first member.</summary>
    public IReadOnlyList<DuplicateFamily> Families() => Snapshot().Families();

    /// <summary>The family of a document (a family of one when it duplicates nothing).</summary>
    public DuplicateFamily FamilyOf(string id)
    {
        IndexOf(id);
        return Families().FirstOrDefault(f => f.Members.Contains(id)) ?? new DuplicateFamily(id, [id]);
    }

    /// <summary>Groups of documents carrying the same wire report, ordered by their first member.</summary>
    public IReadOnlyList<SyndicationGroup> SyndicationGroups() => Snapshot().SyndicationGroups();

    /// <summary>The syndication group of a document, or null when it shares no wire report.</summary>
    public SyndicationGroup? SyndicationGroupOf(string id)
    {
        IndexOf(id);
        return SyndicationGroups().FirstOrDefault(g => g.Original == id || g.Copies.Contains(id));
    }
}
