using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Marsad.Search;

/// <summary>One value of a facet and how many documents of the result set have it.</summary>
public sealed record FacetValue(string Value, int Count);

/// <summary>The most frequent values of one facet over a result set, and how many distinct values it has in all
/// (more than <see cref="Top"/> holds: the page links to the rest).</summary>
public sealed record Facet(string Field, IReadOnlyList<FacetValue> Top, int Distinct);

/// <summary>The facets of a result set: outlet, story, entity, place, event type and day.</summary>
public sealed record SearchFacets(int Total, Facet Sources, Facet Stories, Facet Entities, Facet Places, Facet EventTypes, Facet Days);

public sealed partial class SearchIndex
{
    /// <summary>The facet fields, in the order <see cref="SearchFacets"/> lists them (days apart: from the date).</summary>
    public static readonly IReadOnlyList<string> FacetFields =
        [SearchFields.Source, SearchFields.Story, SearchFields.EntityKey, SearchFields.PlaceKey, SearchFields.EventType];

    /// <summary>
    /// Counts, for every document the request matches (all of them, not one page), the values of its key fields, and
    /// keeps the <paramref name="top"/> most frequent of each (ties by value, so the same request gives the same
    /// lists). The matching documents are marked in a bit set; then each field's postings are walked once and checked
    /// against it. That costs one pass over the field's postings whatever the size of the result set, which on a
    /// collection of tens of thousands of documents is a few milliseconds, and needs no facet-specific index fields.
    /// Days come from the date's doc values. Null when the query cannot be understood (<see cref="Search"/> says why).
    /// </summary>
    public SearchFacets? Facets(SearchRequest request, int top = 15)
    {
        var (query, _) = ParseQuery(request.Query);
        if (query is null) return null;
        var filter = FilterFor(request);
        return WithSearcher(searcher =>
        {
            var matched = new MatchCollector(searcher.IndexReader.MaxDoc);
            try
            {
                searcher.Search(query, filter, matched);
            }
            catch (Exception e) when (e is BooleanQuery.TooManyClausesException or ArgumentException)
            {
                return null;
            }
            var reader = searcher.IndexReader;
            Facet Count(string field) => Keep(field, CountTerms(reader, field, matched.Documents), top);
            return new SearchFacets(matched.Count, Count(SearchFields.Source), Count(SearchFields.Story), Count(SearchFields.EntityKey),
                Count(SearchFields.PlaceKey), Count(SearchFields.EventType), Keep("day", CountDays(reader, matched.Documents), top));
        });
    }

    private static Facet Keep(string field, Dictionary<string, int> counts, int top) =>
        new(field, counts.Where(p => p.Key.Length > 0).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(top).Select(p => new FacetValue(p.Key, p.Value)).ToList(), counts.Count(p => p.Key.Length > 0));

    private static Dictionary<string, int> CountTerms(IndexReader reader, string field, FixedBitSet matched)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        DocsEnum? docs = null;
        foreach (var leaf in reader.Leaves)
        {
            var terms = leaf.AtomicReader.GetTerms(field);
            if (terms is null) continue;
            var live = leaf.AtomicReader.LiveDocs;
            int docBase = leaf.DocBase;
            var iterator = terms.GetEnumerator();
            while (iterator.MoveNext())
            {
                docs = iterator.Docs(live, docs, DocsFlags.NONE);
                int n = 0;
                for (int doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
                    if (matched.Get(docBase + doc)) n++;
                if (n == 0) continue;
                var value = iterator.Term.Utf8ToString();
                counts[value] = counts.GetValueOrDefault(value) + n;
            }
        }
        return counts;
    }

    /// <summary>Documents per day (UTC, YYYY-MM-DD) of the date the index sorts by.</summary>
    private static Dictionary<string, int> CountDays(IndexReader reader, FixedBitSet matched)
    {
        var byDay = new Dictionary<long, int>();
        foreach (var leaf in reader.Leaves)
        {
            var dates = leaf.AtomicReader.GetNumericDocValues(SearchFields.DateSort);
            if (dates is null) continue;
            int docBase = leaf.DocBase, max = leaf.AtomicReader.MaxDoc;
            for (int doc = matched.NextSetBit(docBase); doc >= 0 && doc < docBase + max; doc = doc + 1 < matched.Length ? matched.NextSetBit(doc + 1) : -1)
            {
                long day = dates.Get(doc - docBase) / TimeSpan.TicksPerDay;
                byDay[day] = byDay.GetValueOrDefault(day) + 1;
            }
        }
        return byDay.ToDictionary(p => new DateTime(p.Key * TimeSpan.TicksPerDay, DateTimeKind.Utc).ToString("yyyy-MM-dd",
            System.Globalization.CultureInfo.InvariantCulture), p => p.Value, StringComparer.Ordinal);
    }

    /// <summary>Marks every matching document (index-wide numbers) in a bit set; scores are not needed.</summary>
    private sealed class MatchCollector(int maxDoc) : ICollector
    {
        private int docBase;

        public FixedBitSet Documents { get; } = new(Math.Max(1, maxDoc));
        public int Count { get; private set; }
        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer)
        {
        }

        public void SetNextReader(AtomicReaderContext context) => docBase = context.DocBase;

        public void Collect(int doc)
        {
            Documents.Set(docBase + doc);
            Count++;
        }
    }
}
