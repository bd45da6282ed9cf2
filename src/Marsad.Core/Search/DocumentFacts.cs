namespace Marsad.Search;

/// <summary>What later stages know about one document: resolved entities, places, event types and its story.</summary>
public sealed record DocumentFacts(IReadOnlyList<string> Entities, IReadOnlyList<string> Places, IReadOnlyList<string> EventTypes, string? Story)
{
    public static readonly DocumentFacts None = new([], [], [], null);
}

/// <summary>The seam where entity resolution, geocoding, event extraction and story clustering feed the index:
/// each will read its own stage results from the store. Until they land, <see cref="NoDocumentFacts"/>.</summary>
public interface IDocumentFactsSource
{
    DocumentFacts FactsOf(long documentId);
}

public sealed class NoDocumentFacts : IDocumentFactsSource
{
    public static readonly NoDocumentFacts Instance = new();

    public DocumentFacts FactsOf(long documentId) => DocumentFacts.None;
}
