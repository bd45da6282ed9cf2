using Marsad.Entities.Recognition;
using Marsad.Entities.Resolution;
using Marsad.Text.Tokens;

namespace Marsad.Tests.Entities.Resolution;

/// <summary>Runs the resolver on a sentence with tagger mentions given by hand (every occurrence of each surface).</summary>
internal static class Resolve
{
    public static DocumentEntities Document(string text, params (string Surface, EntityType Type)[] mentions) =>
        Document("doc", text, mentions);

    public static DocumentEntities Document(string documentId, string text, params (string Surface, EntityType Type)[] mentions)
    {
        var tokens = new List<Token>();
        ArabicTokenizer.Tokenize(text, tokens);
        var found = new List<EntityMention>();
        foreach (var (surface, type) in mentions)
            for (int at = text.IndexOf(surface, StringComparison.Ordinal); at >= 0; at = text.IndexOf(surface, at + surface.Length, StringComparison.Ordinal))
                found.Add(new EntityMention(at, at + surface.Length, type, surface));
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return EntityResolver.Default.ResolveDocument(documentId, text, tokens, found);
    }

    public static Entity Named(this DocumentEntities document, string name) =>
        document.Entities.Single(e => e.Aliases.Contains(name));

    public static Entity Named(this IReadOnlyList<Entity> entities, string name) =>
        entities.Single(e => e.Aliases.Contains(name));
}
