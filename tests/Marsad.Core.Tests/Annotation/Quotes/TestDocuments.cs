using Marsad.Entities.Recognition;
using Marsad.Entities.Resolution;
using Marsad.Entities.Roles;
using Marsad.Text.Sentences;
using Marsad.Text.Tokens;

namespace Marsad.Core.Tests.Annotation;

/// <summary>Builds a document's tokens, sentences and entities for extractor tests: entities are given by name and
/// every occurrence of the name in the text becomes a mention.</summary>
internal static class TestDocuments
{
    public static List<Token> Tokens(string text)
    {
        var tokens = new List<Token>();
        ArabicTokenizer.Tokenize(text, tokens);
        return tokens;
    }

    public static Entity Entity(string text, string id, EntityType type, string name, ActorKind? kind = null, params Role[] roles)
    {
        var mentions = new List<Mention>();
        for (int at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
            mentions.Add(new Mention("d", at, at + name.Length, name));
        return new Entity(id, type, name, [name], mentions, roles, kind is null ? null : id, kind);
    }

    public static IReadOnlyList<Marsad.Pipeline.TextSpan> Sentences(string text) => SentenceSplitter.Split(text);
}
