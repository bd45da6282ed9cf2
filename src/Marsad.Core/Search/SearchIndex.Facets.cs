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
    /// lists). The matching documents are marked in a bit set; then each matched document's values are counted from
    /// the field uninverted once per segment (Lucene's field cache, as Solr's facets do), so a request costs in
    /// proportion to the documents it matches and the index needs no facet-specific fields. Days come from the date's
    /// doc values. Deleted documents never match, so they are never counted. Null when the query cannot be understood (<see cref="Search"/> says why).
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
        var term = new BytesRef();
        foreach (var leaf in reader.Leaves)
        {
            // The field uninverted (document → its values' ordinals), built on a segment's first facet request and kept
            // by Lucene's field cache as long as the segment lives: counting then costs one step per matched value.
            var values = FieldCache.DEFAULT.GetDocTermOrds(leaf.AtomicReader, field);
            if (values.ValueCount == 0) continue;
            var perOrd = new int[values.ValueCount];
            int docBase = leaf.DocBase, end = docBase + leaf.AtomicReader.MaxDoc;
            for (int doc = NextMatch(matched, docBase); doc >= 0 && doc < end; doc = NextMatch(matched, doc + 1))
            {
                values.SetDocument(doc - docBase);
                for (long ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd()) perOrd[ord]++;
            }
            for (int ord = 0; ord < perOrd.Length; ord++)
            {
                if (perOrd[ord] == 0) continue;
                values.LookupOrd(ord, term);
                var value = term.Utf8ToString();
                counts[value] = counts.GetValueOrDefault(value) + perOrd[ord];
            }
        }
        return counts;
    }

    /// <summary>The first matched document at or after <paramref name="from"/>; -1 when there is none.</summary>
    private static int NextMatch(FixedBitSet matched, int from) => from < matched.Length ? matched.NextSetBit(from) : -1;

    /// <summary>Documents per day (UTC, YYYY-MM-DD) of the date the index sorts by.</summary>
    private static Dictionary<string, int> CountDays(IndexReader reader, FixedBitSet matched)
    {
        var byDay = new Dictionary<long, int>();
        foreach (var leaf in reader.Leaves)
        {
            var dates = leaf.AtomicReader.GetNumericDocValues(SearchFields.DateSort);
            if (dates is null) continue;
            int docBase = leaf.DocBase, end = docBase + leaf.AtomicReader.MaxDoc;
            for (int doc = NextMatch(matched, docBase); doc >= 0 && doc < end; doc = NextMatch(matched, doc + 1))
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
