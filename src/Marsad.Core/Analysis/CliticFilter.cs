using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Marsad.Text.Morphology;

namespace Marsad.Analysis;

/// <summary>Cuts each match-key term down to its stem (<see cref="CliticSegmenter"/>), keeping the token's offsets:
/// for fields that want clitics off but suffixes kept (names, exact phrases). Keywords are left alone.</summary>
public sealed class CliticFilter : TokenFilter
{
    private readonly ICharTermAttribute termAttribute;
    private readonly IKeywordAttribute keywordAttribute;
    private readonly ArabicLexicon lexicon;

    public CliticFilter(TokenStream input, ArabicLexicon? lexicon = null) : base(input)
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
            var buffer = termAttribute.Buffer.AsSpan(0, termAttribute.Length);
            var split = CliticSegmenter.SegmentKey(buffer, lexicon);
            if (split.HasClitics)
            {
                split.Stem(buffer).CopyTo(buffer);
                termAttribute.SetLength(split.StemLength);
            }
        }
        return true;
    }
}
