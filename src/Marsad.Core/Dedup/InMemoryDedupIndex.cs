using System.Runtime.InteropServices;

namespace Marsad.Dedup;

/// <summary>The index of one in-memory run (<c>marsad analyze</c>): hash tables, the compact <see cref="LshIndex"/>
/// and flat posting chains. Documents are numbered 0, 1, 2, … in the order added; that number is the sequence.</summary>
public sealed class InMemoryDedupIndex(int bands = LshIndex.DefaultBands, int rows = LshIndex.DefaultRows) : IDedupIndex
{
    readonly List<DedupRecord> records = [];
    readonly Dictionary<string, int> byId = new(StringComparer.Ordinal);
    readonly Dictionary<ulong, int> byExactKey = [];
    readonly List<int> lshToDocument = [];
    // Passage seeds: n-gram → chain of (document, word position), newest first, in flat arrays.
    readonly Dictionary<ulong, (int Head, int Count)> seedHeads = [];
    readonly List<(int Document, int Position, int Next)> seedPostings = [];
    readonly List<List<PassageLocation>> passages = [];
    readonly Dictionary<string, List<(long Passage, PassageLocation Location)>> passagesByDocument = new(StringComparer.Ordinal);
    readonly List<int> bandHits = [];

    /// <summary>The LSH index over the documents that were not exact copies (persist with <see cref="LshIndex.WriteTo"/>).</summary>
    public LshIndex Lsh { get; } = new(bands, rows);

    public int Count => records.Count;

    /// <summary>Every passage, in the order opened.</summary>
    public IReadOnlyList<IReadOnlyList<PassageLocation>> Passages => passages;

    public string? FindExact(ulong exactKey) => byExactKey.TryGetValue(exactKey, out int d) ? records[d].Document.Id : null;

    public void FindByBands(ReadOnlySpan<uint> bandKeys, List<string> found)
    {
        bandHits.Clear();
        Lsh.QueryKeys(bandKeys, bandHits);
        foreach (int hit in bandHits) found.Add(records[lshToDocument[hit]].Document.Id);
    }

    public long Add(DedupRecord record)
    {
        int number = records.Count;
        byId.Add(record.Document.Id, number);
        records.Add(record);
        if (record.ExactCopyOf is null) byExactKey.TryAdd(record.ExactKey, number);
        if (record.BandKeys is { } keys)
        {
            Lsh.AddKeys(keys);
            lshToDocument.Add(number);
        }
        return number;
    }

    public (DedupDocument Document, long Sequence) Load(string id)
    {
        int number = byId.TryGetValue(id, out int n) ? n : throw new KeyNotFoundException($"unknown document '{id}'");
        return (records[number].Document, number);
    }

    public void VisitSeed(ulong seed, string document, int position, int maxPostings, List<(string Document, int Position)> earlier)
    {
        ref var head = ref CollectionsMarshal.GetValueRefOrAddDefault(seedHeads, seed, out _);
        if (head.Count <= maxPostings)
        {
            for (int p = head.Head - 1; p >= 0; p = seedPostings[p].Next - 1)
                earlier.Add((records[seedPostings[p].Document].Document.Id, seedPostings[p].Position));
            seedPostings.Add((byId[document], position, head.Head));
            head.Head = seedPostings.Count;
        }
        head.Count++;
    }

    public void AddLink(string document, DuplicateLink link) { }

    public IReadOnlyList<(long Passage, PassageLocation Location)> PassagesOf(string document) =>
        passagesByDocument.TryGetValue(document, out var list) ? list : [];

    public long AddPassage(PassageLocation first, PassageLocation second)
    {
        int created = passages.Count;
        passages.Add([first, second]);
        LocationsOf(first.DocumentId).Add((created, first));
        LocationsOf(second.DocumentId).Add((created, second));
        return created;
    }

    public void AddToPassage(long passage, PassageLocation location)
    {
        passages[(int)passage].Add(location);
        LocationsOf(location.DocumentId).Add((passage, location));
    }

    public IReadOnlyList<PassageLocation> Passage(long passage) => passages[(int)passage];

    List<(long, PassageLocation)> LocationsOf(string document)
    {
        ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(passagesByDocument, document, out _);
        return list ??= [];
    }
}
