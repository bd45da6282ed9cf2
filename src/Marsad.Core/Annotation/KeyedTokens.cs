using Marsad.Text;
using Marsad.Text.Tokens;

namespace Marsad.Annotation;

/// <summary>
/// The tokens of a text with the match key of each one computed once, so that every extractor looks words up in
/// its lexicons by key (hamza, ة, diacritics and digit script folded) without allocating a string per token.
/// </summary>
internal sealed class KeyedTokens
{
    private readonly IReadOnlyList<Token> _tokens;
    private readonly char[] _keys;
    private readonly int[] _keyStart;
    private readonly int[] _keyLength;

    public KeyedTokens(string text, IReadOnlyList<Token> tokens)
    {
        Text = text;
        _tokens = tokens;
        int total = 0;
        foreach (var token in tokens) total += token.Length;
        _keys = new char[total];
        _keyStart = new int[tokens.Count];
        _keyLength = new int[tokens.Count];
        int position = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            // Tokens may come from another text version; clamp so a bad span never throws.
            int start = Math.Clamp(token.Start, 0, text.Length);
            int length = Math.Clamp(token.Length, 0, text.Length - start);
            int n = MatchKeyNormalizer.Normalize(text.AsSpan(start, length), _keys.AsSpan(position));
            _keyStart[i] = position;
            _keyLength[i] = n;
            position += n;
        }
    }

    public string Text { get; }

    public int Count => _tokens.Count;

    public Token this[int index] => _tokens[index];

    public TokenKind Kind(int index) => _tokens[index].Kind;

    public ReadOnlySpan<char> Key(int index) => _keys.AsSpan(_keyStart[index], _keyLength[index]);

    public bool KeyIs(int index, string key) => index >= 0 && index < Count && Key(index).SequenceEqual(key);

    /// <summary>Whether token <paramref name="index"/> is the punctuation mark <paramref name="mark"/>.</summary>
    public bool IsMark(int index, char mark) =>
        index >= 0 && index < Count && _tokens[index].Kind is TokenKind.Punctuation or TokenKind.Symbol
        && _keyLength[index] == 1 && _keys[_keyStart[index]] == mark;

    /// <summary>Whether two consecutive tokens touch (no space between them).</summary>
    public bool Touching(int left, int right) => _tokens[left].End == _tokens[right].Start;

    public string Surface(int firstToken, int endToken) =>
        Text[_tokens[firstToken].Start.._tokens[endToken - 1].End];
}
