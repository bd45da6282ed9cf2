using Marsad.Entities;
using Marsad.Entities.Geo;
using Marsad.Entities.Recognition;
using Marsad.Entities.Resolution;
using Marsad.Storage;
using Marsad.Stories;

namespace Marsad.Pipeline;

/// <summary>What placing one stored document came to.</summary>
public enum PlacementOutcome
{
    /// <summary>Placed in a story, or recorded as fitting none.</summary>
    Placed,
    /// <summary>No collection run yet, or a newer one began meanwhile: that run clusters the document itself.</summary>
    NoRun,
    /// <summary>The document has no clean text (not processed).</summary>
    NotProcessed,
}

/// <summary>
/// The place stage: one processed document put among the stories of the last collection run through the store's
/// story candidate lookup (<see cref="IStoryIndex"/>): its actor, place and term keys (<see cref="StoryKeys.OfArticle"/>),
/// one indexed query, then <see cref="StoryPlacer"/>'s score. What it costs does not grow with the collection, so
/// any worker can place against all of it; the next collection run supersedes the placement.
/// </summary>
public sealed class StorePlacer(IPipelineStore store, IStoryIndex index, IEntityRecognizer? recognizer = null, StoryOptions? options = null)
{
    private readonly StoryOptions options = options ?? StoryOptions.Default;
    private readonly EntityStage entities = new(recognizer ?? NamedEntityRecognizer.Default, EntityResolver.Default, Geocoder.Default);

    public (PlacementOutcome Outcome, StoryMatch? Match) Place(long documentId)
    {
        if (StoredTextCore.Read(store, documentId) is not { } document) return (PlacementOutcome.NotProcessed, null);
        // Keys as the collection run makes them: from the document's resolved entities.
        var article = StoryInputs.FromEntities(document, entities.RunWithDocuments([document], geocode: false));
        var keys = StoryKeys.OfArticle(article);
        var lookup = index.LookUpStories(keys.All, options.MaxPostings);
        if (lookup.RunId.Length == 0) return (PlacementOutcome.NoRun, null);
        var match = StoryPlacer.Place(keys, lookup, article.Published, options);
        return index.PutPlacement(documentId, lookup.RunId, match) ? (PlacementOutcome.Placed, match) : (PlacementOutcome.NoRun, match);
    }
}
