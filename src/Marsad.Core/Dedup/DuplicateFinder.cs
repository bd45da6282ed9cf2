using Marsad.Text;

namespace Marsad.Dedup;

/// <summary>
/// Finds exact duplicates, near-duplicates, contained copies, rewrites, shared passages and syndicated wire reports,
/// one document at a time. Adding a document costs its signature, one exact-key lookup, one LSH lookup, one lookup
/// per word n-gram in the passage index and exact verification of the candidates found: never a scan of the collection.
/// <list type="number">
/// <item>Exact: XxHash3 of the whitespace-folded match key. An exact copy is linked to the first document with that key
/// and is not indexed again.</item>
/// <item>Near / contained: MinHash (<see cref="MinHasher"/>) over word shingles of the match key, LSH bands
/// (<see cref="LshIndex"/>) for candidates, then exact Jaccard and containment on the kept shingle sets.</item>
/// <item>Shared passages: n-grams of loose word keys (<see cref="MatchKeyWords.LooseKey"/>) seed an alignment that
/// tolerates small edits (<see cref="PassageAligner"/>); documents sharing passages are also verified for containment.</item>
/// <item>Rewrite: the aligned passages (found anywhere in either text, so reordered paragraphs and merged or split
/// sentences align too) cover <see cref="DedupOptions.RewriteCoverage"/> of the shorter document, template words aside,
/// and the two agree on their figures.</item>
/// <item>Templates: a passage seed held by <see cref="DedupOptions.TemplateDocuments"/> earlier documents that are not
/// copies of the new one is a formula (see <c>MarkTemplates</c>); its words count neither for nor against a copy.</item>
/// <item>Syndication: see <c>DuplicateFinder.Syndication.cs</c>.</item>
/// </list>
/// Earlier documents are found through an <see cref="IDedupIndex"/>: in memory (<see cref="InMemoryDedupIndex"/>, the
/// default) or in the store. Verification data (shingle sets, word keys) is kept for the documents added by this finder
/// and recomputed from the text of the few candidates an index loads. Not thread-safe.
/// </summary>
public sealed partial class DuplicateFinder
{
    readonly DedupOptions options;
    readonly MinHasher hasher;
    readonly IDedupIndex index;
    readonly WireAgencies agencies;
    readonly List<Entry> entries = [];
    readonly Dictionary<string, int> byId = new(StringComparer.Ordinal);
    readonly List<DedupRelation> relations = [];

    /// <param name="index">Where earlier documents are found and new ones recorded; a fresh in-memory index when null.</param>
    public DuplicateFinder(DedupOptions? options = null, WireAgencies? agencies = null, IDedupIndex? index = null)
    {
        this.options = options ?? DedupOptions.Default;
        hasher = new MinHasher(this.options.HashCount);
        this.index = index ?? new InMemoryDedupIndex(this.options.Bands, this.options.Rows);
        this.agencies = agencies ?? WireAgencies.Default;
    }

    public DedupOptions Options => options;

    /// <summary>Documents added by this finder.</summary>
    public int Count => entries.Count(e => e.Added);

    /// <summary>The in-memory LSH index over the documents that were not exact copies (persist with <see cref="LshIndex.WriteTo"/>).</summary>
    public LshIndex Index => MemoryIndex.Lsh;

    InMemoryDedupIndex MemoryIndex => index as InMemoryDedupIndex
        ?? throw new InvalidOperationException("this finder records into a store: read relations from the store");

    /// <summary>Adds a document and links it to the earlier documents it duplicates, shares passages or a wire report with.</summary>
    public DedupOutcome Add(DedupDocument document) => Add(Prepare(document));

    /// <summary>What dedup computes from a document alone (word keys, exact key, shingles, signature, band keys,
    /// passage seeds), before any lookup. Thread-safe: a pipeline prepares documents in parallel and adds them in
    /// order with <see cref="Add(PreparedDedupDocument)"/>, which gives the same result as <see cref="Add(DedupDocument)"/>.</summary>
    public PreparedDedupDocument Prepare(DedupDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var words = new List<KeyWord>(document.Text.Length / 5);
        var entry = MakeEntry(document, words);
        var signature = hasher.Signature(entry.Shingles);
        var bandKeys = new uint[options.Bands];
        LshIndex.BandKeys(signature, options.Bands, options.Rows, bandKeys);
        ulong[] seeds = [];
        if (options.FindPassages)
        {
            entry.Words = PassageWords.Build(entry.Id, words, document.Sentences, document.Text);
            seeds = SeedHashes(entry.Words.Loose, options.PassageSeedWords);
        }
        return new PreparedDedupDocument(this, entry, signature, bandKeys, seeds);
    }

    /// <summary>Adds a document prepared by this finder (see <see cref="Prepare"/>).</summary>
    public DedupOutcome Add(PreparedDedupDocument prepared)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        if (prepared.Options != options) throw new ArgumentException("prepared with other dedup options", nameof(prepared));
        var entry = prepared.Entry;
        var document = entry.Document;
        if (byId.ContainsKey(document.Id)) throw new ArgumentException($"document '{document.Id}' was already added", nameof(prepared));

        var links = new List<DuplicateLink>();
        string? exactFirst = index.FindExact(entry.ExactKey);
        if (exactFirst is not null)
        {
            // An exact copy: its near-duplicates and passages are those of the first copy; keep the indexes small.
            int first = Resolve(exactFirst);
            int copy = Register(entry, index.Add(new DedupRecord(document, entry.ExactKey, exactFirst, null, null, entry.WordCount, entry.Agencies)));
            Link(copy, first, DuplicateKind.Exact, 1, links);
            return new DedupOutcome(document.Id, links, [], entry.Agencies);
        }

        var lshCandidates = new List<string>();
        index.FindByBands(prepared.BandKeys, lshCandidates);
        int self = Register(entry, index.Add(new DedupRecord(document, entry.ExactKey, null, prepared.Signature, prepared.BandKeys, entry.WordCount, entry.Agencies)));

        // Keyed by order of addition, so links and passages come out in the same order whatever the index.
        var candidates = new SortedDictionary<long, Candidate>();
        foreach (string id in lshCandidates)
        {
            if (id == document.Id) continue;
            int other = Resolve(id);
            candidates.TryAdd(entries[other].Sequence, new Candidate(other));
        }

        var newPassages = new List<SharedPassage>();
        if (options.FindPassages) FindPassages(self, prepared.Seeds, candidates, newPassages);

        foreach (var candidate in candidates.Values) Classify(self, candidate.Entry, candidate, links);
        if (entry.Words is { } added) added.Template = null; // learnt against the documents before this one only
        return new DedupOutcome(document.Id, links, newPassages, entry.Agencies);
    }

    /// <summary>Word keys, exact key, shingle set and agencies of a document (<paramref name="words"/> receives its words).</summary>
    Entry MakeEntry(DedupDocument document, List<KeyWord> words)
    {
        MatchKeyWords.Collect(document.Text, words, withLooseKeys: options.FindPassages);
        var wordHashes = new ulong[words.Count];
        for (int i = 0; i < wordHashes.Length; i++) wordHashes[i] = words[i].Hash;
        return new Entry(document, MatchKeyWords.ExactKeyHash(document.Text), WordShingles.SortedSet(wordHashes, options.ShingleSize), words.Count)
        {
            Agencies = agencies.FindIn(document.Text),
        };
    }

    int Register(Entry entry, long sequence)
    {
        entry.Sequence = sequence;
        entry.Added = true;
        int number = entries.Count;
        entries.Add(entry);
        byId.Add(entry.Id, number);
        return number;
    }

    /// <summary>The entry of an earlier document: one this finder added, or one the index loads (its verification
    /// data recomputed from its text).</summary>
    int Resolve(string id)
    {
        if (byId.TryGetValue(id, out int known)) return known;
        var (document, sequence) = index.Load(id);
        var words = new List<KeyWord>(document.Text.Length / 5);
        var entry = MakeEntry(document, words);
        entry.Sequence = sequence;
        if (options.FindPassages) entry.Words = PassageWords.Build(document.Id, words, document.Sentences, document.Text);
        int number = entries.Count;
        entries.Add(entry);
        byId.Add(id, number);
        return number;
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
        if (candidate.Alignments is not { Count: > 0 } alignments || !NumbersAgree(a, b)) return;
        var shared = SharedWords(self, other, alignments);
        double coverage = shared.Coverage(Math.Min(a.WordCount, b.WordCount));
        if (coverage >= options.RewriteCoverage && shared.All >= 2 * options.MinPassageWords)
            Link(self, other, DuplicateKind.Rewrite, coverage, links);
        else if (coverage >= options.SyndicationCoverage && SharesWireReport(self, other, shared) && SharesLead(a, b, alignments))
            Link(self, other, DuplicateKind.Syndicated, coverage, links);
    }

    /// <summary>Two reports filled into one template (a market close, a weather bulletin, a day's prices) align sentence
    /// by sentence with only their figures changed; a rewrite of one report keeps its figures. So when the document with
    /// fewer figures has at least <see cref="MinFiguresToCompare"/>, at least half of them must occur in the other, for a
    /// rewrite as for syndication (the copied part of a wire report keeps its figures).</summary>
    static bool NumbersAgree(Entry a, Entry b)
    {
        if (a.Words is null || b.Words is null) return true;
        int fewer = Math.Min(a.Words.Numbers.Length, b.Words.Numbers.Length);
        return fewer < MinFiguresToCompare || 2 * SortedIntersectionCount(a.Words.Numbers, b.Words.Numbers) >= fewer;
    }

    /// <summary>Fewer figures than this say nothing about which report a text is (a year, a date).</summary>
    internal const int MinFiguresToCompare = 2;

    void Link(int self, int other, DuplicateKind kind, double similarity, List<DuplicateLink> links)
    {
        similarity = Math.Round(similarity, 4);
        var forward = new DuplicateLink(entries[other].Id, kind, similarity);
        links.Add(forward);
        entries[self].Links.Add(forward);
        entries[other].Links.Add(new DuplicateLink(entries[self].Id, kind, similarity));
        relations.Add(new DedupRelation(entries[self].Id, entries[other].Id, kind, similarity));
        index.AddLink(entries[self].Id, forward);
    }

    /// <summary>Relations of a document to every other document, in the order they were found (by this finder).</summary>
    public IReadOnlyList<DuplicateLink> LinksOf(string id) => entries[IndexOf(id)].Links;

    /// <summary>Wire agencies a document credits or cites.</summary>
    public IReadOnlyList<string> AgenciesOf(string id) => entries[IndexOf(id)].Agencies;

    int IndexOf(string id) => byId.TryGetValue(id, out int i) ? i : throw new KeyNotFoundException($"unknown document '{id}'");

    internal sealed class Entry(DedupDocument document, ulong exactKey, ulong[] shingles, int wordCount)
    {
        public DedupDocument Document => document;
        public string Id => document.Id;
        public string Text => document.Text;
        public DateTimeOffset? Published => document.Published;
        public ulong ExactKey { get; } = exactKey;
        public ulong[] Shingles { get; } = shingles;
        public int WordCount { get; } = wordCount;
        public IReadOnlyList<string> Agencies { get; init; } = [];
        public List<DuplicateLink> Links { get; } = [];
        /// <summary>Place in the index's order of addition.</summary>
        public long Sequence { get; set; }
        /// <summary>Added by this finder (rather than loaded from the index as a candidate).</summary>
        public bool Added { get; set; }
        /// <summary>Loose word keys, word offsets and quote flags (kept only when passages are searched).</summary>
        public PassageWords? Words { get; set; }
    }

    sealed class Candidate(int entry)
    {
        public int Entry { get; } = entry;
        public List<WordAlignment>? Alignments;
    }
}

/// <summary>A document's dedup features computed by <see cref="DuplicateFinder.Prepare"/>, ready to be added in order.</summary>
public sealed class PreparedDedupDocument
{
    internal PreparedDedupDocument(DuplicateFinder finder, DuplicateFinder.Entry entry, uint[] signature, uint[] bandKeys, ulong[] seeds)
    {
        Options = finder.Options;
        Entry = entry;
        Signature = signature;
        BandKeys = bandKeys;
        Seeds = seeds;
    }

    internal DedupOptions Options { get; }
    internal DuplicateFinder.Entry Entry { get; }
    internal uint[] Signature { get; }
    internal uint[] BandKeys { get; }
    /// <summary>Hashed n-grams of loose word keys, one per word position (empty when passages are not searched).</summary>
    internal ulong[] Seeds { get; }
}
