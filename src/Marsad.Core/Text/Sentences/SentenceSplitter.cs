using Marsad.Pipeline;

namespace Marsad.Text.Sentences;

/// <summary>Splits clean text into sentences. STUB: owned by the cleaning/sentence work.</summary>
public static class SentenceSplitter
{
    public static IReadOnlyList<TextSpan> Split(string text) => throw new NotImplementedException();
}
