using Marsad.Pipeline;

namespace Marsad.Stories;

public sealed partial class StoryBuilder
{
    /// <param name="Index">The sentence's place in its document.</param>
    /// <param name="Voice">The independent source it speaks for (see <see cref="Voice"/>).</param>
    /// <param name="Copy">Taken from another report: its document is a copy, or it lies in a borrowed passage.</param>
    /// <param name="Facts">Numbers (unit and value) and quotes it reports: two sentences sharing one say the same thing.</param>
    /// <param name="Dangling">It opens by pointing back (<see cref="DependsOnPrevious"/>).</param>
    private sealed record Candidate(StoryDocument Document, int Index, TextSpan Span, HashSet<int> Terms, string Voice, bool Copy,
        HashSet<string> Facts, bool Dangling)
    {
        public bool Eligible { get; init; } = true;
    }

    /// <summary>
    /// An extractive summary of at most <see cref="StoryOptions.SummarySentences"/> sentences, lead first: the opening
    /// sentence of the earliest independent report (the most central one when dates do not decide). Then each step takes
    /// the sentence that adds the most not-yet-covered weight per √length, where a term weighs its IDF times the share of
    /// the story's independent sources that use it; opening sentences get a bonus, sentences taken from another report
    /// (a copy, a borrowed passage) a penalty, and a source already used a smaller one, so that a story with several
    /// sources is told by several. A sentence that says what a chosen one says (its stems overlap by
    /// <see cref="StoryOptions.RedundancyOverlap"/>, or it reports the same number or quote) is skipped; a copy's
    /// sentence gives way to its original's; a sentence that points back (وأضاف، وكان، وبعد ذلك، وأوضح سيلو أن) is only
    /// taken right after the sentence it continues. Each sentence lists the documents that report what it says.
    /// </summary>
    private List<SummarySentence> Summarize(List<StoryDocument> docs, Func<string, string> root)
    {
        var all = SummaryCandidates(docs, root);
        var candidates = all.Where(c => c.Eligible).ToList();
        var voices = all.Select(c => c.Voice).Distinct(StringComparer.Ordinal).Count();
        var termVoices = new Dictionary<int, HashSet<string>>();
        foreach (var c in all)
            foreach (int t in c.Terms)
            {
                if (!termVoices.TryGetValue(t, out var set)) termVoices[t] = set = new(StringComparer.Ordinal);
                set.Add(c.Voice);
            }
        var weight = termVoices.ToDictionary(p => p.Key, p => Idf(p.Key) * p.Value.Count / Math.Max(1, voices));

        var chosen = new List<Candidate>();
        var covered = new HashSet<int>();
        double Gain(Candidate c)
        {
            double gain = 0;
            foreach (int t in c.Terms) if (!covered.Contains(t)) gain += weight[t];
            gain /= Math.Sqrt(c.Terms.Count);
            if (c.Index < 2) gain *= LeadBonus;
            if (c.Copy) gain *= CopyPenalty;
            return gain / (1 + SourceReuse * chosen.Count(s => s.Voice == c.Voice));
        }
        bool Open(Candidate c) => !chosen.Contains(c) && !Redundant(c, chosen) && (!c.Dangling || Antecedent(c, chosen) is not null);
        void Take(Candidate c)
        {
            chosen.Add(c);
            covered.UnionWith(c.Terms);
        }

        if (Lead(candidates, docs, root, Gain) is { } lead) Take(lead);
        while (chosen.Count < options.SummarySentences)
        {
            Candidate? best = null;
            double bestGain = 0;
            foreach (var c in candidates)
            {
                if (!Open(c)) continue;
                double gain = Gain(c);
                if (gain > bestGain) { best = c; bestGain = gain; }
            }
            if (best is null) break;
            // A copy's sentence gives way to its original's version of it.
            if (best.Copy && candidates.Where(c => c.Document.Id == best.Voice && !c.Copy && Open(c))
                    .MaxBy(c => Overlap(c.Terms, best.Terms)) is { } original && Overlap(original.Terms, best.Terms) >= options.RedundancyOverlap)
                best = original;
            Take(best);
        }
        // A story of several independent sources is not summarised from one of them while another has something to add.
        if (chosen.Count >= 2 && chosen.Select(c => c.Voice).Distinct(StringComparer.Ordinal).Count() == 1)
        {
            var only = chosen[0].Voice;
            var rest = chosen.Count < options.SummarySentences ? chosen : chosen.Take(chosen.Count - 1).ToList();
            var other = candidates.Where(c => c.Voice != only && !c.Dangling && !Redundant(c, rest)).MaxBy(Gain);
            if (other is not null)
            {
                if (rest.Count < chosen.Count) chosen.RemoveAt(chosen.Count - 1);
                chosen.Add(other);
            }
        }
        return Ordered(chosen).Select(c => new SummarySentence(c.Document.Id, c.Span.Start, c.Span.End, c.Span.Slice(c.Document.Text).ToString())
        {
            Sources = StandsFor(c, all),
        }).ToList();
    }

    private const int MinSentenceTerms = 5, MaxSentenceTerms = 60;
    private const double LeadBonus = 1.25;

    /// <summary>Weight factor of a sentence taken from another report: its original's version is the one to show.</summary>
    private const double CopyPenalty = 0.5;

    /// <summary>Gain divisor per sentence already taken from the same source: 1 + this × count.</summary>
    private const double SourceReuse = 0.25;

    /// <summary>Every sentence of the story's documents with its terms, source and facts; those too short or too long to
    /// summarise with are kept (not <see cref="Candidate.Eligible"/>) to say which documents report a chosen sentence.</summary>
    private List<Candidate> SummaryCandidates(List<StoryDocument> docs, Func<string, string> root)
    {
        var quoteTerms = new List<HashSet<int>>();
        var all = new List<Candidate>();
        foreach (var d in docs)
        {
            var facts = numbers.Find(d.Text);
            var quotes = QuoteFinder.Find(d.Text);
            for (int si = 0; si < d.Sentences.Count; si++)
            {
                var span = d.Sentences[si];
                var terms = vocabulary.TermSet(span.Slice(d.Text));
                var keys = new HashSet<string>(StringComparer.Ordinal);
                foreach (var f in facts)
                    if (f.Start >= span.Start && f.Start < span.End) keys.Add($"n|{f.Unit}|{Number(f.Value)}");
                foreach (var q in quotes)
                {
                    if (q.Start < span.Start || q.Start >= span.End) continue;
                    var qt = vocabulary.TermSet(q.Slice(d.Text));
                    if (qt.Count < 3) continue;
                    int group = quoteTerms.FindIndex(g => Overlap(g, qt) >= SameQuoteOverlap);
                    if (group < 0) { quoteTerms.Add(qt); group = quoteTerms.Count - 1; }
                    keys.Add($"q|{group}");
                }
                string voice = Voice(d, span, root);
                all.Add(new Candidate(d, si, span, terms, voice, root(d.Id) != d.Id || voice != d.Id, keys, DependsOnPrevious(span.Slice(d.Text)))
                {
                    // A sentence that turns to another subject is news beside the story's, whatever it shares with it.
                    Eligible = terms.Count >= MinSentenceTerms && terms.Count <= MaxSentenceTerms && !SummaryOpeners.ShiftsTopic(span.Slice(d.Text)),
                });
            }
        }
        return all;
    }

    /// <summary>The lead: the opening sentence (first or second, if the first points back or is too short) of the
    /// earliest independent report, the one with the most central opening among reports of that day or undated ones.</summary>
    private static Candidate? Lead(List<Candidate> candidates, List<StoryDocument> docs, Func<string, string> root, Func<Candidate, double> gain)
    {
        var originals = docs.Where(d => root(d.Id) == d.Id).ToList();
        if (originals.Count == 0) originals = docs;
        var earliest = originals.Min(d => d.BestDate?.UtcDateTime.Date);
        var leads = originals.Where(d => d.BestDate?.UtcDateTime.Date == earliest).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var openings = candidates.Where(c => !c.Dangling && c.Index < 2 && leads.Contains(c.Document.Id))
            .GroupBy(c => c.Document).Select(g => g.MinBy(c => c.Index)!).ToList();
        // An opening the report took from another (a borrowed passage) is not its own lead, unless no report has one.
        return openings.Where(c => !c.Copy).MaxBy(gain) ?? openings.MaxBy(gain);
    }

    /// <summary>Says what a chosen sentence says: stems overlapping by <see cref="StoryOptions.RedundancyOverlap"/>, or the
    /// same number or quote.</summary>
    private bool Redundant(Candidate c, List<Candidate> chosen) =>
        chosen.Any(s => Overlap(s.Terms, c.Terms) >= options.RedundancyOverlap || s.Facts.Overlaps(c.Facts));

    /// <summary>The chosen sentence right before <paramref name="c"/> in its document, which it continues.</summary>
    private static Candidate? Antecedent(Candidate c, List<Candidate> chosen) =>
        chosen.FirstOrDefault(s => ReferenceEquals(s.Document, c.Document) && s.Index == c.Index - 1);

    /// <summary>The lead first, then the order of choice, each sentence that points back right after the one it continues.</summary>
    private static List<Candidate> Ordered(List<Candidate> chosen)
    {
        var ordered = new List<Candidate>();
        foreach (var c in chosen.Where(c => !c.Dangling || Antecedent(c, chosen) is null))
        {
            ordered.Add(c);
            for (var next = chosen.FirstOrDefault(n => n.Dangling && Antecedent(n, chosen) == c); next is not null;
                 next = chosen.FirstOrDefault(n => n.Dangling && Antecedent(n, chosen) == next)) ordered.Add(next);
        }
        return ordered;
    }

    /// <summary>The documents that report what <paramref name="c"/> says (its own first): a sentence of theirs overlaps it
    /// by the redundancy threshold, or reports one of its numbers or quotes.</summary>
    private List<string> StandsFor(Candidate c, List<Candidate> all)
    {
        var documents = new List<string> { c.Document.Id };
        foreach (var o in all)
            if (!documents.Contains(o.Document.Id) && (o.Terms.Count >= MinSentenceTerms && Overlap(o.Terms, c.Terms) >= options.RedundancyOverlap || o.Facts.Overlaps(c.Facts)))
                documents.Add(o.Document.Id);
        return documents;
    }

    /// <summary>|A∩B| / min(|A|,|B|): high when one sentence says what the other says, in the same stems.</summary>
    public static double Overlap(IReadOnlySet<int> a, IReadOnlySet<int> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        int shared = 0;
        foreach (int t in small) if (large.Contains(t)) shared++;
        return (double)shared / small.Count;
    }

    /// <summary>Whether a sentence points back to the one before it (see <see cref="SummaryOpeners.PointsBack"/>).</summary>
    public static bool DependsOnPrevious(ReadOnlySpan<char> sentence) => SummaryOpeners.PointsBack(sentence);
}
