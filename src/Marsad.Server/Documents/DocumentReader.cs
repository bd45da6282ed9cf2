using System.Text.Json;
using Marsad.Cleaning;
using Marsad.Pipeline;
using Marsad.Search;
using Marsad.Storage;

namespace Marsad.Server.Documents;

/// <summary>Builds a <see cref="DocumentDetail"/> from the store: the document, the text core's stored result
/// (removed pieces) and the dedup stage's links, when those stages have run.</summary>
public static class DocumentReader
{
    public const string DedupStage = "dedup";

    public static DocumentDetail? Read(IDocumentStore store, long id)
    {
        var stored = store.GetDocument(id);
        if (stored is null) return null;
        var locations = store.GetLocations(id);
        var metadata = SearchIndexer.ReadMetadata(stored.MetadataJson);
        var url = metadata.GetValueOrDefault("url") ?? locations.FirstOrDefault(l => l.StartsWith("http", StringComparison.OrdinalIgnoreCase));
        var title = stored.Title ?? metadata.GetValueOrDefault("title") ?? SearchIndexer.HeadlineOf(store, id);
        return new DocumentDetail(
            stored.Id, title, SearchIndexer.SourceOf(metadata, url, stored.CleanText ?? stored.Text), url, stored.Published ?? stored.IngestedAt, stored.Published is not null,
            stored.Language, locations, stored.CleanText, Removed(store, stored), Duplicates(store, id), [], [], null);
    }

    /// <summary>What lists show of a document (title, source, date), or null when the store does not have it.</summary>
    public static Marsad.Browse.DocumentCard? Card(IDocumentStore store, long id)
    {
        var stored = store.GetDocument(id);
        if (stored is null) return null;
        var metadata = SearchIndexer.ReadMetadata(stored.MetadataJson);
        var url = metadata.GetValueOrDefault("url") ?? store.GetLocations(id).FirstOrDefault(l => l.StartsWith("http", StringComparison.OrdinalIgnoreCase));
        var title = stored.Title ?? metadata.GetValueOrDefault("title") ?? SearchIndexer.HeadlineOf(store, id);
        return new Marsad.Browse.DocumentCard(SqliteDocumentStore.Key(id), title, SearchIndexer.SourceOf(metadata, url, stored.CleanText ?? stored.Text), url,
            stored.Published ?? stored.IngestedAt, stored.Published is not null) { Lead = Lead(stored.CleanText ?? stored.Text) };
    }

    /// <summary>The first words of a text, cut at a space.</summary>
    public static string Lead(string text, int maxChars = 90)
    {
        text = text.Trim();
        int end = text.IndexOf('\n', StringComparison.Ordinal);
        if (end > 0) text = text[..end].Trim();
        if (text.Length <= maxChars) return text;
        int cut = text.LastIndexOf(' ', maxChars);
        return text[..(cut > maxChars / 2 ? cut : maxChars)] + " …";
    }

    /// <summary>The removed pieces the text core stored; older results kept only a count, so the cleaner runs again.</summary>
    private static IReadOnlyList<RemovedPiece> Removed(IDocumentStore store, StoredDocument stored)
    {
        if (stored.CleanText is null) return [];
        var result = store.GetStageResult(stored.Id, StoreProcessor.TextCoreStage);
        var removed = result is null ? null : TextCorePayload.ParseLenient(result.PayloadJson)?.Removed;
        return (removed ?? PlainTextCleaner.Clean(stored.Text).Removed).Select(r => new RemovedPiece(r.Kind.ToString(), r.Reason, r.Text)).ToList();
    }

    private static IReadOnlyList<DuplicateOf> Duplicates(IDocumentStore store, long id)
    {
        var result = store.GetStageResult(id, DedupStage);
        if (result is null || !TryParse(result.PayloadJson, out var root) || !root.TryGetProperty("links", out var links) || links.ValueKind != JsonValueKind.Array)
            return [];
        var list = new List<DuplicateOf>();
        foreach (var link in links.EnumerateArray())
        {
            if (!link.TryGetProperty("document", out var other) || !other.TryGetInt64(out var otherId)) continue;
            double similarity = link.TryGetProperty("similarity", out var s) && s.TryGetDouble(out var v) ? v : 0;
            var otherTitle = store.GetDocument(otherId) is { } d ? d.Title ?? SearchIndexer.HeadlineOf(store, otherId) : null;
            list.Add(new DuplicateOf(otherId, String(link, "kind"), similarity, otherTitle));
        }
        return list;
    }

    private static bool TryParse(string json, out JsonElement root)
    {
        try
        {
            root = JsonDocument.Parse(json).RootElement.Clone();
            return root.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            root = default;
            return false;
        }
    }

    private static string String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";
}
