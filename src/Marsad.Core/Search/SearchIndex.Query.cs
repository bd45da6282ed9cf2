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
                top = sort is null ? searcher.Search(query, filter, wanted)
                    : request.After is { } after && IsDateSort(request.Sort, hasText)
                        ? searcher.SearchAfter(AfterDoc(after), query, filter, wanted, sort, doDocScores: hasText, doMaxScore: false)
                        : searcher.Search(query, filter, wanted, sort, doDocScores: hasText, doMaxScore: false);
            }
            catch (BooleanQuery.TooManyClausesException)
            {
                return SearchOutcome.Fail(TooManyParts);
            }
            catch (ArgumentException)
            {
                // A wildcard or regular expression Lucene accepts when parsing but cannot run.
                return SearchOutcome.Fail(CannotRun);
            }
            var terms = request.Highlight && hasText ? HighlightTerms(searcher, query) : (EmptyTerms, EmptyTerms);
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
        return (IReadOnlyList<SearchHit>?)top.ScoreDocs.Select(s => ToHit(searcher, s.Doc, s.Score, (EmptyTerms, EmptyTerms))).ToList();
    });

    /// <summary>How much more a document counts when it has every word of the query, and when it has them as a phrase.</summary>
    public const float AllWordsBoost = 2f, PhraseBoost = 3f;

    /// <summary>
    /// Parses a query over the searched fields. Words are alternatives ranked by BM25 (OR), and for a query of plain
    /// words a document that has them all, then one that has them as a phrase, ranks higher; question words and
    /// question marks are dropped (<see cref="QueryText.Prepare"/>). Lucene syntax still works (quotes, AND, OR, NOT,
    /// +, -, fields, wildcards); syntax the parser refuses is searched as plain text instead. An empty query means
    /// every document; a query of stop words only means none.
    /// </summary>
    public (Query? Query, string? Error) ParseQuery(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return (new MatchAllDocsQuery(), null);
        var prepared = QueryText.Prepare(text);
        try
        {
            Query main;
            try
            {
                main = Parser(Operator.OR).Parse(prepared);
            }
            catch (Exception e) when (e is ParseException or ArgumentException)
            {
                // An unbalanced quote or bracket, a stray slash, a malformed /regular expression/: the person meant
                // the characters as text.
                main = Parser(Operator.OR).Parse(QueryText.AsText(prepared));
            }
            // A query of stop words only analyses to nothing; that is no match, not "everything".
            if (main is BooleanQuery { Clauses.Count: 0 }) return (new BooleanQuery(), null);
            if (QueryText.PlainWords(prepared) is not { Count: > 1 } words) return (main, null);
            var joined = QueryText.AsText(string.Join(' ', words));
            var all = Parser(Operator.AND).Parse(joined);
            all.Boost = AllWordsBoost;
            var phrase = Parser(Operator.OR).Parse("\"" + joined + "\"");
            phrase.Boost = PhraseBoost;
            return (new BooleanQuery { { main, Occur.MUST }, { all, Occur.SHOULD }, { phrase, Occur.SHOULD } }, null);
        }
        catch (Exception e) when (e is ParseException or ArgumentException)
        {
            return (null, "تعذّر فهم الاستعلام؛ جرّب كلمات أبسط.");
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            return (null, TooManyParts);
        }
    }

    /// <summary>The error when a query (often a short wildcard) expands to more words than a search may hold.</summary>
    public const string TooManyParts = "الاستعلام يتسع لكلمات أكثر مما يحتمله البحث (ربما حرف بدل * بعد حرف أو حرفين)؛ اجعله أدق.";

    /// <summary>The error when a parsed query cannot be run.</summary>
    public const string CannotRun = "تعذّر تنفيذ الاستعلام (ربما تعبير بين /شرطتين/ أو حرف بدل غير صالح)؛ ابحث بالكلمات وحدها.";

    private MultiFieldQueryParser Parser(Operator defaultOperator) =>
        new(MarsadArabicAnalyzerVersion, SearchFields.Searched.Select(f => f.Field).ToArray(), Analyzer,
            SearchFields.Searched.ToDictionary(f => f.Field, f => f.Boost))
        {
            DefaultOperator = defaultOperator,
            AllowLeadingWildcard = false,
        };

    private static Lucene.Net.Util.LuceneVersion MarsadArabicAnalyzerVersion => Analysis.MarsadArabicAnalyzer.Version;

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

    /// <summary>Whether results come in date order (then by id), so a <see cref="DateKey"/> can say where a page starts.</summary>
    public static bool IsDateSort(SearchSort sort, bool hasText) =>
        sort is SearchSort.Newest or SearchSort.Oldest || (sort == SearchSort.Relevance && !hasText);

    /// <summary>The sort values of the document a page starts after; the Lucene document number never decides, as the id
    /// breaks every tie first.</summary>
    private static FieldDoc AfterDoc(DateKey after) =>
        new(int.MaxValue, float.NaN, [J2N.Numerics.Int64.GetInstance(after.Ticks), J2N.Numerics.Int64.GetInstance(after.Id)]);

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

    /// <summary>The analysed words the query looks for in text fields (what the highlighter marks), and apart those it
    /// looks for in entity and place names (whose aliases a hit may spell differently).</summary>
    private static (IReadOnlySet<string> Text, IReadOnlySet<string> Names) HighlightTerms(IndexSearcher searcher, Query query)
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
        return (terms.Where(t => t.Field is SearchFields.Body or SearchFields.Title).Select(t => t.Text).ToHashSet(StringComparer.Ordinal),
            terms.Where(t => t.Field is SearchFields.Entities or SearchFields.Places).Select(t => t.Text).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>The text terms, plus every word of every name of an entity the query matched by one of its names: a
    /// search for قسد marks قوات سوريا الديمقراطية in a text that never says قسد.</summary>
    private IReadOnlySet<string> WithAliases(Document doc, (IReadOnlySet<string> Text, IReadOnlySet<string> Names) terms)
    {
        if (terms.Names.Count == 0) return terms.Text;
        HashSet<string>? widened = null;
        foreach (var group in doc.GetValues(SearchFields.AliasGroups))
        {
            var names = group.Split(SearchFields.AliasSeparator).Select(n => AnalyzedWords(n)).Where(w => w.Count > 0).ToList();
            if (!names.Any(words => words.All(terms.Names.Contains))) continue;
            widened ??= new HashSet<string>(terms.Text, StringComparer.Ordinal);
            foreach (var words in names) widened.UnionWith(words);
        }
        return widened ?? terms.Text;
    }

    private List<string> AnalyzedWords(string text)
    {
        var words = new List<string>();
        using var stream = Analyzer.GetTokenStream(SearchFields.Body, text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) words.Add(term.ToString());
        stream.End();
        return words;
    }

    private SearchHit ToHit(IndexSearcher searcher, int docId, float score, (IReadOnlySet<string> Text, IReadOnlySet<string> Names) queryTerms)
    {
        var doc = searcher.Doc(docId);
        var terms = WithAliases(doc, queryTerms);
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
