using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;

namespace Marsad.Search;

public sealed partial class SearchIndex
{
    /// <summary>The most results one request may ask for; larger limits are cut to it.</summary>
    public const int MaxLimit = 100;

    /// <summary>Runs a search. Malformed query syntax comes back as <see cref="SearchOutcome.Error"/>.</summary>
    public SearchOutcome Search(SearchRequest request)
    {
        var (query, error) = ParseQuery(request.Query);
        if (query is null) return SearchOutcome.Fail(error!);
        int offset = Math.Max(0, request.Offset), limit = Math.Clamp(request.Limit, 0, MaxLimit);
        var filter = FilterFor(request);
        bool hasText = !string.IsNullOrWhiteSpace(request.Query);
        var sort = SortFor(request.Sort, hasText);
        return WithSearcher(searcher =>
        {
            int wanted = Math.Max(1, offset + limit);
            TopDocs top;
            try
            {
                top = sort is null ? searcher.Search(query, filter, wanted) : searcher.Search(query, filter, wanted, sort, doDocScores: hasText, doMaxScore: false);
            }
            catch (BooleanQuery.TooManyClausesException)
            {
                return SearchOutcome.Fail("the query expands to too many words (a wildcard that is too short?); make it more specific");
            }
            var terms = request.Highlight && hasText ? HighlightTerms(searcher, query) : EmptyTerms;
            var hits = new List<SearchHit>(Math.Min(limit, Math.Max(0, top.ScoreDocs.Length - offset)));
            for (int i = offset; i < top.ScoreDocs.Length && hits.Count < limit; i++)
                hits.Add(ToHit(searcher, top.ScoreDocs[i].Doc, top.ScoreDocs[i].Score, terms));
            return SearchOutcome.Ok(new SearchResults(top.TotalHits, offset, limit, hits));
        });
    }

    /// <summary>Documents most like the given one (by their distinctive title and body terms), itself excluded;
    /// null when the document is not in the index.</summary>
    public IReadOnlyList<SearchHit>? MoreLikeThis(long id, int count = 5) => WithSearcher(searcher =>
    {
        var own = searcher.Search(new TermQuery(new Term(SearchFields.Id, Key(id))), 1);
        if (own.TotalHits == 0) return null;
        var mlt = new MoreLikeThis(searcher.IndexReader)
        {
            Analyzer = Analyzer,
            FieldNames = [SearchFields.Title, SearchFields.Body],
            // Small collections are the norm in tests and first runs: a word seen once is still evidence.
            MinTermFreq = 1,
            MinDocFreq = 1,
            MaxQueryTerms = 25,
        };
        var like = mlt.Like(own.ScoreDocs[0].Doc);
        var query = new BooleanQuery
        {
            { like, Occur.MUST },
            { new TermQuery(new Term(SearchFields.Id, Key(id))), Occur.MUST_NOT },
        };
        var top = searcher.Search(query, Math.Clamp(count, 0, MaxLimit));
        return (IReadOnlyList<SearchHit>?)top.ScoreDocs.Select(s => ToHit(searcher, s.Doc, s.Score, EmptyTerms)).ToList();
    });

    /// <summary>Parses Lucene query syntax over the searched fields (AND between words by default); an empty query
    /// means every document.</summary>
    public (Query? Query, string? Error) ParseQuery(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return (new MatchAllDocsQuery(), null);
        var fields = SearchFields.Searched.Select(f => f.Field).ToArray();
        var boosts = SearchFields.Searched.ToDictionary(f => f.Field, f => f.Boost);
        var parser = new MultiFieldQueryParser(MarsadArabicAnalyzerVersion, fields, Analyzer, boosts)
        {
            DefaultOperator = Operator.AND,
            AllowLeadingWildcard = false,
        };
        try
        {
            var query = parser.Parse(text);
            // A query of stop words only analyses to nothing; that is no match, not "everything".
            return (query is BooleanQuery { Clauses.Count: 0 } ? new BooleanQuery() : query, null);
        }
        catch (ParseException e)
        {
            return (null, QuerySyntaxHelp(text, e.Message));
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            return (null, "the query has too many parts; make it shorter");
        }
    }

    private static Lucene.Net.Util.LuceneVersion MarsadArabicAnalyzerVersion => Analysis.MarsadArabicAnalyzer.Version;

    /// <summary>The parser's first line (what went wrong, and where) followed by what the syntax allows.</summary>
    internal static string QuerySyntaxHelp(string query, string parserMessage)
    {
        var first = Unbalanced(query) ?? parserMessage.Split('\n', 2)[0].Trim();
        if (first.StartsWith("Cannot parse '", StringComparison.Ordinal))
        {
            int colon = first.IndexOf("': ", StringComparison.Ordinal);
            if (colon > 0) first = first[(colon + 3)..];
        }
        return $"the query could not be understood ({first}). Words are all required; put a phrase in \"double quotes\", "
            + "use OR and NOT in capitals, close every bracket and quote, and put a backslash before + - ! ( ) { } [ ] ^ \" ~ * ? : / when you mean the character itself.";
    }

    /// <summary>The usual mistakes, named plainly: a quote or a bracket left open.</summary>
    private static string? Unbalanced(string query)
    {
        int quotes = 0, depth = 0;
        for (int i = 0; i < query.Length; i++)
        {
            char c = query[i];
            if (c == '\\') { i++; continue; }
            if (c == '"') quotes++;
            else if (quotes % 2 == 0 && c == '(') depth++;
            else if (quotes % 2 == 0 && c == ')') depth--;
        }
        if (quotes % 2 == 1) return "a quotation mark is not closed";
        if (depth != 0) return depth > 0 ? "a bracket is not closed" : "a closing bracket has no opening one";
        return null;
    }

    private static Filter? FilterFor(SearchRequest request)
    {
        var filter = new BooleanQuery();
        if (request.Sources.Count > 0)
        {
            var any = new BooleanQuery();
            foreach (var source in request.Sources) any.Add(new TermQuery(new Term(SearchFields.Source, source)), Occur.SHOULD);
            filter.Add(any, Occur.MUST);
        }
        AddKey(filter, SearchFields.Story, request.Story);
        AddKey(filter, SearchFields.EntityKey, request.Entity);
        AddKey(filter, SearchFields.PlaceKey, request.Place);
        AddKey(filter, SearchFields.EventType, request.EventType);
        if (request.From is not null || request.To is not null)
            filter.Add(NumericRangeQuery.NewInt64Range(SearchFields.Date, request.From?.UtcTicks, request.To?.UtcTicks, true, true), Occur.MUST);
        return filter.Clauses.Count == 0 ? null : new QueryWrapperFilter(filter);

        static void AddKey(BooleanQuery filter, string field, string? value)
        {
            if (!string.IsNullOrEmpty(value)) filter.Add(new TermQuery(new Term(field, value)), Occur.MUST);
        }
    }

    private static Sort? SortFor(SearchSort sort, bool hasText) => sort switch
    {
        SearchSort.Relevance when hasText => null,
        SearchSort.Relevance or SearchSort.Newest => new Sort(new SortField(SearchFields.DateSort, SortFieldType.INT64, true), IdSort(true)),
        SearchSort.Oldest => new Sort(new SortField(SearchFields.DateSort, SortFieldType.INT64, false), IdSort(false)),
        SearchSort.Title => new Sort(new SortField(SearchFields.TitleSort, SortFieldType.STRING, false), IdSort(false)),
        _ => new Sort(IdSort(false)),
    };

    private static SortField IdSort(bool reverse) => new(SearchFields.IdSort, SortFieldType.INT64, reverse);

    /// <summary>Where the query's terms occur in the body, from its term vector; null for documents indexed without one.</summary>
    private static List<(int Start, int End, string Term)>? StoredOffsets(IndexReader reader, int docId, IReadOnlySet<string> terms)
    {
        var vector = reader.GetTermVector(docId, SearchFields.Body);
        if (vector is null || !vector.HasOffsets) return null;
        var found = new List<(int, int, string)>();
        var iterator = vector.GetEnumerator();
        foreach (var term in terms)
        {
            if (!iterator.SeekExact(new Lucene.Net.Util.BytesRef(term))) continue;
            var positions = iterator.DocsAndPositions(null, null, DocsAndPositionsFlags.OFFSETS);
            if (positions is null || positions.NextDoc() == DocIdSetIterator.NO_MORE_DOCS) continue;
            for (int i = 0; i < positions.Freq; i++)
            {
                positions.NextPosition();
                if (positions.StartOffset >= 0) found.Add((positions.StartOffset, positions.EndOffset, term));
            }
        }
        return found;
    }

    private static readonly IReadOnlySet<string> EmptyTerms = new HashSet<string>();

    /// <summary>The analysed words the query looks for in text fields (what the highlighter marks).</summary>
    private static HashSet<string> HighlightTerms(IndexSearcher searcher, Query query)
    {
        var terms = new HashSet<Term>();
        try
        {
            searcher.Rewrite(query).ExtractTerms(terms);
        }
        catch (NotSupportedException)
        {
            // Some rewritten forms (constant-score wildcards) do not list their terms: nothing to mark.
        }
        return terms.Where(t => t.Field is SearchFields.Body or SearchFields.Title).Select(t => t.Text).ToHashSet(StringComparer.Ordinal);
    }

    private SearchHit ToHit(IndexSearcher searcher, int docId, float score, IReadOnlySet<string> terms)
    {
        var doc = searcher.Doc(docId);
        var title = doc.Get(SearchFields.Title);
        var body = doc.Get(SearchFields.Body) ?? "";
        long ticks = doc.GetField(SearchFields.Date)?.GetInt64Value() ?? 0;
        bool published = doc.GetField("published")?.GetInt32Value() == 1;
        var titleParts = title is null ? [] : SnippetHighlighter.Mark(Analyzer, SearchFields.Title, title, terms);
        var offsets = terms.Count == 0 ? [] : StoredOffsets(searcher.IndexReader, docId, terms);
        var snippet = offsets is null ? SnippetHighlighter.BestWindow(Analyzer, SearchFields.Body, body, terms) : SnippetHighlighter.BestWindow(body, offsets);
        return new SearchHit(ParseKey(doc.Get(SearchFields.Id)), title, doc.Get(SearchFields.Source) ?? "", doc.Get(SearchFields.Url),
            new DateTimeOffset(ticks, TimeSpan.Zero), published, float.IsNaN(score) ? 0 : score, titleParts, snippet);
    }
}
