using System.Text.Json;
using Marsad.Pipeline;
using Marsad.Storage;

namespace Marsad.Search;

/// <summary>Keeps the index in step with the store: documents the text core has cleaned are indexed by their clean
/// text; the rest wait for it.</summary>
public static class SearchIndexer
{
    /// <summary>The index's view of a stored document, or null when the text core has not cleaned it yet.</summary>
    /// <param name="headline">The headline the text core found at the top of the text, for articles stored without a title.</param>
    public static SearchDocument? ToSearchDocument(StoredDocument stored, IReadOnlyList<string> locations, DocumentFacts facts, string? headline = null)
    {
        if (stored.CleanText is null) return null;
        var metadata = ReadMetadata(stored.MetadataJson);
        var url = metadata.GetValueOrDefault("url") ?? locations.FirstOrDefault(IsWebAddress);
        return new SearchDocument(stored.Id, stored.Title ?? metadata.GetValueOrDefault("title") ?? headline, stored.CleanText,
            SourceOf(metadata, url, stored.CleanText), url, stored.Published ?? stored.IngestedAt, stored.Language)
        {
            Published = stored.Published is not null,
            Entities = facts.Entities,
            Places = facts.Places,
            EntityIds = facts.EntityIds,
            PlaceIds = facts.PlaceIds,
            EventTypes = facts.EventTypes,
            AliasGroups = facts.AliasGroups,
            Story = facts.Story,
        };
    }

    /// <summary>The publisher by the name <see cref="Outlets.OutletCatalog"/> gives it: from the site name ingestion
    /// found (or a record's source field), else the URL's host, else an agency credit in the text; empty when nothing
    /// says who published it (a local file without a credit).</summary>
    public static string SourceOf(IReadOnlyDictionary<string, string> metadata, string? url, string? text = null)
    {
        var site = metadata.GetValueOrDefault("site") is { Length: > 0 } s ? s : metadata.GetValueOrDefault("source");
        return Outlets.OutletCatalog.Default.NameOf(site, url, text);
    }

    private static bool IsWebAddress(string locator) =>
        locator.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || locator.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    /// <summary>The stored metadata object's string values (the ingest records keep them flat).</summary>
    public static IReadOnlyDictionary<string, string> ReadMetadata(string json)
    {
        var map = new SortedDictionary<string, string>(StringComparer.Ordinal);
        try
        {
            using var doc = JsonDocument.Parse(json);
            if (doc.RootElement.ValueKind != JsonValueKind.Object) return map;
            foreach (var property in doc.RootElement.EnumerateObject())
                if (property.Value.ValueKind == JsonValueKind.String) map[property.Name] = property.Value.GetString()!;
        }
        catch (JsonException)
        {
            // Metadata is informative only; a broken object leaves it empty.
        }
        return map;
    }

    /// <summary>Indexes one stored document (or removes it from the index when it has no clean text) and commits.</summary>
    public static bool IndexDocument(IDocumentStore store, SearchIndex index, long id, IDocumentFactsSource? facts = null)
    {
        var indexed = Put(store, index, id, facts ?? NoDocumentFacts.Instance);
        index.Commit();
        return indexed;
    }

    private static bool Put(IDocumentStore store, SearchIndex index, long id, IDocumentFactsSource facts)
    {
        var stored = store.GetDocument(id);
        var document = stored is null ? null : ToSearchDocument(stored, store.GetLocations(id), facts.FactsOf(id), HeadlineOf(store, id));
        if (document is null)
        {
            index.Remove(id);
            return false;
        }
        index.Put(document);
        return true;
    }

    /// <summary>The headline the text core stored for a document, if any (none from a payload that is not JSON).</summary>
    public static string? HeadlineOf(IDocumentStore store, long id) =>
        store.GetStageResult(id, StoreProcessor.TextCoreStage) is { } result ? TextCorePayload.ParseLenient(result.PayloadJson)?.Title : null;

    /// <summary>Empties the index and indexes every cleaned document of the store; returns how many.</summary>
    public static int Rebuild(IDocumentStore store, SearchIndex index, IDocumentFactsSource? facts = null, Action<int>? progress = null)
    {
        facts ??= NoDocumentFacts.Instance;
        index.RemoveAll();
        int count = 0;
        var ids = store.ReadDocuments().Where(d => d.CleanText is not null).Select(d => d.Id).ToList();
        foreach (var id in ids)
        {
            if (Put(store, index, id, facts) && ++count % 10_000 == 0) progress?.Invoke(count);
        }
        index.Commit(facts.RunId);
        return count;
    }

    /// <summary>Indexes cleaned documents the index lacks and drops indexed ones the store no longer has cleaned
    /// (a crash between the text core and indexing, or an index copied from elsewhere); returns how many changed.
    /// When the facts come from another collection run than the index was built with, every document is indexed
    /// again: a new run can change any document's entities, places, events and story.</summary>
    public static int CatchUp(IDocumentStore store, SearchIndex index, IDocumentFactsSource? facts = null)
    {
        facts ??= NoDocumentFacts.Instance;
        if (facts.RunId != index.CollectionRun) return Rebuild(store, index, facts);
        var indexed = index.Ids().ToHashSet();
        var cleaned = store.ReadDocuments().Where(d => d.CleanText is not null).Select(d => d.Id).ToList();
        int changed = 0;
        foreach (var id in cleaned)
            if (!indexed.Remove(id) && Put(store, index, id, facts)) changed++;
        foreach (var stale in indexed)
        {
            index.Remove(stale);
            changed++;
        }
        if (changed > 0) index.Commit();
        return changed;
    }
}
