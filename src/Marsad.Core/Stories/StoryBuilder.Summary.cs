using Marsad.Text;

namespace Marsad.Stories;

public sealed partial class StoryBuilder
{
    private sealed record Candidate(StoryDocument Document, int Order, int Start, int End, HashSet<int> Terms, string Root, bool Lead);

    /// <summary>
    /// An extractive summary of at most <see cref="StoryOptions.SummarySentences"/> sentences. Each step takes the sentence
    /// that adds the most not-yet-covered weight per √length, where a term weighs its IDF times the share of the story's
    /// independent sources that use it (centrality across sources, and coverage as terms get covered); lead sentences
    /// get a bonus. A sentence whose stems overlap a chosen one by <see cref="StoryOptions.RedundancyOverlap"/> or more
    /// says the same thing and is skipped, whatever its source; a sentence that leans on the one before it
    /// (وأضاف، وتابع، pronoun-initial, a reporting verb with no subject) is never used alone.
    /// </summary>
    private List<SummarySentence> Summarize(List<StoryDocument> docs, Func<string, string> root)
    {
        var candidates = new List<Candidate>();
        var termRoots = new Dictionary<int, HashSet<string>>();
        for (int di = 0; di < docs.Count; di++)
        {
            var d = docs[di];
            for (int si = 0; si < d.Sentences.Count; si++)
            {
                var span = d.Sentences[si];
                var terms = vocabulary.TermSet(span.Slice(d.Text));
                foreach (int t in terms)
                {
                    if (!termRoots.TryGetValue(t, out var set)) termRoots[t] = set = new(StringComparer.Ordinal);
                    set.Add(root(d.Id));
                }
                if (terms.Count < MinSentenceTerms || terms.Count > MaxSentenceTerms || DependsOnPrevious(span.Slice(d.Text))) continue;
                candidates.Add(new Candidate(d, di, span.Start, span.End, terms, root(d.Id), si < 2));
            }
        }
        int sourceCount = docs.Select(d => root(d.Id)).Distinct(StringComparer.Ordinal).Count();
        var weight = termRoots.ToDictionary(p => p.Key, p => Idf(p.Key) * p.Value.Count / sourceCount);

        var chosen = new List<Candidate>();
        var covered = new HashSet<int>();
        while (chosen.Count < options.SummarySentences)
        {
            Candidate? best = null;
            double bestGain = 0;
            foreach (var c in candidates)
            {
                if (chosen.Contains(c) || chosen.Any(s => Overlap(s.Terms, c.Terms) >= options.RedundancyOverlap)) continue;
                double gain = 0;
                foreach (int t in c.Terms) if (!covered.Contains(t)) gain += weight[t];
                gain /= Math.Sqrt(c.Terms.Count);
                if (c.Lead) gain *= LeadBonus;
                if (gain > bestGain) { best = c; bestGain = gain; }
            }
            if (best is null) break;
            chosen.Add(best);
            covered.UnionWith(best.Terms);
        }
        return chosen.Select(c => new SummarySentence(c.Document.Id, c.Start, c.End, c.Document.Text[c.Start..c.End])).ToList();
    }

    private const int MinSentenceTerms = 5, MaxSentenceTerms = 60;
    private const double LeadBonus = 1.25;

    /// <summary>|A∩B| / min(|A|,|B|): high when one sentence says what the other says, in the same stems.</summary>
    public static double Overlap(IReadOnlySet<int> a, IReadOnlySet<int> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        int shared = 0;
        foreach (int t in small) if (large.Contains(t)) shared++;
        return (double)shared / small.Count;
    }

    /// <summary>Whether a sentence continues the previous one: it opens with a continuation verb (وأضاف، وتابع، واستطرد),
    /// a pronoun or demonstrative (وهو، هذا، ذلك), or a reporting verb whose subject is left out (وشدد على أن، وقال إن).</summary>
    public static bool DependsOnPrevious(ReadOnlySpan<char> sentence)
    {
        var raw = sentence.ToString().Split((char[]?)null, 3, StringSplitOptions.RemoveEmptyEntries);
        if (raw.Length == 0) return false;
        string first = Word(raw[0]);
        if (Continuations.Contains(first)) return true;
        string bare = first.Length > 2 && first[0] is 'و' or 'ف' ? first[1..] : first;
        if (Pronouns.Contains(first) || Pronouns.Contains(bare)) return true;
        if (!ReportingVerbs.Contains(bare) || first == bare) return false;
        // "وقال سلو إن" names its speaker; "وقال إن", "وشدد على أن" and "وأوضح: «…»" do not.
        if (raw[0].EndsWith(':') || raw.Length < 2) return true;
        return Particles.Contains(Word(raw[1])) || ":\"«“".Contains(raw[1][0]);

        static string Word(string w) => MatchKeyNormalizer.Normalize(w).Trim('"', '«', '»', '“', '”', '(', ')', '-', '–', '،', ',', ':', '.');
    }

    private static readonly HashSet<string> Continuations = new(StringComparer.Ordinal)
    {
        "واضاف", "واضافت", "وتابع", "وتابعت", "واستطرد", "واستطردت", "وختم", "وختمت", "واردف", "واردفت", "ومضي", "ومضت",
        "واستدرك", "واستدركت", "وزاد", "وزادت",
    };

    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal)
    {
        "هو", "هي", "هم", "هما", "هن", "هذا", "هذه", "ذلك", "تلك", "هولاء", "هءلاء", "لكنه", "لكنها", "لكنهم", "انه", "انها",
        "بدوره", "بدورها", "بدورهم", "كما", "اضافه",
    };

    private static readonly HashSet<string> ReportingVerbs = new(StringComparer.Ordinal)
    {
        "قال", "قالت", "اكد", "اكدت", "اوضح", "اوضحت", "اشار", "اشارت", "شدد", "شددت", "لفت", "لفتت", "اعتبر", "اعتبرت",
        "رحب", "رحبت", "ذكر", "ذكرت", "اعرب", "اعربت", "نفي", "نفت", "دعا", "دعت", "طالب", "طالبت",
    };

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "ان", "انه", "انها", "انهم", "الي", "علي", "في", "بان", "بانه", "بانها", "خلال", "ايضا", "كذلك",
    };
}
