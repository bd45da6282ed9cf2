using Marsad.Entities.Geo;
using Marsad.Entities.Recognition;
using Marsad.Entities.Roles;

namespace Marsad.Entities.Resolution;

/// <summary>
/// The collection's entities, merged document by document. Documents only add names (nodes, one per type and match
/// key); the clusters are drawn from the names when <see cref="Entities"/> is read, in an order fixed by the names
/// themselves, so they depend only on the documents added, never on the order they came in. A merge needs evidence
/// and may never join incompatible names, so merges cannot chain (A≈B, B≈C ⇏ A=C):
/// <list type="number">
/// <item>an actor of the actors file, or a country under any of its names, is one entity (the catalogue and the
/// gazetteer are the evidence); nothing joins it by similarity;</item>
/// <item>other names join a cluster when they are a safe spelling variant (<see cref="NameVariants"/>) of every name
/// in it (complete link);</item>
/// <item>two names a document resolved as one entity join when every name of one cluster is compatible with every
/// name of the other;</item>
/// <item>a person's shorter name (سلمان، محمد بن سلمان) joins a longer one only when exactly one compatible longer
/// cluster is in the collection (<see cref="PersonName.IsShorterFormOf"/>), recorded as a weak link; a one-word name
/// that fits several stays an entity of its own document.</item>
/// </list>
/// Each alias keeps its evidence (<see cref="AliasEvidence"/>), which <c>marsad entities --explain</c> prints.
/// </summary>
public sealed partial class EntityRegistry
{
    private sealed class Node(int index, EntityType type, string[] words, string key)
    {
        public readonly int Index = index;
        public readonly EntityType Type = type;
        public readonly string[] Words = words;
        public readonly string Key = key;
        public readonly PersonName? Person = type == EntityType.Person ? PersonName.Parse(words) : null;
        public int Weight;
        private Dictionary<string, int>? anchorVotes;

        /// <summary>Anchors (actor or country) the name was found under, by weight; most names have none.</summary>
        public IReadOnlyDictionary<string, int> AnchorVotes => anchorVotes ?? (IReadOnlyDictionary<string, int>)EmptyVotes;

        public void Vote(string anchor, int weight)
        {
            anchorVotes ??= new Dictionary<string, int>(StringComparer.Ordinal);
            anchorVotes[anchor] = anchorVotes.GetValueOrDefault(anchor) + weight;
        }

        private static readonly Dictionary<string, int> EmptyVotes = [];
    }

    /// <summary>One document's entity: its names' nodes and the node its own name spells (or -1).</summary>
    private sealed record Observation(string DocumentId, Entity Entity, int[] Nodes, int NameNode);

    /// <summary>How a node came into its cluster.</summary>
    private readonly record struct Join(string Rule, int Via, string? Document, bool Weak);

    private const string ActorAnchor = "actor:", CountryAnchor = "country:", FeatureAnchor = "feature:";
    private const int MaxEvidenceDocuments = 5;

    private readonly List<Node> nodes = [];
    private readonly Dictionary<string, int> nodeByKey = new(StringComparer.Ordinal);
    private readonly List<Observation> observations = [];
    private readonly HashSet<string> documents = new(StringComparer.Ordinal);
    private readonly Gazetteer gazetteer;
    private readonly NameVariants variants;
    private IReadOnlyList<Entity>? snapshot;
    private readonly Dictionary<(string, string), string> finalIds = [];

    public EntityRegistry(ActorCatalog? actors = null, Gazetteer? gazetteer = null, NameVariants? variants = null)
    {
        Actors = actors ?? ActorCatalog.Default;
        this.gazetteer = gazetteer ?? Gazetteer.Embedded;
        this.variants = variants ?? NameVariants.Default;
    }

    public ActorCatalog Actors { get; }

    public int DocumentCount => documents.Count;

    /// <summary>Adds a document's entities; a document id added before is ignored.</summary>
    public void Add(DocumentEntities document)
    {
        if (!documents.Add(document.DocumentId)) return;
        snapshot = null;
        for (int e = 0; e < document.Entities.Count; e++)
        {
            var entity = document.Entities[e];
            string? anchor = entity.ActorId is { } actorId ? ActorAnchor + actorId
                : entity.Type == EntityType.Location ? CountryOf(entity, document.IndexedNames[e]) ?? FeatureOf(entity, document.IndexedNames[e]) : null;
            var ids = new List<int>();
            string nameKey = NameKeys.Key(entity.Name);
            foreach (string name in document.IndexedNames[e].Count > 0 ? document.IndexedNames[e] : [entity.Name])
            {
                var words = NameKeys.Words(name);
                if (words.Length == 0) continue;
                var node = NodeFor(entity.Type, words);
                // The entity's mentions weigh on the name it goes by; its other spellings count once.
                int weight = node.Key == nameKey ? Math.Max(1, entity.Mentions.Count) : 1;
                node.Weight += weight;
                if (anchor is not null) node.Vote(anchor, weight);
                if (!ids.Contains(node.Index)) ids.Add(node.Index);
            }
            int nameNode = ids.FirstOrDefault(i => nodes[i].Key == nameKey, -1);
            observations.Add(new Observation(document.DocumentId, entity, [.. ids], nameNode));
        }
    }

    /// <summary>The country a place entity is named as, by one of the country's listed names spelled as listed
    /// (<see cref="Gazetteer.CountryCodeOfListedName"/>): the geocoder's looser reading (السورية, ألمانية, القطر) is an
    /// adjective or a noun as often as the country.</summary>
    private string? CountryOf(Entity entity, IReadOnlyList<string> names)
    {
        foreach (string name in names.Prepend(entity.Name))
        {
            if (gazetteer.CountryCodeOfListedName(name) is { } code) return CountryAnchor + code;
            var words = NameKeys.Words(name);
            // "The state of" / "the republic of" a country is the country (دولة الكويت، جمهورية العراق).
            if (words.Length >= 2 && DesignatorHeads.Of(words[0]) == DesignatorHeads.Kind.State
                && gazetteer.CountryCodeOfListedName(string.Join(' ', words[1..])) is { } headed)
                return CountryAnchor + headed;
            // A country whose name has the article, written without it (يمن، بحرين), when news text never uses the
            // bare word otherwise (the corpus count of the dictionary: مغرب, "sunset", is a word of its own).
            if (words.Length == 1 && !words[0].StartsWith("ال", StringComparison.Ordinal)
                && gazetteer.CountryCodeOfListedName("ال" + words[0]) is { } bare && variants.CorpusFrequency(words[0]) == 0)
                return CountryAnchor + bare;
        }
        return null;
    }

    /// <summary>The curated feature (a river, a region, a crossing) a place entity is named as, under any of its listed
    /// names (الفرات، نهر الفرات): one feature is one entity, as a country is.</summary>
    private string? FeatureOf(Entity entity, IReadOnlyList<string> names)
    {
        foreach (string name in names.Prepend(entity.Name))
            if (gazetteer.FeatureNamed(name) is { Kind: not "country" } feature) return FeatureAnchor + feature.Id;
        return null;
    }

    private Node NodeFor(EntityType type, string[] words)
    {
        string key = string.Join(' ', words);
        if (nodeByKey.TryGetValue(NodeKey(type, key), out int known)) return nodes[known];
        var node = new Node(nodes.Count, type, words, key);
        nodes.Add(node);
        nodeByKey[NodeKey(type, key)] = node.Index;
        return node;
    }

    /// <summary>A name node's key: one node per type and match key.</summary>
    private static string NodeKey(EntityType type, string key) => (int)type + "|" + key;

    /// <summary>The merged entities, sorted by id.</summary>
    public IReadOnlyList<Entity> Entities => snapshot ??= new Clustering(this).Build();

    /// <summary>The collection-level id of a document's entity (as returned by <see cref="EntityResolver.ResolveDocument"/>).</summary>
    public string? IdOf(string documentId, string documentEntityId)
    {
        _ = Entities;
        return finalIds.GetValueOrDefault((documentId, documentEntityId));
    }

    /// <summary>One drawing of the clusters from the registry's names.</summary>
    private sealed partial class Clustering
    {
        private readonly EntityRegistry registry;
        private readonly List<Node> nodes;
        private readonly int[] parent;
        private readonly Dictionary<int, List<int>> members = [];
        private readonly Dictionary<int, string> anchorOfRoot = [];
        private readonly Join?[] joins;
        private readonly HashSet<int> perDocument = [];

        public Clustering(EntityRegistry registry)
        {
            this.registry = registry;
            nodes = registry.nodes;
            parent = [.. Enumerable.Range(0, nodes.Count)];
            joins = new Join?[nodes.Count];
            for (int i = 0; i < nodes.Count; i++) members[i] = [i];
        }

        private NameVariants Variants => registry.variants;

        private int Find(int x)
        {
            while (parent[x] != x) x = parent[x] = parent[parent[x]];
            return x;
        }

        private void Union(int keep, int join, Join how)
        {
            int a = Find(keep), b = Find(join);
            if (a == b) return;
            // Every node of the joined cluster that has no join of its own came in this way.
            foreach (int m in members[b]) joins[m] ??= how;
            parent[b] = a;
            members[a].AddRange(members[b]);
            members.Remove(b);
            if (anchorOfRoot.Remove(b, out var anchor)) anchorOfRoot.TryAdd(a, anchor);
        }

        public IReadOnlyList<Entity> Build()
        {
            JoinAnchors();
            JoinVariants();
            JoinReducedForms();
            JoinDocumentEvidence();
            JoinShorterPersonNames();
            return Emit();
        }

        /// <summary>Every name an actor or a country was found under, in the documents that found it.</summary>
        private void JoinAnchors()
        {
            var first = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var node in nodes)
            {
                if (node.AnchorVotes.Count == 0) continue;
                string anchor = node.AnchorVotes.OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal).First().Key;
                if (first.TryGetValue(anchor, out int root))
                    Union(root, node.Index, new Join(anchor.StartsWith(ActorAnchor, StringComparison.Ordinal) ? AliasEvidence.ActorAlias
                        : anchor.StartsWith(CountryAnchor, StringComparison.Ordinal) ? AliasEvidence.CountryName : AliasEvidence.FeatureName, root, null, false));
                else
                {
                    first[anchor] = node.Index;
                    anchorOfRoot[node.Index] = anchor;
                }
            }
        }

        /// <summary>Unanchored names join the first cluster whose every name they are a spelling variant of.</summary>
        private void JoinVariants()
        {
            var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            foreach (var node in nodes.Where(n => !anchorOfRoot.ContainsKey(Find(n.Index)))
                         .OrderBy(n => n.Type).ThenByDescending(n => n.Weight).ThenBy(n => n.Key, StringComparer.Ordinal))
            {
                var keys = SimilarityKeys(node);
                int? target = null;
                foreach (string key in keys)
                {
                    if (!index.TryGetValue(key, out var list)) continue;
                    foreach (int other in list)
                    {
                        int root = Find(other);
                        if (root == node.Index || anchorOfRoot.ContainsKey(root)) continue;
                        if (members[root].All(m => Identical(nodes[m], node)) && (target is null || root < target)) target = root;
                    }
                }
                if (target is { } t)
                {
                    int via = members[t].First(m => Identical(nodes[m], node));
                    Union(t, node.Index, new Join(AliasEvidence.Variant, via, null, false));
                }
                foreach (string key in keys)
                {
                    if (!index.TryGetValue(key, out var list)) index[key] = list = [];
                    list.Add(node.Index);
                }
            }
        }

        /// <summary>Names one document resolved as one entity, when their clusters are compatible throughout.</summary>
        private void JoinDocumentEvidence()
        {
            foreach (var observation in registry.observations.Where(o => o.Nodes.Length > 1)
                         .OrderBy(o => o.DocumentId, StringComparer.Ordinal).ThenBy(o => o.Entity.Id, StringComparer.Ordinal))
            {
                int first = observation.Nodes[0];
                foreach (int other in observation.Nodes.Skip(1))
                {
                    int a = Find(first), b = Find(other);
                    if (a == b || anchorOfRoot.ContainsKey(a) || anchorOfRoot.ContainsKey(b)) continue;
                    // Only the same name spelled two ways: a shorter person name waits for the collection-wide
                    // test below, as one document's pairing (سلمان with سلمان بن عبد العزيز) must not carry every
                    // other document's سلمان along.
                    if (!members[a].All(x => members[b].All(y => Identical(nodes[x], nodes[y])))) continue;
                    int keep = Math.Min(a, b);
                    Union(keep, Math.Max(a, b), new Join(AliasEvidence.SameDocument, keep == a ? first : other, observation.DocumentId, false));
                }
            }
        }

        /// <summary>
        /// A person's cluster whose names are all shorter forms of one longer cluster's names joins it when that
        /// cluster is the only one they fit; a one-word name that fits several stays in its own documents.
        /// </summary>
        private void JoinShorterPersonNames()
        {
            var persons = members.Keys.Where(r => nodes[r].Type == EntityType.Person && !anchorOfRoot.ContainsKey(r) && nodes[r].Person is not null)
                .Select(r => (Root: r, Longest: members[r].Max(m => nodes[m].Person?.Count ?? 0), Weight: members[r].Sum(m => nodes[m].Weight)))
                .OrderByDescending(p => p.Longest).ThenByDescending(p => p.Weight).ThenBy(p => nodes[p.Root].Key, StringComparer.Ordinal)
                .ToList();
            // Clusters already placed, by the skeleton of their given and family names.
            var placed = new Dictionary<string, List<(int Node, int Longest)>>(StringComparer.Ordinal);
            foreach (var (root, longest, _) in persons)
            {
                int cluster = Find(root);
                var names = members[cluster].Select(m => nodes[m].Person).OfType<PersonName>().ToList();
                var candidates = new SortedSet<int>();
                foreach (string key in PartKeys(names, longest == 1))
                {
                    if (!placed.TryGetValue(key, out var list)) continue;
                    foreach (var (node, otherLongest) in list)
                    {
                        int other = Find(node);
                        if (other == cluster || otherLongest <= longest) continue;
                        var longer = members[other].Select(m => nodes[m].Person).OfType<PersonName>().ToList();
                        if (names.All(s => longer.All(l => PersonName.Compatible(s, l, Variants.SameWord)))) candidates.Add(other);
                    }
                }
                if (Dominant(candidates, longest) is { } target)
                {
                    int via = members[target].OrderByDescending(m => nodes[m].Person?.Count ?? 0).ThenBy(m => m).First();
                    Union(target, cluster, new Join(AliasEvidence.ShorterForm, via, null, true));
                    continue;
                }
                if (candidates.Count > 1 && longest == 1) perDocument.Add(cluster);
                foreach (string key in PartKeys(names, family: true))
                {
                    if (!placed.TryGetValue(key, out var list)) placed[key] = list = [];
                    list.Add((cluster, longest));
                }
            }
        }

        /// <summary>
        /// The cluster a shorter name belongs to: the only candidate, or one that outweighs all the others together
        /// many times over (the rest are then rare readings, often the tagger running a name on into the next word:
        /// سلمان بن عبد العزيز أنجز); null when the candidates compete.
        /// </summary>
        private int? Dominant(SortedSet<int> candidates, int parts)
        {
            if (candidates.Count == 0) return null;
            if (candidates.Count == 1) return candidates.Min;
            var weights = candidates.Select(c => (Root: c, Weight: members[c].Sum(m => nodes[m].Weight)))
                .OrderByDescending(c => c.Weight).ThenBy(c => c.Root).ToList();
            int rest = weights.Skip(1).Sum(c => c.Weight);
            // A one-word name never goes by weight: محمد, نايف, حسن are many people however famous one of them is.
            return parts > 1 && weights[0].Weight >= ShorterNameDominance * rest ? weights[0].Root : null;
        }

        private const int ShorterNameDominance = 5;

        private static IEnumerable<string> PartKeys(IReadOnlyList<PersonName> names, bool family)
        {
            var keys = new HashSet<string>(StringComparer.Ordinal);
            foreach (var name in names)
            {
                keys.Add("g|" + NameKeys.Skeleton(name.Given));
                if (family && name.Family is { } f) keys.Add("f|" + NameKeys.Skeleton(f));
                if (family && name.Count == 1) keys.Add("f|" + NameKeys.Skeleton(name.Given));
            }
            return keys.Order(StringComparer.Ordinal);
        }

        /// <summary>Two names that are one name spelled two ways (persons compared part by part).</summary>
        private bool Identical(Node a, Node b)
        {
            if (a.Type != b.Type) return false;
            if (a.Key == b.Key) return true;
            if (a.Person is { } pa && b.Person is { } pb) return Variants.SameName(pa.Parts, pb.Parts, person: true);
            return Variants.SameName(a.Words, b.Words, person: false);
        }

        /// <summary>The skeleton key of the whole name and, for names of two words or more, one key per word left out
        /// (a typo or a sound-alike may change one word's skeleton).</summary>
        private static List<string> SimilarityKeys(Node node)
        {
            IReadOnlyList<string> words = node.Person?.Parts ?? node.Words;
            var skeletons = words.Select(NameKeys.Skeleton).ToArray();
            var keys = new List<string> { (int)node.Type + "|" + string.Join(' ', skeletons) };
            if (words.Count >= 2)
                for (int i = 0; i < words.Count; i++)
                    keys.Add((int)node.Type + "|" + i + "|" + string.Join(' ', skeletons.Select((s, k) => k == i ? "*" : s)));
            return keys;
        }

        private IReadOnlyList<Entity> Emit()
        {
            var finalIds = registry.finalIds;
            finalIds.Clear();
            var groups = registry.observations
                .Where(o => o.Nodes.Length > 0)
                .GroupBy(o => HomeOf(o) is var home && perDocument.Contains(home) ? (home, o.DocumentId) : (home, (string?)null))
                .OrderByDescending(g => g.Sum(o => o.Entity.Mentions.Count)).ThenBy(g => nodes[g.Key.Item1].Key, StringComparer.Ordinal)
                .ThenBy(g => g.Key.Item2, StringComparer.Ordinal)
                .ToList();
            var merged = new List<(Entity Entity, List<(string Doc, Role Role)> Roles)>();
            var usedIds = new HashSet<string>(StringComparer.Ordinal);
            foreach (var group in groups)
            {
                var list = group.ToList();
                int root = group.Key.Item1;
                string? actorId = anchorOfRoot.TryGetValue(root, out var anchor) && anchor.StartsWith(ActorAnchor, StringComparison.Ordinal)
                    ? anchor[ActorAnchor.Length..] : list.Select(m => m.Entity.ActorId).FirstOrDefault(a => a is not null);
                var actor = actorId is null ? null : registry.Actors.Find(actorId);
                var mentions = list.SelectMany(m => m.Entity.Mentions)
                    .OrderBy(m => m.DocumentId, StringComparer.Ordinal).ThenBy(m => m.Start).ToList();
                var type = actor?.Type ?? list.GroupBy(m => m.Entity.Type)
                    .OrderByDescending(g => g.Sum(m => m.Entity.Mentions.Count)).ThenBy(g => g.Key).First().Key;
                string name = actor?.Name ?? EntityResolver.CanonicalName(
                    [.. list.GroupBy(m => m.Entity.Name, StringComparer.Ordinal).Select(g => (g.Key, g.Sum(m => m.Entity.Mentions.Count)))], type);
                string id = group.Key.Item2 is { } document
                    ? EntityResolver.EntityId(type, name, null, scope: document)
                    : EntityResolver.EntityId(type, name, actorId);
                // Two clusters shown under one name (two people both called so in full): the smaller one is told apart
                // by the name it was drawn from.
                if (!usedIds.Add(id)) usedIds.Add(id = EntityResolver.EntityId(type, name, null, scope: nodes[root].Key + "|" + group.Key.Item2));
                foreach (var member in list) finalIds[(member.DocumentId, member.Entity.Id)] = id;
                var aliases = list.SelectMany(m => m.Entity.Aliases).Append(name).Distinct(StringComparer.Ordinal).OrderBy(a => a, StringComparer.Ordinal).ToList();
                var roles = list.SelectMany(m => m.Entity.Roles.Select(r => (m.DocumentId, r))).ToList();
                var entity = new Entity(id, type, name, aliases, mentions, [], actorId, actor?.Kind, actor?.Countries ?? [],
                    Evidence: Evidence(name, aliases, list));
                merged.Add((entity, roles));
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

        /// <summary>The cluster a document's entity goes to: that of the node its name spells, else of its heaviest node.</summary>
        private int HomeOf(Observation observation)
        {
            if (observation.NameNode >= 0) return Find(observation.NameNode);
            return Find(observation.Nodes.OrderByDescending(n => nodes[n].Weight).ThenBy(n => nodes[n].Key, StringComparer.Ordinal).First());
        }

        /// <summary>Each alias's rule: the join of the name node it spells, or, for a name the registry never indexed
        /// (a partial name or a handle), the document that joined it to a full name.</summary>
        private List<AliasEvidence> Evidence(string canonical, IReadOnlyList<string> aliases, IReadOnlyList<Observation> list)
        {
            // The cluster's own names; a document's other names came with it (its own grouping), not by a join here.
            var nodeOfKey = new Dictionary<string, int>(StringComparer.Ordinal);
            int root = Find(HomeOf(list[0]));
            foreach (var observation in list)
                foreach (int n in observation.Nodes)
                    if (Find(n) == root) nodeOfKey.TryAdd(nodes[n].Key, n);
            string canonicalKey = NameKeys.Key(canonical);
            var evidence = new List<AliasEvidence>(aliases.Count);
            foreach (string alias in aliases)
            {
                var documents = list.Where(o => o.Entity.Aliases.Contains(alias, StringComparer.Ordinal))
                    .Select(o => o.DocumentId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Take(MaxEvidenceDocuments).ToList();
                string key = NameKeys.Key(alias);
                if (alias == canonical) evidence.Add(new AliasEvidence(alias, AliasEvidence.Canonical, null, documents));
                else if (key == canonicalKey) evidence.Add(new AliasEvidence(alias, AliasEvidence.SameKey, canonical, documents));
                else if (nodeOfKey.TryGetValue(key, out int node))
                {
                    // The name the cluster was drawn from has no join of its own: the canonical name's join links the two.
                    var join = joins[node] ?? (nodeOfKey.TryGetValue(canonicalKey, out int canonicalNode) && joins[canonicalNode] is { } back
                        ? back with { Via = canonicalNode } : null);
                    evidence.Add(join is { } j
                        ? new AliasEvidence(alias, j.Rule, nodes[j.Via].Key, j.Document is null ? documents : [j.Document], j.Weak)
                        : new AliasEvidence(alias, AliasEvidence.SameKey, canonical, documents));
                }
                else
                {
                    var owner = list.First(o => o.Entity.Aliases.Contains(alias, StringComparer.Ordinal));
                    evidence.Add(new AliasEvidence(alias, AliasEvidence.InDocument, owner.Entity.Name, documents, Weak: true));
                }
            }
            return evidence;
        }
    }
}
