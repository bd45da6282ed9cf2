using System.Text.Json;
using Marsad.Storage;

namespace Marsad.Pipeline;

/// <summary>
/// The text core's result for a stored document, rebuilt from what <see cref="StoreProcessor"/> stored (clean text,
/// title, sentences, removed pieces, metadata) rather than computed again: the later stages' spans must point into the
/// clean text the store keeps, and cleaning again over another set of documents could give another text.
/// </summary>
public static class StoredTextCore
{
    /// <summary>The analysed document, or null when the document is missing, was skipped or has no text-core result.</summary>
    public static AnalyzedDocument? Read(IDocumentStore store, long id)
    {
        var document = store.GetDocument(id);
        var result = store.GetStageResult(id, StoreProcessor.TextCoreStage);
        if (document?.CleanText is null || result is null || result.StageVersion != StoreProcessor.TextCoreStageVersion) return null;
        using var json = JsonDocument.Parse(result.PayloadJson);
        var root = json.RootElement;
        if (root.TryGetProperty("skipped", out _)) return null;
        try
        {
            var title = String(root, "title");
            var source = new SourceDocument(StoreKey.Of(id), store.GetLocations(id).FirstOrDefault() ?? $"document #{id}", document.Text)
            {
                Title = title,
                Published = document.Published,
                Metadata = Marsad.Search.SearchIndexer.ReadMetadata(document.MetadataJson),
            };
            var removed = root.GetProperty("removed").EnumerateArray()
                .Select(r => new RemovedText(Enum.Parse<RemovalKind>(r.GetProperty("kind").GetString()!), r.GetProperty("text").GetString()!, r.GetProperty("reason").GetString()!))
                .ToList();
            var metadata = root.TryGetProperty("metadata", out var m) ? StringMap(m) : new Dictionary<string, string>();
            var clean = new CleanedText(document.CleanText, String(root, "clean_title"), removed, metadata);
            var sentences = root.GetProperty("sentences").EnumerateArray()
                .Select(s => new TextSpan(s[0].GetInt32(), s[1].GetInt32())).ToList();
            return new AnalyzedDocument(source, root.GetProperty("language").GetString()!, clean, sentences, root.GetProperty("tokens").GetInt32());
        }
        catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException or ArgumentException or JsonException or FormatException)
        {
            throw new InvalidDataException($"document #{id}: the stored {StoreProcessor.TextCoreStage} result is malformed ({e.Message})", e);
        }
    }

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static Dictionary<string, string> StringMap(JsonElement element) =>
        element.ValueKind != JsonValueKind.Object ? new Dictionary<string, string>(StringComparer.Ordinal)
            : element.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String)
                .ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
}
