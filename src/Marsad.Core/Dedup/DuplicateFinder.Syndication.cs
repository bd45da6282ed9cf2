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
    /// narrative either. Shared quotes are corroboration, which the story stage counts.</item>
    /// </list>
    /// Shared words are counted on both sides (words inside aligned passages) and the smaller count is used, so a
    /// paragraph repeated in one document is not counted twice. The similarity reported is the share of the shorter
    /// document's words inside shared passages.
    /// </summary>
    bool SharesWireReport(int self, int other, List<WordAlignment> alignments, out double share)
    {
        share = 0;
        Entry a = entries[self], b = entries[other];
        if (a.Agencies.Count == 0 && b.Agencies.Count == 0) return false;
        if (a.Agencies.Count > 0 && b.Agencies.Count > 0 && !a.Agencies.Intersect(b.Agencies).Any()) return false;
        if (a.Words is null || b.Words is null) return false;

        var (narrativeA, quotedA) = CoveredWords(a.Words, alignments, x => (x.AStart, x.AEnd));
        var (narrativeB, quotedB) = CoveredWords(b.Words, alignments, x => (x.BStart, x.BEnd));
        int narrative = Math.Min(narrativeA, narrativeB), quoted = Math.Min(quotedA, quotedB);
        int numbers = Math.Min(4, SortedIntersectionCount(a.Words.Numbers, b.Words.Numbers));
        double evidence = narrative / 10.0 + numbers * 0.25;
        if (evidence < options.SyndicationEvidence) return false;
        share = Math.Min(1, (double)(narrative + quoted) / Math.Max(1, Math.Min(a.WordCount, b.WordCount)));
        return true;
    }

    /// <summary>Shorter runs of shared narrative words are connectives around quotes or stock phrases, not a copied report.</summary>
    internal const int MinNarrativeRun = 8;

    static (int Narrative, int Quoted) CoveredWords(PassageWords words, List<WordAlignment> alignments, Func<WordAlignment, (int Start, int End)> side)
    {
        var covered = new bool[words.Loose.Length];
        foreach (var al in alignments)
        {
            var (start, end) = side(al);
            for (int i = start; i < end; i++) covered[i] = true;
        }
        int narrative = 0, quoted = 0, run = 0;
        for (int i = 0; i <= covered.Length; i++)
        {
            bool narrativeWord = i < covered.Length && covered[i] && !words.InQuote[i];
            if (narrativeWord) { run++; continue; }
            if (run >= MinNarrativeRun) narrative += run;
            run = 0;
            if (i < covered.Length && covered[i]) quoted++;
        }
        return (narrative, quoted);
    }

    static int SortedIntersectionCount(ulong[] a, ulong[] b) => ShingleSetSimilarity.IntersectionCount(a, b);
}
