using System.IO.Hashing;
using System.Text;
using Marsad.Entities.Recognition;
using Marsad.Entities.Roles;
using Marsad.Text.Tokens;

namespace Marsad.Entities.Resolution;

public sealed partial class EntityResolver
{
    /// <summary>Union-find over candidates: same actor, or same type and same name; then partial person names.</summary>
    private static int[] Group(List<Candidate> candidates)
    {
        var parent = Enumerable.Range(0, candidates.Count).ToArray();
        int Find(int x) { while (parent[x] != x) x = parent[x] = parent[parent[x]]; return x; }
        string? ActorOf(int root)
        {
            for (int i = 0; i < candidates.Count; i++) if (Find(i) == root && candidates[i].ActorId is { } id) return id;
            return null;
        }
        void Union(int a, int b)
        {
            int ra = Find(a), rb = Find(b);
            if (ra == rb) return;
            if (ActorOf(ra) is { } x && ActorOf(rb) is { } y && x != y) return;
            parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }

        for (int i = 0; i < candidates.Count; i++)
            for (int j = 0; j < i; j++)
            {
                var a = candidates[i];
                var b = candidates[j];
                if (a.ActorId is not null && a.ActorId == b.ActorId) Union(i, j);
                else if (a.Type == b.Type && (a.ActorId is null || b.ActorId is null || a.ActorId == b.ActorId)
                         && NameKeys.SameName(a.Words, b.Words, a.Type == EntityType.Person)) Union(i, j);
            }

        // A person's partial name joins the one full name of the document that it begins or ends.
        for (int i = 0; i < candidates.Count; i++)
        {
            var partial = candidates[i];
            if (partial.Type != EntityType.Person || partial.Words.Length == 0) continue;
            var owners = new SortedSet<int>();
            for (int j = 0; j < candidates.Count; j++)
            {
                var full = candidates[j];
                if (full.Type != EntityType.Person || full.Words.Length <= partial.Words.Length) continue;
                if (PartOf(partial.Words, full.Words)) owners.Add(Find(j));
            }
            if (owners.Count == 1 && Find(i) != owners.Min)
            {
                bool hasFull = Enumerable.Range(0, candidates.Count).Any(k => Find(k) == Find(i) && candidates[k].Words.Length > partial.Words.Length);
                if (hasFull) continue;
                partial.Weak = true;
                Union(i, owners.Min);
            }
        }

        var roots = new int[candidates.Count];
        for (int i = 0; i < roots.Length; i++) roots[i] = Find(i);
        return roots;
    }

    private static bool PartOf(string[] part, string[] full)
    {
        bool prefix = true, suffix = true;
        for (int k = 0; k < part.Length; k++)
        {
            prefix &= NameKeys.SameWord(part[k], full[k]);
            suffix &= NameKeys.SameWord(part[k], full[full.Length - part.Length + k]);
        }
        return prefix || suffix;
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

    /// <summary>The name an entity is shown by: for persons the longest full name, then the most used; for others the most used, then the longest.</summary>
    internal static string CanonicalName(IReadOnlyCollection<(string Name, int Count)> names, EntityType type) =>
        names.OrderByDescending(n => type == EntityType.Person ? NameKeys.Words(n.Name).Length : 0)
             .ThenByDescending(n => n.Count)
             .ThenByDescending(n => n.Name.Length)
             .ThenBy(n => n.Name, StringComparer.Ordinal)
             .First().Name;

    private static string CanonicalName(List<Candidate> members, EntityType type) =>
        CanonicalName([.. (members.Any(m => !m.Weak) ? members.Where(m => !m.Weak) : members).GroupBy(m => m.Name, StringComparer.Ordinal).Select(g => (g.Key, g.Count()))], type);

    /// <summary><c>actor/ID</c>, or the type label and a hash of the name's match key: stable across runs and machines.</summary>
    public static string EntityId(EntityType type, string name, string? actorId = null)
    {
        if (actorId is not null) return "actor/" + actorId;
        ulong hash = XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(NameKeys.Key(name)));
        return type.Label().ToLowerInvariant() + "/" + hash.ToString("x16");
    }
}
