using Marsad.Entities.Geo;
using Marsad.Entities.Recognition;
using Marsad.Entities.Roles;

namespace Marsad.Entities.Resolution;

/// <summary>
/// The collection's entities, merged document by document. Each document entity's full names become nodes of a
/// union-find; a new name is compared only with the names an index returns for it (same type and, per word, the same
/// skeleton, or the same skeletons but one word: the only names <see cref="NameKeys.SameName"/> can accept), never
/// with every entity. Entities of two different actors never merge. The merged entities and their ids depend only on
/// the documents added, not on their order (except where an actor guard has to pick between two merges).
/// </summary>
public sealed class EntityRegistry
{
    private sealed record Node(EntityType Type, string[] Words, string? ActorId);

    /// <summary>Node words that stand for an actor or a country rather than a name (no Arabic name holds a colon).</summary>
    private const string ActorAnchor = "actor:", CountryAnchor = "country:";

    private readonly List<Node> nodes = [];
    private readonly List<int> parent = [];
    private readonly Dictionary<string, int> exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> similar = new(StringComparer.Ordinal);
    private readonly Dictionary<int, string> actorOfRoot = [];
    private readonly List<(string DocumentId, Entity Entity, int Node)> documentEntities = [];
    private readonly HashSet<string> documents = new(StringComparer.Ordinal);
    private IReadOnlyList<Entity>? snapshot;

    private readonly Gazetteer gazetteer;

    public EntityRegistry(ActorCatalog? actors = null, Gazetteer? gazetteer = null)
    {
        Actors = actors ?? ActorCatalog.Default;
        this.gazetteer = gazetteer ?? Gazetteer.Embedded;
    }

    public ActorCatalog Actors { get; }

    public int DocumentCount => documents.Count;

    /// <summary>Merges a document's entities; a document id added before is ignored.</summary>
    public void Add(DocumentEntities document)
    {
        if (!documents.Add(document.DocumentId)) return;
        snapshot = null;
        for (int e = 0; e < document.Entities.Count; e++)
        {
            var entity = document.Entities[e];
            // An actor, and a country under any of its names (الولايات المتحدة، الولايات المتحدة الأمريكية، أمريكا),
            // is one entity however differently it is written.
            int anchor = entity.ActorId is { } actorId ? NodeFor(entity.Type, [ActorAnchor + actorId], actorId)
                : entity.Type == EntityType.Location && gazetteer.CountryCodeOf(entity.Name) is { } country ? NodeFor(entity.Type, [CountryAnchor + country], null)
                : -1;
            foreach (string name in document.IndexedNames[e])
            {
                var words = NameKeys.Words(name);
                if (words.Length == 0) continue;
                int node = NodeFor(entity.Type, words, entity.ActorId);
                anchor = anchor < 0 ? node : Union(anchor, node);
            }
            if (anchor < 0) anchor = NodeFor(entity.Type, NameKeys.Words(entity.Name), entity.ActorId);
            documentEntities.Add((document.DocumentId, entity, anchor));
        }
    }

    /// <summary>The merged entities, sorted by id.</summary>
    public IReadOnlyList<Entity> Entities => snapshot ??= Merge();

    /// <summary>The collection-level id of a document's entity (as returned by <see cref="EntityResolver.ResolveDocument"/>).</summary>
    public string? IdOf(string documentId, string documentEntityId)
    {
        _ = Entities;
        return finalIds.GetValueOrDefault((documentId, documentEntityId));
    }

    private readonly Dictionary<(string, string), string> finalIds = [];

    private int NodeFor(EntityType type, string[] words, string? actorId)
    {
        string key = (int)type + "|" + string.Join(' ', words);
        if (exact.TryGetValue(key, out int known))
        {
            if (actorId is not null && ActorOf(Find(known)) is null) actorOfRoot[Find(known)] = actorId;
            return known;
        }
        int node = nodes.Count;
        nodes.Add(new Node(type, words, actorId));
        parent.Add(node);
        exact[key] = node;
        if (actorId is not null) actorOfRoot[node] = actorId;
        if (words[0].StartsWith(ActorAnchor, StringComparison.Ordinal) || words[0].StartsWith(CountryAnchor, StringComparison.Ordinal)) return node;
        var keys = SimilarityKeys(type, words);
        foreach (string similarityKey in keys)
            if (similar.TryGetValue(similarityKey, out var candidates))
                foreach (int other in candidates.ToArray())
                    if (NameKeys.SameName(nodes[other].Words, words, type == EntityType.Person)) Union(other, node);
        foreach (string similarityKey in keys)
        {
            if (!similar.TryGetValue(similarityKey, out var list)) similar[similarityKey] = list = [];
            list.Add(node);
        }
        return node;
    }

    /// <summary>The skeleton key of the whole name and, for names of two words or more, one key per word left out.</summary>
    private static List<string> SimilarityKeys(EntityType type, string[] words)
    {
        var skeletons = words.Select(NameKeys.Skeleton).ToArray();
        var keys = new List<string> { (int)type + "|" + string.Join(' ', skeletons) };
        if (words.Length >= 2)
            for (int i = 0; i < words.Length; i++)
                keys.Add((int)type + "|" + i + "|" + string.Join(' ', skeletons.Select((s, k) => k == i ? "*" : s)));
        return keys;
    }

    private int Find(int x)
    {
        while (parent[x] != x) x = parent[x] = parent[parent[x]];
        return x;
    }

    private string? ActorOf(int root) => actorOfRoot.GetValueOrDefault(root);

    private int Union(int a, int b)
    {
        int ra = Find(a), rb = Find(b);
        if (ra == rb) return ra;
        string? x = ActorOf(ra), y = ActorOf(rb);
        if (x is not null && y is not null && x != y) return ra;
        int root = Math.Min(ra, rb), child = Math.Max(ra, rb);
        parent[child] = root;
        if ((x ?? y) is { } actor) actorOfRoot[root] = actor;
        actorOfRoot.Remove(child);
        return root;
    }

    private List<Entity> Merge()
    {
        finalIds.Clear();
        var groups = documentEntities.GroupBy(d => Find(d.Node)).ToList();
        var merged = new List<(int Root, Entity Entity, List<(string Doc, Role Role)> Roles)>();
        foreach (var group in groups)
        {
            var members = group.ToList();
            string? actorId = ActorOf(group.Key) ?? members.Select(m => m.Entity.ActorId).FirstOrDefault(a => a is not null);
            var actor = actorId is null ? null : Actors.Find(actorId);
            var mentions = members.SelectMany(m => m.Entity.Mentions)
                .OrderBy(m => m.DocumentId, StringComparer.Ordinal).ThenBy(m => m.Start).ToList();
            var type = actor?.Type ?? members.GroupBy(m => m.Entity.Type)
                .OrderByDescending(g => g.Sum(m => m.Entity.Mentions.Count)).ThenBy(g => g.Key).First().Key;
            string name = actor?.Name ?? EntityResolver.CanonicalName(
                [.. members.GroupBy(m => m.Entity.Name, StringComparer.Ordinal).Select(g => (g.Key, g.Sum(m => m.Entity.Mentions.Count)))], type);
            string id = EntityResolver.EntityId(type, name, actorId);
            foreach (var member in members) finalIds[(member.DocumentId, member.Entity.Id)] = id;
            var aliases = members.SelectMany(m => m.Entity.Aliases).Distinct(StringComparer.Ordinal).OrderBy(a => a, StringComparer.Ordinal).ToList();
            var roles = members.SelectMany(m => m.Entity.Roles.Select(r => (m.DocumentId, r))).ToList();
            merged.Add((group.Key, new Entity(id, type, name, aliases, mentions, [], actorId, actor?.Kind, actor?.Countries ?? []), roles));
        }
        return [.. merged
            .Select(m => m.Entity with
            {
                Roles = EntityResolver.DistinctRoles(m.Roles.Select(r => r.Role with
                {
                    OfEntityId = r.Role.OfEntityId is { } of ? finalIds.GetValueOrDefault((r.Doc, of), of) : null,
                })),
            })
            .OrderBy(e => e.Id, StringComparer.Ordinal)];
    }
}
