using System.Runtime.InteropServices;
using Marsad.Text;

namespace Marsad.Dedup;

/// <summary>
/// Finds exact duplicates, near-duplicates, contained rewrites, shared passages and syndicated wire reports,
/// one document at a time. Adding a document costs its signature, one exact-key lookup, one LSH lookup, one lookup
/// per word n-gram in the passage index and exact verification of the candidates found: never a scan of the collection.
/// <list type="number">
/// <item>Exact: XxHash3 of the whitespace-folded match key. An exact copy is linked to the first document with that key
/// and is not indexed again.</item>
/// <item>Near / contained: MinHash (<see cref="MinHasher"/>) over word shingles of the match key, LSH bands
/// (<see cref="LshIndex"/>) for candidates, then exact Jaccard and containment on the kept shingle sets.</item>
/// <item>Shared passages: n-grams of loose word keys (<see cref="MatchKeyWords.LooseKey"/>) seed an alignment that
/// tolerates small edits (<see cref="PassageAligner"/>); documents sharing passages are also verified for containment.</item>
/// <item>Syndication: see <c>DuplicateFinder.Syndication.cs</c>.</item>
/// </list>
/// Per-document verification data (shingle sets, word keys) is kept in memory beside the LSH index; the LSH index itself
/// is <see cref="Index"/> and can be persisted. Not thread-safe.
/// </summary>
public sealed partial class DuplicateFinder
{
    readonly DedupOptions options;
    readonly MinHasher hasher;
    readonly LshIndex lsh;
    readonly WireAgencies agencies;
    readonly List<Entry> entries = [];
    readonly Dictionary<string, int> byId = new(StringComparer.Ordinal);
    readonly Dictionary<ulong, int> byExactKey = [];
    readonly List<int> lshToEntry = [];

    public DuplicateFinder(DedupOptions? options = null, WireAgencies? agencies = null)
    {
        this.options = options ?? DedupOptions.Default;
        hasher = new MinHasher(this.options.HashCount);
        lsh = new LshIndex(this.options.Bands, this.options.Rows);
        this.agencies = agencies ?? WireAgencies.Default;
        families = new UnionFind();
        syndication = new UnionFind();
    }

    public DedupOptions Options => options;

    /// <summary>Documents added so far.</summary>
    public int Count => entries.Count;

    /// <summary>The LSH index over the documents that were not exact copies (persist with <see cref="LshIndex.WriteTo"/>).</summary>
    public LshIndex Index => lsh;

    /// <summary>Adds a document and links it to the earlier documents it duplicates, shares passages or a wire report with.</summary>
    public DedupOutcome Add(DedupDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (byId.ContainsKey(document.Id)) throw new ArgumentException($"document '{document.Id}' was already added", nameof(document));

        var words = new List<KeyWord>(document.Text.Length / 5);
        MatchKeyWords.Collect(document.Text, words, withLooseKeys: options.FindPassages);
        var wordHashes = new ulong[words.Count];
        for (int i = 0; i < wordHashes.Length; i++) wordHashes[i] = words[i].Hash;

        var entry = new Entry(document, MatchKeyWords.ExactKeyHash(document.Text), WordShingles.SortedSet(wordHashes, options.ShingleSize), words.Count)
        {
            Agencies = agencies.FindIn(document.Text),
        };
        int self = entries.Count;
        entries.Add(entry);
        byId.Add(document.Id, self);
        families.Add();
        syndication.Add();

        var links = new List<DuplicateLink>();
        ref int exactFirst = ref CollectionsMarshal.GetValueRefOrAddDefault(byExactKey, entry.ExactKey, out bool seen);
        if (seen)
        {
            // An exact copy: its near-duplicates and passages are those of the first copy; keep the indexes small.
            Link(self, exactFirst, DuplicateKind.Exact, 1, links);
            return new DedupOutcome(document.Id, links, [], entry.Agencies);
        }
        exactFirst = self;

        var candidates = new SortedDictionary<int, Candidate>();
        var signature = hasher.Signature(entry.Shingles);
        var lshCandidates = new List<int>();
        lsh.Query(signature, lshCandidates);
        foreach (int c in lshCandidates) candidates[lshToEntry[c]] = new Candidate();
        lsh.Add(signature);
        lshToEntry.Add(self);

        var newPassages = new List<SharedPassage>();
        if (options.FindPassages) FindPassages(self, words, document.Sentences, candidates, newPassages);

        foreach (var (other, candidate) in candidates) Classify(self, other, candidate, links);
        return new DedupOutcome(document.Id, links, newPassages, entry.Agencies);
    }

    /// <summary>Decides the strongest relation between the new document and one candidate, and records it.</summary>
    void Classify(int self, int other, Candidate candidate, List<DuplicateLink> links)
    {
        Entry a = entries[self], b = entries[other];
        int common = ShingleSetSimilarity.IntersectionCount(a.Shingles, b.Shingles);
        int union = a.Shingles.Length + b.Shingles.Length - common;
        double jaccard = union == 0 ? 1 : (double)common / union;
        if (jaccard >= options.NearThreshold) { Link(self, other, DuplicateKind.Near, jaccard, links); return; }

        int smaller = Math.Min(a.Shingles.Length, b.Shingles.Length);
        double containment = smaller == 0 ? 0 : (double)common / smaller;
        if (smaller >= options.MinContainedShingles && containment >= options.ContainmentThreshold)
        {
            Link(self, other, DuplicateKind.Contained, containment, links);
            return;
        }
        if (candidate.Alignments is { Count: > 0 } alignments && SharesWireReport(self, other, alignments, out double share))
            Link(self, other, DuplicateKind.Syndicated, share, links);
    }

    void Link(int self, int other, DuplicateKind kind, double similarity, List<DuplicateLink> links)
    {
        similarity = Math.Round(similarity, 4);
        var forward = new DuplicateLink(entries[other].Id, kind, similarity);
        links.Add(forward);
        entries[self].Links.Add(forward);
        entries[other].Links.Add(new DuplicateLink(entries[self].Id, kind, similarity));
        if (kind != DuplicateKind.Syndicated) families.Union(self, other);
        if (kind == DuplicateKind.Syndicated || entries[self].Agencies.Count > 0 || entries[other].Agencies.Count > 0)
            syndication.Union(self, other);
    }

    /// <summary>Relations of a document to every other document, in the order they were found.</summary>
    public IReadOnlyList<DuplicateLink> LinksOf(string id) => entries[IndexOf(id)].Links;

    /// <summary>Wire agencies a document credits or cites.</summary>
    public IReadOnlyList<string> AgenciesOf(string id) => entries[IndexOf(id)].Agencies;

    int IndexOf(string id) => byId.TryGetValue(id, out int i) ? i : throw new KeyNotFoundException($"unknown document '{id}'");

    sealed class Entry(DedupDocument document, ulong exactKey, ulong[] shingles, int wordCount)
    {
        public string Id => document.Id;
        public string Text => document.Text;
        public DateTimeOffset? Published => document.Published;
        public ulong ExactKey { get; } = exactKey;
        public ulong[] Shingles { get; } = shingles;
        public int WordCount { get; } = wordCount;
        public IReadOnlyList<string> Agencies { get; init; } = [];
        public List<DuplicateLink> Links { get; } = [];
        /// <summary>Loose word keys, word offsets and quote flags (kept only when passages are searched).</summary>
        public PassageWords? Words { get; set; }
    }

    sealed class Candidate
    {
        public List<WordAlignment>? Alignments;
    }
}
