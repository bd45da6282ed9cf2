namespace Marsad.Text.Tokens;

/// <summary>A token as a range of the display text; its surface form is <c>text.Substring(Start, Length)</c>.</summary>
public readonly record struct Token(int Start, int Length, TokenKind Kind)
{
    public int End => Start + Length;

    public ReadOnlySpan<char> Surface(ReadOnlySpan<char> text) => text.Slice(Start, Length);
}
