using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Dedup;

public sealed partial class DuplicateFinder
{
    /// <summary>Every shared passage found so far, in the order first found (in-memory index only).</summary>
    public IReadOnlyList<SharedPassage> SharedPassages() => MemoryIndex.Passages.Select(p => new SharedPassage([.. p])).ToList();

    /// <summary>Shared passages that include a location in the given document.</summary>
    public IReadOnlyList<SharedPassage> SharedPassagesOf(string id)
    {
        IndexOf(id);
        return index.PassagesOf(id).Select(x => x.Passage).Distinct().Order().Select(p => new SharedPassage([.. index.Passage(p)])).ToList();
    }

    /// <summary>Hashed n-grams of <paramref name="seedWords"/> loose word keys, one per starting position.</summary>
    static ulong[] SeedHashes(ulong[] loose, int seedWords)
    {
        var hashes = new ulong[Math.Max(0, loose.Length - seedWords + 1)];
        for (int i = 0; i < hashes.Length; i++) hashes[i] = WordShingles.Hash(loose.AsSpan(i, seedWords));
        return hashes;
    }

    void FindPassages(int self, ulong[] hashes, SortedDictionary<long, Candidate> candidates, List<SharedPassage> newPassages)
    {
        var entry = entries[self];
        var words = entry.Words!;

        var seedsById = new Dictionary<string, List<(int A, int B)>>(StringComparer.Ordinal);
        var earlier = new List<(string Document, int Position)>();
        // The earlier documents holding each seed: how templates are learnt (see MarkTemplates).
        var seedDocuments = new string[]?[hashes.Length];
        index.PrefetchSeeds(hashes, options.MaxSeedPostings);
        for (int i = 0; i < hashes.Length; i++)
        {
            earlier.Clear();
            index.VisitSeed(hashes[i], entry.Id, i, options.MaxSeedPostings, earlier);
            foreach (var (document, position) in earlier)
            {
                if (document == entry.Id) continue;
                if (!seedsById.TryGetValue(document, out var seeds)) seedsById[document] = seeds = [];
                seeds.Add((i, position));
            }
            if (earlier.Count >= options.TemplateDocuments)
                seedDocuments[i] = earlier.Select(e => e.Document).Where(d => d != entry.Id).Distinct(StringComparer.Ordinal).ToArray();
        }

        // A single shared seed is chance; only documents with two or more are loaded and aligned, in order of addition.
        var seedsByDocument = new SortedDictionary<long, (int Entry, List<(int A, int B)> Seeds)>();
        foreach (var (document, seeds) in seedsById)
        {
            if (seeds.Count < 2) continue;
            int other = Resolve(document);
            seedsByDocument[entries[other].Sequence] = (other, seeds);
        }

        var touched = new SortedSet<long>();
        foreach (var (sequence, (other, seeds)) in seedsByDocument)
        {
            var otherWords = entries[other].Words;
            if (otherWords is null) continue;
            var alignments = PassageAligner.Align(words.Loose, otherWords.Loose, seeds, options.MinPassageWords);
            if (alignments.Count == 0) continue;
            if (!candidates.TryGetValue(sequence, out var candidate)) candidates[sequence] = candidate = new Candidate(other);
            candidate.Alignments = alignments;
            foreach (var al in alignments)
                touched.Add(RecordPassage(self, words.Locate(al.AStart, al.AEnd), other, otherWords.Locate(al.BStart, al.BEnd)));
        }
        foreach (long p in touched) newPassages.Add(new SharedPassage([.. index.Passage(p)]));
        words.Template = MarkTemplates(self, words, seedDocuments, candidates);
    }

    /// <summary>
    /// Words of the new document inside a template: a seed that earlier documents hold which are not copies of this one,
    /// in at least <see cref="DedupOptions.TemplateDocuments"/> of them. A report republished by ten papers has its seeds
    /// in ten documents too, but those are copies (their aligned passages cover much of one of the two documents,
    /// <see cref="DedupOptions.TemplateCopyCoverage"/>), so they do not count; a formula recurs across reports that share
    /// nothing else. Null when nothing is a template.
    /// </summary>
    bool[]? MarkTemplates(int self, PassageWords words, string[]?[] seedDocuments, SortedDictionary<long, Candidate> candidates)
    {
        HashSet<string>? copies = null;
        bool[]? template = null;
        for (int i = 0; i < seedDocuments.Length; i++)
        {
            if (seedDocuments[i] is not { } holders || holders.Length < options.TemplateDocuments) continue;
            copies ??= RelatedDocuments(self, candidates);
            int unrelated = 0;
            foreach (string d in holders)
                if (!copies.Contains(d)) unrelated++;
            if (unrelated < options.TemplateDocuments) continue;
            template ??= new bool[words.Loose.Length];
            for (int k = i; k < Math.Min(template.Length, i + options.PassageSeedWords); k++) template[k] = true;
        }
        return template;
    }

    /// <summary>Candidates whose aligned passages (templates included) cover at least <see cref="DedupOptions.TemplateCopyCoverage"/>
    /// of the shorter document.</summary>
    HashSet<string> RelatedDocuments(int self, SortedDictionary<long, Candidate> candidates)
    {
        var related = new HashSet<string>(StringComparer.Ordinal);
        foreach (var candidate in candidates.Values)
        {
            if (candidate.Alignments is not { Count: > 0 } alignments) continue;
            Entry a = entries[self], b = entries[candidate.Entry];
            int shared = Math.Min(CoveredCount(a.WordCount, alignments, x => (x.AStart, x.AEnd)), CoveredCount(b.WordCount, alignments, x => (x.BStart, x.BEnd)));
            if (shared >= options.TemplateCopyCoverage * Math.Max(1, Math.Min(a.WordCount, b.WordCount))) related.Add(b.Id);
        }
        return related;
    }

    static int CoveredCount(int length, List<WordAlignment> alignments, Func<WordAlignment, (int Start, int End)> side)
    {
        var covered = new bool[length];
        int count = 0;
        foreach (var al in alignments)
        {
            var (start, end) = side(al);
            for (int i = Math.Max(0, start); i < Math.Min(length, end); i++)
                if (!covered[i]) { covered[i] = true; count++; }
        }
        return count;
    }

    /// <summary>Adds the new document's location to the passage already holding the earlier document's location
    /// (so a passage copied by many documents is one <see cref="SharedPassage"/>), or opens a new passage.</summary>
    long RecordPassage(int self, PassageLocation mine, int other, PassageLocation theirs)
    {
        foreach (var (p, location) in index.PassagesOf(entries[other].Id))
        {
            if (!Overlaps(location, theirs)) continue;
            if (!index.PassagesOf(entries[self].Id).Any(x => x.Passage == p && Overlaps(x.Location, mine)))
                index.AddToPassage(p, mine);
            return p;
        }
        return index.AddPassage(theirs, mine);
    }

    /// <summary>At least half of the shorter range overlaps the other.</summary>
    static bool Overlaps(PassageLocation x, PassageLocation y)
    {
        int overlap = Math.Min(x.End, y.End) - Math.Max(x.Start, y.Start);
        return overlap > 0 && overlap * 2 >= Math.Min(x.End - x.Start, y.End - y.Start);
    }

    /// <summary>What passage matching keeps per document: loose word keys, word offsets, quote flags and numbers.</summary>
    internal sealed class PassageWords
    {
        public required string DocumentId;
        public required ulong[] Loose;
        public required int[] Starts, Ends;
        public required bool[] InQuote;
        public required ulong[] Numbers;
        public IReadOnlyList<TextSpan>? Sentences;
        /// <summary>Words inside a template (see <see cref="MarkTemplates"/>): known for the document being added only.</summary>
        public bool[]? Template;

        public static PassageWords Build(string id, List<KeyWord> words, IReadOnlyList<TextSpan>? sentences, string text)
        {
            var loose = new ulong[words.Count];
            var starts = new int[words.Count];
            var ends = new int[words.Count];
            var inQuote = new bool[words.Count];
            var numbers = new SortedSet<ulong>();
            var quotes = QuotedRanges(text);
            int q = 0;
            for (int i = 0; i < words.Count; i++)
            {
                var w = words[i];
                loose[i] = w.LooseHash;
                starts[i] = w.Start;
                ends[i] = w.End;
                while (q < quotes.Count && quotes[q].End <= w.Start) q++;
                inQuote[i] = q < quotes.Count && quotes[q].Start <= w.Start;
                if (w.End - w.Start >= 2 && ArabicChars.IsDigit(text[w.Start])) numbers.Add(w.Hash);
            }
            return new PassageWords { DocumentId = id, Loose = loose, Starts = starts, Ends = ends, InQuote = inQuote, Numbers = [.. numbers], Sentences = sentences };
        }

        /// <summary>Character range of words [from, to), widened to whole sentences it covers for the most part.</summary>
        public PassageLocation Locate(int from, int to)
        {
            int start = Starts[from], end = Ends[to - 1];
            if (Sentences is { } sentences)
                foreach (var s in sentences)
                {
                    if (s.Length <= 0) continue;
                    if (s.Start <= start && start < s.End && (Math.Min(end, s.End) - start) * 5 >= s.Length * 4) start = s.Start;
                    if (s.Start < end && end <= s.End && (end - Math.Max(start, s.Start)) * 5 >= s.Length * 4) end = s.End;
                }
            return new PassageLocation(DocumentId, start, end);
        }

        /// <summary>Ranges between an opening and a closing double quote of any style (folded to '"'); a quote that
        /// does not close within 600 characters is taken as stray.</summary>
        static List<TextSpan> QuotedRanges(string text)
        {
            var ranges = new List<TextSpan>();
            int open = -1;
            for (int i = 0; i < text.Length; i++)
            {
                if (MatchKeyNormalizer.Fold(text[i]) != '"') continue;
                if (open >= 0 && i - open <= 600) { ranges.Add(new TextSpan(open, i + 1)); open = -1; }
                else open = i;
            }
            return ranges;
        }
    }
}
