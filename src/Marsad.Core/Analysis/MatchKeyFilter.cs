using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Marsad.Text;

namespace Marsad.Analysis;

/// <summary>Replaces each term by its match key (<see cref="MatchKeyNormalizer"/>); offsets are untouched.
/// A term that folds to nothing (only marks or tatweel) is dropped.</summary>
public sealed class MatchKeyFilter : TokenFilter
{
    private readonly ICharTermAttribute termAttribute;

    public MatchKeyFilter(TokenStream input) : base(input)
    {
        termAttribute = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        while (m_input.IncrementToken())
        {
            // The key is never longer than the term and is written left to right, so folding in place is safe.
            var buffer = termAttribute.Buffer.AsSpan(0, termAttribute.Length);
            int length = MatchKeyNormalizer.Normalize(buffer, termAttribute.Buffer);
            if (length == 0) continue;
            termAttribute.SetLength(length);
            return true;
        }
        return false;
    }
}
