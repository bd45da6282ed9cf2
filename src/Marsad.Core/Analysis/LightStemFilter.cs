using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Marsad.Text.Morphology;

namespace Marsad.Analysis;

/// <summary>Replaces each match-key term by its light stem (<see cref="LightStemmer"/>: guarded clitics and light
/// suffixes removed). Terms marked as keywords are left alone, as Lucene's own stem filters do.</summary>
public sealed class LightStemFilter : TokenFilter
{
    private readonly ICharTermAttribute termAttribute;
    private readonly IKeywordAttribute keywordAttribute;
    private readonly ArabicLexicon lexicon;

    public LightStemFilter(TokenStream input, ArabicLexicon? lexicon = null) : base(input)
    {
        termAttribute = AddAttribute<ICharTermAttribute>();
        keywordAttribute = AddAttribute<IKeywordAttribute>();
        this.lexicon = lexicon ?? ArabicLexicon.Default;
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        if (!keywordAttribute.IsKeyword)
        {
            // The stem is never longer than the term, and LightStemmer copies through its own buffer.
            var buffer = termAttribute.Buffer.AsSpan(0, termAttribute.Length);
            termAttribute.SetLength(LightStemmer.Stem(buffer, termAttribute.Buffer, lexicon));
        }
        return true;
    }
}
