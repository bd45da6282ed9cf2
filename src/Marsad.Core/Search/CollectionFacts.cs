using System.Globalization;
using Marsad.Browse;
using Marsad.Entities.Resolution;

namespace Marsad.Search;

/// <summary>
/// A document's facts from the stored collection: every name its entities go by anywhere in the collection, and for
/// an actor of the actors file every name the file gives it, so a search for قسد finds an article that only says
/// قوات سوريا الديمقراطية. Places apart from the other entities (they feed the places field and filter); event types
/// of the events found in it; its story.
/// </summary>
public sealed class CollectionFacts(Func<CollectionView> collection, ActorCatalog? actors = null) : IDocumentFactsSource
{
    private readonly ActorCatalog actors = actors ?? ActorCatalog.Default;

    public CollectionFacts(CollectionView collection, ActorCatalog? actors = null) : this(() => collection, actors)
    {
    }

    public string RunId => collection().Collection.RunId;

    public DocumentFacts FactsOf(long documentId)
    {
        var view = collection();
        var key = documentId.ToString(CultureInfo.InvariantCulture);
        var entities = view.Collection.EntitiesOf(key);
        var story = view.Collection.StoryOf(key);
        var eventTypes = view.EventsOf(key).Select(e => e.EventType).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (entities.Count == 0 && story is null && eventTypes.Count == 0) return DocumentFacts.None;
        var places = entities.Where(e => e.Type == CollectionView.PlaceType).ToList();
        var others = entities.Where(e => e.Type != CollectionView.PlaceType).ToList();
        return new DocumentFacts(others.SelectMany(Names).Distinct(StringComparer.Ordinal).ToList(),
            places.SelectMany(Names).Distinct(StringComparer.Ordinal).ToList(), eventTypes, story)
        {
            EntityIds = others.Select(e => e.Id).ToList(),
            PlaceIds = places.Select(e => e.Id).ToList(),
            AliasGroups = entities.Select(e => (IReadOnlyList<string>)Names(e).Distinct(StringComparer.Ordinal).ToList()).Where(g => g.Count > 1).ToList(),
        };
    }

    private IEnumerable<string> Names(Report.EntityReport entity)
    {
        yield return entity.Name;
        foreach (var alias in entity.Aliases) yield return alias;
        if (entity.Actor is { } id && actors.Find(id) is { } actor)
        {
            yield return actor.Name;
            foreach (var alias in actor.Aliases) yield return alias;
        }
    }
}
