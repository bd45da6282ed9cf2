namespace Marsad.Search;

/// <summary>What later stages know about one document: resolved entities, places, event types and its story.</summary>
/// <param name="Entities">Names people and organisations go by (canonical names and aliases): searched as text.</param>
/// <param name="Places">Names of the places mentioned (canonical names and aliases): searched as text.</param>
public sealed record DocumentFacts(IReadOnlyList<string> Entities, IReadOnlyList<string> Places, IReadOnlyList<string> EventTypes, string? Story)
{
    public static readonly DocumentFacts None = new([], [], [], null);

    /// <summary>Ids of the people and organisations (exact keys for filtering: <c>actor/sdf</c>).</summary>
    public IReadOnlyList<string> EntityIds { get; init; } = [];

    /// <summary>Ids of the places (exact keys for filtering).</summary>
    public IReadOnlyList<string> PlaceIds { get; init; } = [];

    /// <summary>The names of each entity or place that goes by more than one, kept together.</summary>
    public IReadOnlyList<IReadOnlyList<string>> AliasGroups { get; init; } = [];
}

/// <summary>The seam where entity resolution, geocoding, event extraction and story clustering feed the index
/// (<see cref="CollectionFacts"/> reads them from the stored collection; <see cref="NoDocumentFacts"/> before any run).</summary>
public interface IDocumentFactsSource
{
    DocumentFacts FactsOf(long documentId);

    /// <summary>The collection run the facts come from ("" when there is none): an index built from another run is stale.</summary>
    string RunId => "";
}

public sealed class NoDocumentFacts : IDocumentFactsSource
{
    public static readonly NoDocumentFacts Instance = new();

    public DocumentFacts FactsOf(long documentId) => DocumentFacts.None;
}
