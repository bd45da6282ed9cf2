using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Marsad.Analysis;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Marsad.Search;

/// <summary>
/// The full-text index over stored documents: Lucene.NET 4.8 with <see cref="MarsadArabicAnalyzer"/> on text fields,
/// exact keys for sources, stories and event types, BM25 ranking. One writer per index (Lucene's write lock), shared
/// by every request; searches go through a <see cref="SearcherManager"/> so they see what was committed without
/// reopening the index, and never block writes. Lives next to the store (<see cref="PathFor"/>).
/// </summary>
public sealed partial class SearchIndex : IDisposable
{
    private readonly LuceneDirectory directory;
    private readonly IndexWriter writer;
    private readonly SearcherManager searchers;

    /// <summary>Text fields through Marsad's analyzer; key fields as one exact token each.</summary>
    public Analyzer Analyzer { get; }

    private SearchIndex(LuceneDirectory directory)
    {
        this.directory = directory;
        var keyword = new KeywordAnalyzer();
        Analyzer = new PerFieldAnalyzerWrapper(new MarsadArabicAnalyzer(), SearchFields.Keys.ToDictionary(k => k, Analyzer (_) => keyword));
        var config = new IndexWriterConfig(MarsadArabicAnalyzer.Version, Analyzer)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            Similarity = new BM25Similarity(),
        };
        writer = new IndexWriter(directory, config);
        searchers = new SearcherManager(writer, applyAllDeletes: true, new Bm25SearcherFactory());
    }

    /// <summary>The index directory that belongs to a store file: <c>marsad.db</c> → <c>marsad.db.index/</c>.</summary>
    public static string PathFor(string databasePath) => databasePath + ".index";

    /// <summary>Opens (or creates) the index in a directory on disk.</summary>
    public static SearchIndex Open(string path)
    {
        System.IO.Directory.CreateDirectory(path);
        return new SearchIndex(FSDirectory.Open(path));
    }

    /// <summary>An index that lives in memory only (tests, throwaway runs).</summary>
    public static SearchIndex InMemory() => new(new RAMDirectory());

    /// <summary>Deletes an index directory (for a rebuild from scratch).</summary>
    public static void Delete(string path)
    {
        if (System.IO.Directory.Exists(path)) System.IO.Directory.Delete(path, recursive: true);
    }

    /// <summary>Adds the document, or replaces the one with its id. Visible to searches after <see cref="Commit"/>.</summary>
    public void Put(SearchDocument document) =>
        writer.UpdateDocument(new Term(SearchFields.Id, Key(document.Id)), ToLucene(document));

    public void Remove(long id) => writer.DeleteDocuments(new Term(SearchFields.Id, Key(id)));

    public void RemoveAll() => writer.DeleteAll();

    /// <summary>Makes what was put durable and visible to the next search.</summary>
    public void Commit()
    {
        writer.Commit();
        searchers.MaybeRefreshBlocking();
    }

    private const string CollectionRunKey = "marsad.collection-run";

    /// <summary>The collection run whose facts (entities, places, events, stories) the indexed documents carry, as
    /// last committed ("" for none). Kept in the commit's user data, so it is durable exactly when the documents are.</summary>
    public string CollectionRun => writer.CommitData.TryGetValue(CollectionRunKey, out var run) ? run : "";

    /// <summary>Commits, recording that the documents now carry the facts of <paramref name="collectionRun"/>.</summary>
    public void Commit(string collectionRun)
    {
        writer.SetCommitData(new Dictionary<string, string>(writer.CommitData) { [CollectionRunKey] = collectionRun });
        Commit();
    }

    /// <summary>Documents visible to searches.</summary>
    public int Count => WithSearcher(s => s.IndexReader.NumDocs);

    /// <summary>The ids of every document visible to searches, ascending.</summary>
    public IReadOnlyList<long> Ids() => WithSearcher(searcher =>
    {
        var ids = new List<long>(searcher.IndexReader.NumDocs);
        var fields = new HashSet<string> { SearchFields.Id };
        var reader = searcher.IndexReader;
        var live = MultiFields.GetLiveDocs(reader);
        for (int doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (live is not null && !live.Get(doc)) continue;
            ids.Add(ParseKey(reader.Document(doc, fields).Get(SearchFields.Id)));
        }
        ids.Sort();
        return (IReadOnlyList<long>)ids;
    });

    public bool Contains(long id) => WithSearcher(s => s.Search(new TermQuery(new Term(SearchFields.Id, Key(id))), 1).TotalHits > 0);

    private T WithSearcher<T>(Func<IndexSearcher, T> use)
    {
        var searcher = searchers.Acquire();
        try
        {
            return use(searcher);
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    private static Document ToLucene(SearchDocument d)
    {
        long ticks = d.Date.UtcTicks;
        var doc = new Document
        {
            new StringField(SearchFields.Id, Key(d.Id), Field.Store.YES),
            new NumericDocValuesField(SearchFields.IdSort, d.Id),
            new Field(SearchFields.Body, d.Body, BodyType),
            new StringField(SearchFields.Source, d.Source, Field.Store.YES),
            new StringField(SearchFields.Language, d.Language, Field.Store.YES),
            new Int64Field(SearchFields.Date, ticks, Field.Store.YES),
            new NumericDocValuesField(SearchFields.DateSort, ticks),
            new StoredField("published", d.Published ? 1 : 0),
            new SortedDocValuesField(SearchFields.TitleSort, new BytesRef(d.Title ?? "")),
        };
        if (d.Title is not null) doc.Add(new TextField(SearchFields.Title, d.Title, Field.Store.YES));
        if (d.Url is not null) doc.Add(new StringField(SearchFields.Url, d.Url, Field.Store.YES));
        if (d.Story is not null) doc.Add(new StringField(SearchFields.Story, d.Story, Field.Store.YES));
        foreach (var entity in d.Entities) doc.Add(new TextField(SearchFields.Entities, entity, Field.Store.YES));
        foreach (var place in d.Places) doc.Add(new TextField(SearchFields.Places, place, Field.Store.YES));
        foreach (var id in d.EntityIds) doc.Add(new StringField(SearchFields.EntityKey, id, Field.Store.YES));
        foreach (var id in d.PlaceIds) doc.Add(new StringField(SearchFields.PlaceKey, id, Field.Store.YES));
        foreach (var type in d.EventTypes) doc.Add(new StringField(SearchFields.EventType, type, Field.Store.YES));
        foreach (var group in d.AliasGroups) doc.Add(new StoredField(SearchFields.AliasGroups, string.Join(SearchFields.AliasSeparator, group)));
        return doc;
    }

    /// <summary>The body keeps term vectors with offsets: snippets are marked from them without analysing the text again.</summary>
    private static readonly FieldType BodyType = new(TextField.TYPE_STORED)
    {
        StoreTermVectors = true,
        StoreTermVectorPositions = true,
        StoreTermVectorOffsets = true,
    };

    internal static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);

    internal static long ParseKey(string key) => long.Parse(key, NumberStyles.None, CultureInfo.InvariantCulture);

    public void Dispose()
    {
        searchers.Dispose();
        writer.Dispose();
        directory.Dispose();
    }

    private sealed class Bm25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = new BM25Similarity() };
    }
}
