using Marsad.Dedup;
using Marsad.Ingest;

namespace Marsad.Pipeline;

/// <summary>What the pipeline found over a set of documents: each document's analysis, and the relations between them.</summary>
/// <param name="Documents">Analysed documents, in input order.</param>
/// <param name="Errors">Inputs that could not be analysed, with the reason.</param>
/// <param name="Links">Per document id: duplicates, near-duplicates, containment and syndication links to other documents.</param>
public sealed record CollectionAnalysis(
    IReadOnlyList<AnalyzedDocument> Documents,
    IReadOnlyList<InputError> Errors,
    IReadOnlyDictionary<string, IReadOnlyList<DuplicateLink>> Links,
    IReadOnlyList<DuplicateFamily> Families,
    IReadOnlyList<SharedPassage> SharedPassages,
    IReadOnlyList<SyndicationGroup> SyndicationGroups)
{
    /// <summary>Stories and topics over the documents (empty when the story stage did not run).</summary>
    public Marsad.Stories.StoryAnalysis Stories { get; init; } = Marsad.Stories.StoryAnalysis.Empty;

    /// <summary>How many independent sources the documents are: a duplicate family or a syndication group counts once.</summary>
    public int IndependentSources
    {
        get
        {
            var representative = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var family in Families)
                foreach (var member in family.Members) representative[member] = family.Canonical;
            var roots = new HashSet<string>(StringComparer.Ordinal);
            var syndicated = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var group in SyndicationGroups)
                foreach (var member in group.Copies.Append(group.Original)) syndicated[Resolve(member)] = Resolve(group.Original);
            foreach (var d in Documents)
            {
                var root = Resolve(d.Source.Id);
                roots.Add(syndicated.GetValueOrDefault(root, root));
            }
            return roots.Count;

            string Resolve(string id) => representative.GetValueOrDefault(id, id);
        }
    }
}
