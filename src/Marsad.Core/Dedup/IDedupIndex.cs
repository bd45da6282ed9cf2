namespace Marsad.Dedup;

/// <summary>What <see cref="DuplicateFinder"/> keeps about one added document so that later documents find it.</summary>
/// <param name="ExactKey">XxHash3 of the whitespace-folded match key.</param>
/// <param name="ExactCopyOf">The first document with the same exact key, when this one is an exact copy (then it has no
/// signature and is neither in the LSH bands nor in the passage seeds).</param>
/// <param name="Signature">MinHash signature (null for an exact copy).</param>
/// <param name="BandKeys">LSH band keys of the signature (null for an exact copy).</param>
public sealed record DedupRecord(
    DedupDocument Document, ulong ExactKey, string? ExactCopyOf, uint[]? Signature, uint[]? BandKeys, int WordCount, IReadOnlyList<string> Agencies);

/// <summary>
/// Where <see cref="DuplicateFinder"/> looks up earlier documents and records new ones: in memory for one analyze run
/// (<see cref="InMemoryDedupIndex"/>), or in the store so that a new article is checked against everything ingested
/// before. Every lookup is keyed (exact key, band key, seed n-gram, document id): an implementation must answer
/// without scanning the collection.
/// </summary>
public interface IDedupIndex
{
    /// <summary>The first document recorded with this exact key (not itself an exact copy), or null.</summary>
    string? FindExact(ulong exactKey);

    /// <summary>Appends the documents that share at least one LSH band key (any order, repeats allowed).</summary>
    void FindByBands(ReadOnlySpan<uint> bandKeys, List<string> found);

    /// <summary>Records a document and returns its place in the order of addition (ascending, unique).</summary>
    long Add(DedupRecord record);

    /// <summary>An earlier document as it was added (for verification), with its place in the order of addition.</summary>
    (DedupDocument Document, long Sequence) Load(string id);

    /// <summary>One passage seed (a hashed n-gram of loose word keys) at <paramref name="position"/> of
    /// <paramref name="document"/>: appends the earlier postings of the seed, newest first, unless more than
    /// <paramref name="maxPostings"/> were ever recorded (a formulaic phrase), then records this posting while the seed
    /// has at most <paramref name="maxPostings"/>.</summary>
    void VisitSeed(ulong seed, string document, int position, int maxPostings, List<(string Document, int Position)> earlier);

    /// <summary>Told before one document's seeds are visited, with all of them: an index behind a network (the server
    /// store) reads their postings in one query instead of one per seed. Visiting must give the same answers either
    /// way; by default nothing is done.</summary>
    void PrefetchSeeds(ReadOnlySpan<ulong> seeds, int maxPostings) { }

    /// <summary>Records a relation from a newly added document to an earlier one.</summary>
    void AddLink(string document, DuplicateLink link);

    /// <summary>The passages that include a location in the document, with that location, in the order recorded.</summary>
    IReadOnlyList<(long Passage, PassageLocation Location)> PassagesOf(string document);

    /// <summary>Opens a passage shared by two locations and returns its number.</summary>
    long AddPassage(PassageLocation first, PassageLocation second);

    void AddToPassage(long passage, PassageLocation location);

    /// <summary>Every location of a passage, in the order added.</summary>
    IReadOnlyList<PassageLocation> Passage(long passage);
}
