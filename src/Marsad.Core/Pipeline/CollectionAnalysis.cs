using Marsad.Annotation;
using Marsad.Dedup;
using Marsad.Ingest;

namespace Marsad.Pipeline;

/// <summary>What the pipeline found over a set of documents: each document's analysis, and the relations between them.</summary>
/// <param name="Documents">Analysed documents, in input order.</param>
/// <param name="Errors">Inputs that could not be analysed, with the reason.</param>
/// <param name="Annotations">Per document id: times, numbers and the other extracted facts.</param>
/// <param name="Links">Per document id: duplicates, near-duplicates, containment and syndication links to other documents.</param>
public sealed record CollectionAnalysis(
    IReadOnlyList<AnalyzedDocument> Documents,
    IReadOnlyDictionary<string, DocumentAnnotations> Annotations,
    IReadOnlyList<InputError> Errors,
    IReadOnlyDictionary<string, IReadOnlyList<DuplicateLink>> Links,
    IReadOnlyList<DuplicateFamily> Families,
    IReadOnlyList<SharedPassage> SharedPassages,
    IReadOnlyList<SyndicationGroup> SyndicationGroups)
{
    /// <summary>People, organisations and places with their aliases merged across documents, roles and positions
    /// (empty when the entity stage did not run).</summary>
    public IReadOnlyList<Marsad.Entities.Resolution.Entity> Entities { get; init; } = [];

    /// <summary>Direct and reported speech with their speakers (collection entity ids), in document order.</summary>
    public IReadOnlyList<Marsad.Annotation.Quotes.Quote> Quotes { get; init; } = [];

    /// <summary>Conflict events in ACLED's typology, actors and places as collection entity ids.</summary>
    public IReadOnlyList<Marsad.Annotation.Events.ConflictEvent> Events { get; init; } = [];

    /// <summary>Stories and topics over the documents (empty when the story stage did not run).</summary>
    public Marsad.Stories.StoryAnalysis Stories { get; init; } = Marsad.Stories.StoryAnalysis.Empty;

    /// <summary>How many independent sources the documents are: a duplicate family or a syndication group counts once.</summary>
    public int IndependentSources => DedupSnapshot.IndependentSources(Documents.Select(d => d.Source.Id), Families, SyndicationGroups);
}
