namespace Marsad.Pipeline;

/// <summary>A document after the text core has run: clean text, sentences and token count.
/// Later stages add their annotations as new records that point into <see cref="CleanedText.Text"/>.</summary>
public sealed record AnalyzedDocument(
    SourceDocument Source,
    string Language,
    CleanedText Clean,
    IReadOnlyList<TextSpan> Sentences,
    int TokenCount)
{
    public string Text => Clean.Text;
}
