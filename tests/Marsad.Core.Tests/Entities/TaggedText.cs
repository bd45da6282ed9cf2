using Marsad.Entities;
using Marsad.Entities.Recognition;
using Marsad.Text.Tokens;

namespace Marsad.Tests.Entities;

/// <summary>A text as the entity stage sees it after the tagger: its tokens, and the given words tagged as places.</summary>
internal static class TaggedText
{
    public static (List<Token> Tokens, List<EntityMention> Places) WithPlaces(string text, params string[] tagged)
    {
        var tokens = new List<Token>();
        ArabicTokenizer.Tokenize(text, tokens);
        var places = tagged.Select(name => text.IndexOf(name, StringComparison.Ordinal))
            .Zip(tagged, (start, name) => new EntityMention(start, start + name.Length, EntityType.Location, name)).OrderBy(m => m.Start).ToList();
        return (tokens, places);
    }
}
