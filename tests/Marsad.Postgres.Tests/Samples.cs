using Marsad.Ingest;
using Marsad.Language;
using Marsad.Pipeline;
using Marsad.Storage;

namespace Marsad.Tests;

/// <summary>The bundled sample articles put through a store: ingested (in small batches, so several COPY batches),
/// processed per document and as a collection, and named back by their file's number (000 … 004).</summary>
internal static class Samples
{
    public static IngestSummary Ingest(IDocumentStore store, string source, int batchSize = 2)
    {
        var reader = new ArticleReader(new IngestOptions(), validators: store);
        return new Ingester(store, reader, new ScriptLanguageIdentifier()) { BatchSize = batchSize }.RunAsync([source]).GetAwaiter().GetResult();
    }

    public static IngestSummary Ingest(IDocumentStore store) => Ingest(store, RepositoryPaths.Samples());

    public static ProcessSummary ProcessDocuments(IPipelineStore store) =>
        new StoreProcessor(store, new DocumentAnalyzer(new ScriptLanguageIdentifier())).Run();

    public static void Process(IPipelineStore store)
    {
        ProcessDocuments(store);
        new CollectionProcessor(store).Run();
    }

    /// <summary>The sample number of a stored document, from the file it was read from.</summary>
    public static string Name(IDocumentStore store, string key) => Path.GetFileName(store.GetLocations(StoreKey.IdOf(key))[0])[..3];
}
