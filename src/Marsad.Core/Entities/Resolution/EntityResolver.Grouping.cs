using System.IO.Hashing;
using System.Text;
using Marsad.Entities.Recognition;
using Marsad.Entities.Roles;
using Marsad.Text.Tokens;

namespace Marsad.Entities.Resolution;

public sealed partial class EntityResolver
{
    /// <summary>
    /// Groups a document's candidates: same actor, or same type and the same name spelled alike
    /// (<see cref="NameVariants.SameName"/>); a group never takes a name that is not the same as every name in it, so
    /// spellings cannot chain. Then a person's partial name (one part, or a shorter form: سلو، طلال) joins the one
    /// full name of the document it is a shorter form of (<see cref="PersonName.IsShorterFormOf"/>), as a weak alias.
    /// </summary>
    private int[] Group(List<Candidate> candidates)
    {
        var parent = Enumerable.Range(0, candidates.Count).ToArray();
        var members = Enumerable.Range(0, candidates.Count).Select(i => new List<int> { i }).ToArray();
        int Find(int x) { while (parent[x] != x) x = parent[x] = parent[parent[x]]; return x; }
        string? ActorOf(int root) => members[root].Select(i => candidates[i].ActorId).FirstOrDefault(a => a is not null);
        void Union(int a, int b)
        {
            int ra = Find(a), rb = Find(b);
            if (ra == rb) return;
            if (ActorOf(ra) is { } x && ActorOf(rb) is { } y && x != y) return;
            int root = Math.Min(ra, rb), child = Math.Max(ra, rb);
            parent[child] = root;
            members[root].AddRange(members[child]);
        }
        var persons = candidates.Select(c => c.Type == EntityType.Person ? PersonName.Parse(c.Words) : null).ToArray();
        bool Same(int i, int j)
        {
            var (a, b) = (candidates[i], candidates[j]);
            if (a.Type != b.Type) return false;
            if (persons[i] is { } pi && persons[j] is { } pj) return variants.SameName(pi.Parts, pj.Parts, person: true);
            return variants.SameName(a.Words, b.Words, person: false);
        }

        // An actor's alias matches as written: a tagger name joins an actor's group only under the same key.
        bool Fits(int x, int y) => (candidates[x].ActorId, candidates[y].ActorId) switch
        {
            ({ } ax, { } ay) => ax == ay,
            (null, null) => Same(x, y),
            _ => candidates[x].Type == candidates[y].Type && candidates[x].Words.AsSpan().SequenceEqual(candidates[y].Words),
        };
        for (int i = 0; i < candidates.Count; i++)
            for (int j = 0; j < i; j++)
                if (Find(i) != Find(j) && Fits(i, j) && members[Find(i)].All(x => members[Find(j)].All(y => Fits(x, y))))
                    Union(i, j);

        // A person's partial name joins the one full name of the document that it is a shorter form of.
        for (int i = 0; i < candidates.Count; i++)
        {
            if (persons[i] is not { } partial) continue;
            // A common word as a given name alone is more often the word (حسن الجوار beside حسن روحاني); as a family
            // name (الأسد beside بشار الأسد) it is the person.
            bool givenOnly = partial.Count == 1 && nonNames.IsCommonWord(partial.Given);
            var owners = new SortedSet<int>();
            for (int j = 0; j < candidates.Count; j++)
                // The full name comes first: a short name before it is someone else (نايف … نايف هزازي).
                if (persons[j] is { } full && full.Count > partial.Count && candidates[j].Start < candidates[i].Start
                    && PersonName.IsShorterFormOf(partial, full, variants.SameWord)
                    && !(givenOnly && !(full.Family is { } family && variants.SameWord(partial.Given, family))))
                    owners.Add(Find(j));
            if (owners.Count != 1 || Find(i) == owners.Min) continue;
            if (members[Find(i)].Any(k => persons[k] is { } p && p.Count > partial.Count)) continue;
            // Every name of the full name's group must fit the partial one (عادل الجبير and أحمد الجبير are two people).
            if (!members[owners.Min].All(k => persons[k] is not { } p || PersonName.Compatible(partial, p, variants.SameWord))) continue;
            candidates[i].Weak = true;
            Union(i, owners.Min);
        }

        var roots = new int[candidates.Count];
        for (int i = 0; i < roots.Length; i++) roots[i] = Find(i);
        return roots;
    }

    /// <summary>Handles (@brett_mcgurk) and runs of capitalised Latin words that spell a person's name join that person.</summary>
    private static int[] AddHandles(DocumentWords words, List<Candidate> candidates, int[] roots)
    {
        var persons = Enumerable.Range(0, candidates.Count)
            .Where(i => candidates[i].Type == EntityType.Person && !candidates[i].Weak && candidates[i].Words.Length >= 2 && !NameKeys.IsLatin(candidates[i].Words[0]))
            .ToList();
        if (persons.Count == 0) return roots;
        var added = new List<(Candidate Candidate, int Root)>();
        for (int t = 0; t < words.Count; t++)
        {
            int end = t;
            if (words.Tokens[t].Kind == TokenKind.Mention) end = t + 1;
            else while (end < words.Count && end - t < 3 && words.Tokens[end].Kind == TokenKind.LatinWord && char.IsUpper(words.Text[words.Tokens[end].Start])) end++;
            if (end == t) continue;
            string latin = words.Text[words.Tokens[t].Start..words.Tokens[end - 1].End];
            var parts = LatinNames.Parts(latin);
            var owners = persons.Where(i => LatinNames.Spells(parts, candidates[i].Words)).Select(i => roots[i]).Distinct().ToList();
            if (owners.Count == 1)
                added.Add((new Candidate(words.Tokens[t].Start, words.Tokens[end - 1].End, EntityType.Person, latin) { Weak = true }, owners[0]));
            t = end - 1;
        }
        foreach (var (candidate, root) in added)
        {
            candidates.Add(candidate);
            Array.Resize(ref roots, roots.Length + 1);
            roots[^1] = root;
        }
        return roots;
    }

    private DocumentEntities Build(string documentId, string text, List<Candidate> candidates, int[] roots, List<RoleFinding> findings)
    {
        var groups = Enumerable.Range(0, candidates.Count).GroupBy(i => roots[i]).OrderBy(g => g.Key).ToList();
        var idOfRoot = new Dictionary<int, string>();
        var entities = new List<Entity>();
        var indexed = new List<IReadOnlyList<string>>();
        var rootOfCandidate = roots;

        var shells = new List<(int Root, Entity Entity, IReadOnlyList<string> Strong)>();
        foreach (var group in groups)
        {
            var members = group.Select(i => candidates[i]).ToList();
            string? actorId = members.Select(m => m.ActorId).FirstOrDefault(a => a is not null);
            var actor = actorId is null ? null : actors.Find(actorId);
            var type = actor?.Type ?? members.GroupBy(m => m.Type).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
            var strong = members.Where(m => !m.Weak).Select(m => m.Name).Distinct(StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal).ToList();
            string name = actor?.Name ?? CanonicalName(members, type);
            string id = EntityId(type, name, actorId);
            idOfRoot[group.Key] = id;
            var aliases = members.Select(m => m.Name).Append(name).Distinct(StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal).ToList();
            var mentions = members.OrderBy(m => m.Start).Select(m => new Mention(documentId, m.Start, m.End, text[m.Start..m.End])).ToList();
            shells.Add((group.Key, new Entity(id, type, name, aliases, mentions, [], actorId, actor?.Kind, actor?.Countries ?? []), strong));
        }

        // Roles: on the person's entity, linked to the entity whose candidate covers the body's range.
        var rolesOf = new Dictionary<int, List<Role>>();
        foreach (var finding in findings)
        {
            int person = candidates.FindIndex(c => c.Start == finding.PersonStart && c.End == finding.PersonEnd && c.Type == EntityType.Person);
            if (person < 0) continue;
            string? of = null;
            if (finding.HasOf)
            {
                int body = candidates.FindIndex(c => c.Start <= finding.OfStart && finding.OfEnd <= c.End);
                if (body < 0) body = candidates.FindIndex(c => c.Start >= finding.OfStart && c.End <= finding.OfEnd);
                if (body >= 0) of = idOfRoot[rootOfCandidate[body]];
            }
            int root = rootOfCandidate[person];
            if (!rolesOf.TryGetValue(root, out var list)) rolesOf[root] = list = [];
            list.Add(new Role(finding.Title, of));
        }

        foreach (var (root, entity, strong) in shells.OrderBy(s => s.Entity.Id, StringComparer.Ordinal))
        {
            var roles = rolesOf.TryGetValue(root, out var list) ? DistinctRoles(list) : [];
            entities.Add(entity with { Roles = roles });
            indexed.Add(strong);
        }
        return new DocumentEntities(documentId, entities, indexed);
    }

    internal static IReadOnlyList<Role> DistinctRoles(IEnumerable<Role> roles) =>
        [.. roles.DistinctBy(r => (NameKeys.Key(r.Title), r.OfEntityId)).OrderBy(r => NameKeys.Key(r.Title), StringComparer.Ordinal).ThenBy(r => r.OfEntityId, StringComparer.Ordinal)];

    /// <summary>The name an entity is shown by: for persons the most used full name (two parts or more), for others the
    /// most used; then the longest. The longest person name is often the tagger running on into a title (… ولي).</summary>
    internal static string CanonicalName(IReadOnlyCollection<(string Name, int Count)> names, EntityType type) =>
        names.OrderByDescending(n => type == EntityType.Person && PersonName.Parse(NameKeys.Words(n.Name)) is { Count: >= 2 } ? 1 : 0)
             .ThenByDescending(n => n.Count)
             .ThenByDescending(n => n.Name.Length)
             .ThenBy(n => n.Name, StringComparer.Ordinal)
             .First().Name;

    private static string CanonicalName(List<Candidate> members, EntityType type) =>
        CanonicalName([.. (members.Any(m => !m.Weak) ? members.Where(m => !m.Weak) : members).GroupBy(m => m.Name, StringComparer.Ordinal).Select(g => (g.Key, g.Count()))], type);

    /// <summary><c>actor/ID</c>, or the type label and a hash of the name's match key: stable across runs and machines.
    /// A <paramref name="scope"/> (a document id) makes the id of a name that stands for different things in different
    /// documents (a given name alone) one per document.</summary>
    public static string EntityId(EntityType type, string name, string? actorId = null, string? scope = null)
    {
        if (actorId is not null) return "actor/" + actorId;
        string key = scope is null ? NameKeys.Key(name) : NameKeys.Key(name) + "@" + scope;
        ulong hash = XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(key));
        return type.Label().ToLowerInvariant() + "/" + hash.ToString("x16");
    }
}
