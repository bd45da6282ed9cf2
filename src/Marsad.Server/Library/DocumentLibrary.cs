using Marsad.Language;
using Marsad.Pipeline;
using Marsad.Search;
using Marsad.Server.Documents;
using Marsad.Storage;

namespace Marsad.Server.Library;

/// <summary>
/// The server's one store and one index. SQLite connections are not thread-safe, so every store access goes through
/// <see cref="Read{T}"/> or the pipeline under one lock (reads are short: a row or two); searches go to the index,
/// which is safe to share and never takes the lock.
/// </summary>
public sealed class DocumentLibrary : IDisposable
{
    private readonly SqliteDocumentStore store;
    private readonly Lock gate = new();

    public SearchIndex Index { get; }
    public ArticlePipeline Pipeline { get; }
    /// <summary>The collection-level results (entities, events, quotes, stories, topics) of the last collection run.</summary>
    public CollectionLibrary Collection { get; }
    public string DatabasePath => store.Path;

    /// <param name="collection">Where the collection results come from; by default the store's last collection run.</param>
    public DocumentLibrary(ServerOptions options, ILanguageIdentifier? languages = null, ICollectionSource? collection = null)
    {
        store = new SqliteDocumentStore(options.Database);
        try
        {
            Index = SearchIndex.Open(options.IndexPath ?? SearchIndex.PathFor(options.Database));
        }
        catch
        {
            store.Dispose();
            throw;
        }
        Collection = new CollectionLibrary(collection ?? new StoreCollectionSource(this), id => Read(s => DocumentReader.Card(s, id)));
        // Indexing runs inside store operations: it takes the snapshot held, never reads the store again from there.
        var facts = new CollectionFacts(Collection.Held);
        languages ??= new LinguaLanguageIdentifier();
        Pipeline = new ArticlePipeline(store, Index, gate, languages, new DocumentAnalyzer(languages), facts);
        // The index may lag the store (documents cleaned by another command, or a crash before indexing), or carry
        // the facts of an older collection run (then it is rebuilt).
        Collection.Current();
        lock (gate) SearchIndexer.CatchUp(store, Index, facts);
        // A collection run finished while serving (by `marsad process` on the same store): the index follows it.
        Collection.Reloaded += _ =>
        {
            lock (gate) SearchIndexer.CatchUp(store, Index, facts);
        };
    }

    /// <summary>The store's own collection results, read under the store's lock.</summary>
    private sealed class StoreCollectionSource(DocumentLibrary library) : ICollectionSource
    {
        public string CurrentRun() => library.Read(store => store.LastCollectionRun()?.RunId ?? "");
        public StoredCollection Read() => library.Read(store => store.ReadCollection());
    }

    public T Read<T>(Func<IDocumentStore, T> read)
    {
        lock (gate) return read(store);
    }

    public void Dispose()
    {
        lock (gate)
        {
            Index.Dispose();
            store.Dispose();
        }
    }
}
