namespace Marsad.Pipeline;

/// <summary>A half-open range [Start, End) of UTF-16 code units in a document's clean text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public ReadOnlySpan<char> Slice(string text) => text.AsSpan(Start, End - Start);

    public override string ToString() => $"[{Start},{End})";
}
