namespace Marsad.Text.Tokens;

/// <summary>Splits display text into tokens with exact offsets. STUB: owned by the tokenizer work.</summary>
public static class ArabicTokenizer
{
    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="tokens"/>; offsets are relative to <paramref name="text"/>.</summary>
    public static void Tokenize(ReadOnlySpan<char> text, List<Token> tokens) => throw new NotImplementedException();

    /// <summary>Counts tokens without storing them.</summary>
    public static int Count(ReadOnlySpan<char> text) => throw new NotImplementedException();
}
