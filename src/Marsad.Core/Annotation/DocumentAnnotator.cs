using Marsad.Annotation.Numbers;
using Marsad.Annotation.Times;
using Marsad.Pipeline;
using Marsad.Text.Tokens;

namespace Marsad.Annotation;

/// <summary>Runs the extractors over an analysed document. Times come first: numbers inside dates are not quantities.</summary>
public static class DocumentAnnotator
{
    public static DocumentAnnotations Annotate(AnalyzedDocument document)
    {
        var tokens = new List<Token>(document.TokenCount);
        ArabicTokenizer.Tokenize(document.Text, tokens);
        // The title and the attribution lines of embedded posts are the document's own words: they may hold the only full date.
        var otherParts = document.Clean.Removed.Select(r => r.Text).Prepend(document.Source.Title ?? "");
        var times = TimeExpressionTagger.Tag(document.Text, tokens, document.Source.Published, otherParts);
        var numbers = NumberTagger.Tag(document.Text, tokens, times.Times);
        return new DocumentAnnotations(times.Times, numbers, times.EventDate);
    }
}
