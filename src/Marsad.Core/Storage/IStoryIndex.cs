using Marsad.Stories;

namespace Marsad.Storage;

/// <summary>Where the place stage put one document: a story of the run named, or none (<see cref="Story"/> null).</summary>
public sealed record StoredPlacement(long Document, string RunId, string? Story, double Score);

/// <summary>
/// The story candidate lookup as the server store answers it: the stories of the last collection run found by an
/// article's keys with one indexed query (<see cref="StoryKeys"/>), and the placements made from it. Any worker can
/// then place a new document against the whole collection without reading it.
/// </summary>
public interface IStoryIndex
{
    /// <summary>The stories carrying any of <paramref name="keys"/>, with each key's story count; a key carried by
    /// more than <paramref name="maxStoriesPerKey"/> stories is not rare and returns its count only.</summary>
    StoryLookup LookUpStories(IReadOnlyList<string> keys, int maxStoriesPerKey);

    /// <summary>Records (or replaces) a document's placement against run <paramref name="runId"/>; returns false,
    /// writing nothing, when that run is no longer the last (the newer run clusters the document itself).</summary>
    bool PutPlacement(long documentId, string runId, StoryMatch match);

    /// <summary>The placements made since the last collection run, by document id.</summary>
    IReadOnlyList<StoredPlacement> Placements();
}
