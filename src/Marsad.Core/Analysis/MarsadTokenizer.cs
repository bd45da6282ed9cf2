using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Marsad.Text.Tokens;
using Token = Marsad.Text.Tokens.Token;

namespace Marsad.Analysis;

/// <summary>
/// Lucene tokenizer over <see cref="ArabicTokenizer"/>: reads the field, tokenizes it once per reset and emits the
/// word-like tokens (words, numbers, hashtags, mentions, URLs, e-mails) with their offsets; punctuation and symbols
/// are not indexed. The token type is the <see cref="TokenKind"/> name.
/// </summary>
public sealed class MarsadTokenizer : Tokenizer
{
    private readonly ICharTermAttribute termAttribute;
    private readonly IOffsetAttribute offsetAttribute;
    private readonly ITypeAttribute typeAttribute;
    private readonly List<Token> tokens = [];
    private char[] text = [];
    private int next;

    public MarsadTokenizer(TextReader input) : base(input)
    {
        termAttribute = AddAttribute<ICharTermAttribute>();
        offsetAttribute = AddAttribute<IOffsetAttribute>();
        typeAttribute = AddAttribute<ITypeAttribute>();
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        while (next < tokens.Count)
        {
            var token = tokens[next++];
            if (token.Kind is TokenKind.Punctuation or TokenKind.Symbol) continue;
            termAttribute.CopyBuffer(text, token.Start, token.Length);
            offsetAttribute.SetOffset(CorrectOffset(token.Start), CorrectOffset(token.End));
            typeAttribute.Type = token.Kind.ToString();
            return true;
        }
        return false;
    }

    public override void Reset()
    {
        base.Reset();
        text = m_input.ReadToEnd().ToCharArray();
        tokens.Clear();
        ArabicTokenizer.Tokenize(text, tokens);
        next = 0;
    }

    public override void End()
    {
        base.End();
        int finalOffset = CorrectOffset(text.Length);
        offsetAttribute.SetOffset(finalOffset, finalOffset);
    }
}
