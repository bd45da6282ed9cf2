namespace Marsad.Stories;

public sealed partial class StoryClusterer
{
    /// <summary>The article's unit TF-IDF vector (its <see cref="StoryOptions.TermsPerDocument"/> heaviest terms, sorted by
    /// id) and its index terms (the heaviest few: rare words the article is about). Updates the document frequencies
    /// first, unless they are frozen (batch mode), so the article's own words count as seen once.</summary>
    private (int[] Terms, float[] Weights, int[] IndexTerms) Vectorize(StoryDocument document)
    {
        termScratch.Clear();
        ContentTerms(document, termScratch);
        termScratch.Sort();
        if (!frozenFrequencies) documentCount++;

        var weighted = new List<(int Term, float Weight)>();
        for (int i = 0; i < termScratch.Count;)
        {
            int term = termScratch[i], j = i;
            while (j < termScratch.Count && termScratch[j] == term) j++;
            while (documentFrequency.Count <= term) documentFrequency.Add(0);
            if (!frozenFrequencies) documentFrequency[term]++;
            double tf = 1 + Math.Log(j - i);
            weighted.Add((term, (float)(tf * Idf(documentFrequency[term]))));
            i = j;
        }
        // Heaviest first; equal weights keep the older (smaller) term id, so the choice is deterministic.
        weighted.Sort((a, b) => a.Weight != b.Weight ? b.Weight.CompareTo(a.Weight) : a.Term.CompareTo(b.Term));
        int keep = Math.Min(weighted.Count, options.TermsPerDocument);
        var indexTerms = new int[Math.Min(keep, options.IndexTermsPerDocument)];
        for (int i = 0; i < indexTerms.Length; i++) indexTerms[i] = weighted[i].Term;

        var kept = weighted.GetRange(0, keep);
        kept.Sort((a, b) => a.Term.CompareTo(b.Term));
        double norm = 0;
        foreach (var (_, w) in kept) norm += (double)w * w;
        norm = Math.Sqrt(norm);
        var terms = new int[keep];
        var weights = new float[keep];
        for (int i = 0; i < keep; i++)
        {
            terms[i] = kept[i].Term;
            weights[i] = norm > 0 ? (float)(kept[i].Weight / norm) : 0;
        }
        return (terms, weights, indexTerms);
    }

    /// <summary>The term ids an article's vector counts: its headline's <see cref="StoryOptions.TitleBoost"/> times over,
    /// then its text.</summary>
    private void ContentTerms(StoryDocument document, List<int> terms)
    {
        if (options.TitleBoost > 0 && !string.IsNullOrWhiteSpace(document.Title))
        {
            int start = terms.Count;
            vocabulary.Terms(document.Title, terms);
            int end = terms.Count;
            for (int time = 1; time < options.TitleBoost; time++)
                for (int i = start; i < end; i++) terms.Add(terms[i]);
        }
        vocabulary.Terms(document.Text, terms);
    }

    /// <summary>Sets document frequencies from a whole collection (batch mode): every article then sees the same IDF.</summary>
    private void FreezeFrequencies(IEnumerable<StoryDocument> documents)
    {
        var seen = new HashSet<int>();
        foreach (var d in documents)
        {
            documentCount++;
            termScratch.Clear();
            ContentTerms(d, termScratch);
            seen.Clear();
            foreach (int t in termScratch)
            {
                if (!seen.Add(t)) continue;
                while (documentFrequency.Count <= t) documentFrequency.Add(0);
                documentFrequency[t]++;
            }
            foreach (var key in d.Entities.Concat(d.Places).Distinct(StringComparer.Ordinal))
                keyFrequency[key] = keyFrequency.GetValueOrDefault(key) + 1;
        }
    }
}
