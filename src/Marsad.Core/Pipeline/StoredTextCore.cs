using Marsad.Storage;

namespace Marsad.Pipeline;

/// <summary>
/// The text core's result for a stored document, rebuilt from what <see cref="StoreProcessor"/> stored (clean text,
/// title, sentences, removed pieces, metadata) rather than computed again: the later stages' spans must point into the
/// clean text the store keeps, and cleaning again over another set of documents could give another text.
/// </summary>
public static class StoredTextCore
{
    /// <summary>The analysed document, or null when the document is missing, was skipped or has no text-core result;
    /// throws <see cref="InvalidDataException"/> when the stored result is malformed.</summary>
    public static AnalyzedDocument? Read(IDocumentStore store, long id)
    {
        var document = store.GetDocument(id);
        var result = store.GetStageResult(id, StoreProcessor.TextCoreStage);
        if (document?.CleanText is null || result is null || result.StageVersion != StoreProcessor.TextCoreStageVersion) return null;
        TextCorePayload payload;
        try
        {
            payload = TextCorePayload.Parse(result.PayloadJson);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"document #{id}: {e.Message}", e);
        }
        // A strict parse gives the removed list of every payload not skipped.
        if (payload is not { SkipReason: null, Removed: { } removed }) return null;
        var source = new SourceDocument(StoreKey.Of(id), store.GetLocations(id).FirstOrDefault() ?? $"document #{id}", document.Text)
        {
            Title = payload.Title,
            Published = document.Published,
            Metadata = Marsad.Search.SearchIndexer.ReadMetadata(document.MetadataJson),
        };
        var clean = new CleanedText(document.CleanText, payload.CleanTitle, removed, payload.Metadata);
        return new AnalyzedDocument(source, payload.Language, clean, payload.Sentences, payload.TokenCount);
    }
}
