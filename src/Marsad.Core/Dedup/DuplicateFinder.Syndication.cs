namespace Marsad.Dedup;

public sealed partial class DuplicateFinder
{
    /// <summary>
    /// Two documents carry the same wire report when
    /// <list type="bullet">
    /// <item>at least one credits or cites a wire agency (<see cref="WireAgencies"/>), and they do not credit disjoint
    /// agencies (the copy often drops the credit: "قال لوكالة رويترز" becomes "أعلن"); and</item>
    /// <item>their shared content scores at least <see cref="DedupOptions.SyndicationEvidence"/>: one point per 10 shared
    /// narrative words, counted only in runs of at least <see cref="MinNarrativeRun"/> words, and a quarter point per
    /// shared number (up to four). Words inside quotation marks do not count: two outlets at one press conference quote
    /// the same words without sharing a report, and the connectives around a quote ("موضحا أن") are not a copied
    /// narrative either. Shared quotes are corroboration, which the story stage counts. Template words (formulas the
    /// collection repeats across unrelated reports) do not count either; and</item>
    /// <item>(checked by the caller) the shared words, templates aside, cover <see cref="DedupOptions.SyndicationCoverage"/>
    /// of the shorter document.</item>
    /// </list>
    /// </summary>
    bool SharesWireReport(int self, int other, SharedWordCounts shared)
    {
        Entry a = entries[self], b = entries[other];
        if (a.Agencies.Count == 0 && b.Agencies.Count == 0) return false;
        if (a.Agencies.Count > 0 && b.Agencies.Count > 0 && !a.Agencies.Intersect(b.Agencies).Any()) return false;
        if (a.Words is null || b.Words is null) return false;
        int numbers = Math.Min(4, SortedIntersectionCount(a.Words.Numbers, b.Words.Numbers));
        return shared.Narrative / 10.0 + numbers * 0.25 >= options.SyndicationEvidence;
    }

    /// <summary>The shared passages hold a passage's worth of words (<see cref="DedupOptions.MinPassageWords"/>) among the
    /// opening <see cref="DedupOptions.SyndicationLeadWords"/> words of one of the two documents (see there why).</summary>
    bool SharesLead(Entry a, Entry b, List<WordAlignment> alignments)
    {
        int lead = options.SyndicationLeadWords;
        if (lead <= 0) return true;
        return Covers(a, x => (x.AStart, x.AEnd)) || Covers(b, x => (x.BStart, x.BEnd));

        bool Covers(Entry entry, Func<WordAlignment, (int Start, int End)> side)
        {
            int opening = Math.Min(lead, entry.Words?.Loose.Length ?? 0);
            if (opening == 0) return false;
            Span<bool> covered = opening <= 256 ? stackalloc bool[opening] : new bool[opening];
            foreach (var al in alignments)
            {
                var (start, end) = side(al);
                for (int i = start; i < Math.Min(end, opening); i++) covered[i] = true;
            }
            return covered.Count(true) >= Math.Min(options.MinPassageWords, (opening + 1) / 2);
        }
    }

    /// <summary>Shorter runs of shared narrative words are connectives around quotes or stock phrases, not a copied report.</summary>
    internal const int MinNarrativeRun = 8;

    /// <summary>Words inside aligned passages, templates aside: <paramref name="Narrative"/> outside quotes in runs of at
    /// least <see cref="MinNarrativeRun"/>, <paramref name="All"/> every one; each the smaller of the two documents'
    /// counts, so a paragraph repeated in one document is not counted twice. <paramref name="Template"/>: template words
    /// of the new document inside the passages (both documents hold them).</summary>
    readonly record struct SharedWordCounts(int Narrative, int All, int Template)
    {
        /// <summary>Share of the shorter document's words, templates aside, inside the passages: template words are
        /// evidence neither way, so they leave the count and the length alike.</summary>
        public double Coverage(int shorterLength) => (double)All / Math.Max(1, shorterLength - Template);
    }

    SharedWordCounts SharedWords(int self, int other, List<WordAlignment> alignments)
    {
        Entry a = entries[self], b = entries[other];
        if (a.Words is null || b.Words is null) return default;
        var (narrativeA, allA, template) = CoveredWords(a.Words, alignments, x => (x.AStart, x.AEnd));
        var (narrativeB, allB, _) = CoveredWords(b.Words, alignments, x => (x.BStart, x.BEnd));
        // The earlier document's template words are not known: those of the new one inside the passages are theirs too.
        return new SharedWordCounts(Math.Min(narrativeA, narrativeB), Math.Min(allA, allB - template), template);
    }

    static (int Narrative, int All, int Template) CoveredWords(PassageWords words, List<WordAlignment> alignments, Func<WordAlignment, (int Start, int End)> side)
    {
        var covered = new bool[words.Loose.Length];
        foreach (var al in alignments)
        {
            var (start, end) = side(al);
            for (int i = start; i < end; i++) covered[i] = true;
        }
        int templateWords = 0;
        if (words.Template is { } template)
            for (int i = 0; i < covered.Length; i++)
                if (covered[i] && template[i]) { covered[i] = false; templateWords++; }
        int narrative = 0, all = 0, run = 0;
        for (int i = 0; i <= covered.Length; i++)
        {
            bool narrativeWord = i < covered.Length && covered[i] && !words.InQuote[i];
            if (i < covered.Length && covered[i]) all++;
            if (narrativeWord) { run++; continue; }
            if (run >= MinNarrativeRun) narrative += run;
            run = 0;
        }
        return (narrative, all, templateWords);
    }

    static int SortedIntersectionCount(ulong[] a, ulong[] b) => ShingleSetSimilarity.IntersectionCount(a, b);
}
