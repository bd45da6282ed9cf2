using Marsad.Report;
using Marsad.Text;

namespace Marsad.Browse;

/// <summary>An entity in a list, with how often and where it is mentioned.</summary>
public sealed record EntityLine(string Id, string Type, string Name, IReadOnlyList<string> Aliases, int Mentions, int Documents, GeoReport? Geo);

/// <summary>A role an entity holds, with the name of whom it holds it for.</summary>
public sealed record RoleLine(string Role, string? Of, string? OfName);

/// <summary>Another entity named in the same documents, and in how many of them.</summary>
public sealed record CoOccurrence(EntityLine Entity, int Documents);

/// <summary>Everything the entity page and <c>GET /api/entities/{id}</c> show.</summary>
public sealed record EntityView(
    EntityLine Entity, string? Actor, string? ActorKind, IReadOnlyList<RoleLine> Roles, IReadOnlyList<DayCount> MentionsOverTime,
    IReadOnlyList<CoOccurrence> CoOccurring, IReadOnlyList<StoryReport> Stories, IReadOnlyList<DocumentCard> Documents);

/// <summary>The entities of a collection as lists and pages show them.</summary>
public static class EntityBrowser
{
    /// <summary>Most mentioned first (then by id). <paramref name="type"/> is PER, ORG, LOC or MISC; <paramref name="prefix"/>
    /// matches the start of the name or of any alias, spelling variants folded (أ/ا، ة/ه، ى/ي).</summary>
    /// <param name="ranked">Every entity with its match keys, most mentioned first, when the caller keeps them (<see cref="Ranked"/>).</param>
    public static (IReadOnlyList<EntityLine> Items, int Total) List(CollectionView view, string? type, string? prefix, int offset, int limit,
        IReadOnlyList<(EntityReport Entity, string[] Keys)>? ranked = null)
    {
        var key = string.IsNullOrWhiteSpace(prefix) ? null : MatchKeyNormalizer.Normalize(prefix.Trim());
        var matching = (ranked ?? Ranked(view))
            .Where(p => type is null || string.Equals(p.Entity.Type, type, StringComparison.OrdinalIgnoreCase))
            .Where(p => key is null || p.Keys.Any(k => k.StartsWith(key, StringComparison.Ordinal)))
            .ToList();
        return (matching.Skip(offset).Take(limit).Select(p => Line(view, p.Entity)).ToList(), matching.Count);
    }

    /// <summary>Every entity with the match keys of its names, most mentioned first (then by id).</summary>
    public static IReadOnlyList<(EntityReport Entity, string[] Keys)> Ranked(CollectionView view) =>
        view.NameKeys.OrderByDescending(p => p.Entity.Mentions.Count).ThenBy(p => p.Entity.Id, StringComparer.Ordinal).ToList();

    /// <summary>The entity a filter box names: an id as it is, else the most mentioned entity whose name or alias is
    /// the text (spelling variants folded), else the most mentioned one whose name starts with it; null when none does.
    /// <paramref name="place"/> keeps places only (true) or everything but places (false).</summary>
    public static string? Resolve(CollectionView view, string? text, bool place)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        text = text.Trim();
        if (view.Collection.Entity(text) is { } known && (known.Type == CollectionView.PlaceType) == place) return known.Id;
        var key = MatchKeyNormalizer.Normalize(text);
        var candidates = view.NameKeys.Where(p => (p.Entity.Type == CollectionView.PlaceType) == place).ToList();
        var best = candidates.Where(p => p.Keys.Contains(key, StringComparer.Ordinal)).Select(p => p.Entity)
            .OrderByDescending(e => e.Mentions.Count).ThenBy(e => e.Id, StringComparer.Ordinal).FirstOrDefault()
            ?? candidates.Where(p => p.Keys.Any(k => k.StartsWith(key, StringComparison.Ordinal))).Select(p => p.Entity)
                .OrderByDescending(e => e.Mentions.Count).ThenBy(e => e.Id, StringComparer.Ordinal).FirstOrDefault();
        return best?.Id;
    }

    public static EntityLine Line(CollectionView view, EntityReport e) =>
        new(e.Id, e.Type, e.Name, e.Aliases, e.Mentions.Count, view.DocumentsOf(e.Id).Count, e.Geo);

    /// <param name="coOccurring">How many co-occurring entities to give, most shared documents first.</param>
    public static EntityView? View(CollectionView view, string id, Func<string, DocumentCard?> card, int coOccurring = 15)
    {
        if (view.Collection.Entity(id) is not { } entity) return null;
        var documents = view.DocumentsOf(id);
        var cards = documents.Select(card).OfType<DocumentCard>().ToDictionary(c => c.Id, StringComparer.Ordinal);
        var overTime = entity.Mentions.Where(m => cards.TryGetValue(m.Document, out var c) && c.Dated)
            .GroupBy(m => DateOnly.FromDateTime(cards[m.Document].Date.UtcDateTime)).OrderBy(g => g.Key)
            .Select(g => new DayCount(g.Key, g.Count())).ToList();
        var others = documents.SelectMany(d => view.Collection.EntitiesOf(d).Where(e => e.Id != id).Select(e => (Entity: e, Document: d)))
            .GroupBy(p => p.Entity.Id, StringComparer.Ordinal)
            .Select(g => new CoOccurrence(Line(view, g.First().Entity), g.Select(p => p.Document).Distinct(StringComparer.Ordinal).Count()))
            .OrderByDescending(c => c.Documents).ThenByDescending(c => c.Entity.Mentions).ThenBy(c => c.Entity.Id, StringComparer.Ordinal)
            .Take(coOccurring).ToList();
        var roles = entity.Roles.Select(r => new RoleLine(r.Role, r.Of, r.Of is null ? null : view.Collection.Entity(r.Of)?.Name)).ToList();
        return new EntityView(Line(view, entity), entity.Actor, entity.ActorKind, roles, overTime, others, view.StoriesOf(id),
            cards.Values.OrderByDescending(c => c.Date).ThenBy(c => c.Id, StringComparer.Ordinal).ToList());
    }
}
