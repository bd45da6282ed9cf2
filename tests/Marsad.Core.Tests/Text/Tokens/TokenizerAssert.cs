using Marsad.Text.Tokens;

namespace Marsad.Tests.Text.Tokens;

/// <summary>Tokenizes a text and shows each token as its surface and kind, so expectations read as text.</summary>
internal static class TokenizerAssert
{
    public static (string Surface, TokenKind Kind)[] Tokenized(string text)
    {
        var tokens = new List<Token>();
        ArabicTokenizer.Tokenize(text, tokens);
        return tokens.Select(t => (text.Substring(t.Start, t.Length), t.Kind)).ToArray();
    }

    public static string[] Surfaces(string text) => Tokenized(text).Select(t => t.Surface).ToArray();

    /// <summary>The text is exactly one token of the given kind.</summary>
    public static void Single(string text, TokenKind kind) => Assert.Equal([(text, kind)], Tokenized(text));
}
