using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Marsad.Search;

/// <summary>
/// «هل تقصد»: when a query finds nothing, each of its words the collection never uses is replaced by the closest
/// word it does use (edit distance of the analysed forms at most 1 for words up to 4 letters, else 2; ties go to
/// the word in more documents), shown as the text spells it (read back from a document's term vector offsets).
/// </summary>
public sealed partial class SearchIndex
{
    /// <summary>The query with unknown words replaced by their nearest collection words, or null when every word is
    /// known or none has a neighbour.</summary>
    public string? DidYouMean(string? query)
    {
        if (string.IsNullOrWhiteSpace(query) || QueryText.PlainWords(QueryText.Prepare(query)) is not { Count: > 0 } words) return null;
        return WithSearcher(searcher =>
        {
            var reader = searcher.IndexReader;
            var vocabulary = MultiFields.GetTerms(reader, SearchFields.Body);
            if (vocabulary is null) return null;
            bool changed = false;
            var suggested = new List<string>(words.Count);
            foreach (var word in words)
            {
                // The analyzer may give a word more than one term (its stem beside its key): it is unknown when none is known.
                var analysed = AnalyzedWords(word).Distinct(StringComparer.Ordinal).ToList();
                if (analysed.Count == 0 || analysed.Any(t => reader.DocFreq(new Term(SearchFields.Body, t)) > 0))
                {
                    suggested.Add(word);
                    continue;
                }
                // A word the analyzer does not know keeps its article ("الرقظ"), while known words are indexed without it.
                var nearest = analysed.SelectMany(WithoutArticle).Select(t => Nearest(vocabulary, t)).Where(n => n.Term is not null)
                    .OrderBy(n => n.Distance).ThenByDescending(n => n.Frequency).Select(n => n.Term).FirstOrDefault();
                var surface = nearest is null ? null : Surface(searcher, nearest);
                suggested.Add(surface ?? word);
                changed |= surface is not null;
            }
            return changed ? string.Join(' ', suggested) : null;
        });
    }

    private static readonly string[] Articles = ["وال", "بال", "فال", "كال", "لل", "ال"];

    private static IEnumerable<string> WithoutArticle(string term)
    {
        yield return term;
        if (Articles.FirstOrDefault(a => term.Length > a.Length + 1 && term.StartsWith(a, StringComparison.Ordinal)) is { } article)
            yield return term[article.Length..];
    }

    private static (string? Term, int Distance, int Frequency) Nearest(Terms vocabulary, string term)
    {
        int allowed = term.Length <= 4 ? 1 : 2;
        string? best = null;
        (int Distance, int Frequency) bestScore = (int.MaxValue, 0);
        var terms = vocabulary.GetEnumerator();
        while (terms.MoveNext())
        {
            var candidate = terms.Term.Utf8ToString();
            if (Math.Abs(candidate.Length - term.Length) > allowed) continue;
            int distance = EditDistance(term, candidate, allowed);
            if (distance > allowed) continue;
            int frequency = terms.DocFreq;
            if (distance < bestScore.Distance || (distance == bestScore.Distance && frequency > bestScore.Frequency))
                (best, bestScore) = (candidate, (distance, frequency));
        }
        return (best, bestScore.Distance, bestScore.Frequency);
    }

    /// <summary>How the text spells an analysed word: the first occurrence in the first document that has it.</summary>
    private static string? Surface(IndexSearcher searcher, string term)
    {
        var top = searcher.Search(new TermQuery(new Term(SearchFields.Body, term)), 1);
        if (top.ScoreDocs.Length == 0) return null;
        int doc = top.ScoreDocs[0].Doc;
        var offsets = StoredOffsets(searcher.IndexReader, doc, new HashSet<string>(StringComparer.Ordinal) { term });
        var body = searcher.Doc(doc).Get(SearchFields.Body);
        if (offsets is not { Count: > 0 } || body is null) return term;
        var (start, end, _) = offsets.MinBy(o => o.Start);
        return end <= body.Length ? body[start..end] : term;
    }

    /// <summary>Levenshtein distance, given up (returning limit + 1) once every path exceeds <paramref name="limit"/>.</summary>
    internal static int EditDistance(string a, string b, int limit)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }
            if (rowMin > limit) return limit + 1;
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
