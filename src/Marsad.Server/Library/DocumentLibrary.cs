using Marsad.Language;
using Marsad.Pipeline;
using Marsad.Search;
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
    public string DatabasePath => store.Path;

    public DocumentLibrary(ServerOptions options, ILanguageIdentifier? languages = null, IDocumentFactsSource? facts = null)
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
        facts ??= NoDocumentFacts.Instance;
        languages ??= new LinguaLanguageIdentifier();
        Pipeline = new ArticlePipeline(store, Index, gate, languages, new DocumentAnalyzer(languages), facts);
        // The index may lag the store (documents cleaned by another command, or a crash before indexing).
        lock (gate) SearchIndexer.CatchUp(store, Index, facts);
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
