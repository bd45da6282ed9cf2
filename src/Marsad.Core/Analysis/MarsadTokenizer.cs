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
    /// <summary>The <see cref="TokenKind"/> names by value, so setting the type attribute allocates nothing.</summary>
    private static readonly string[] KindNames = BuildKindNames();

    private readonly List<Token> tokens = [];
    private char[] text = new char[1024]; // reused across documents: reading a field allocates nothing once it is big enough
    private int textLength;
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
            typeAttribute.Type = KindNames[(int)token.Kind];
            return true;
        }
        return false;
    }

    public override void Reset()
    {
        base.Reset();
        textLength = 0;
        int read;
        while ((read = m_input.Read(text, textLength, text.Length - textLength)) > 0)
        {
            textLength += read;
            if (textLength == text.Length) Array.Resize(ref text, text.Length * 2);
        }
        tokens.Clear();
        ArabicTokenizer.Tokenize(text.AsSpan(0, textLength), tokens);
        next = 0;
    }

    public override void End()
    {
        base.End();
        int finalOffset = CorrectOffset(textLength);
        offsetAttribute.SetOffset(finalOffset, finalOffset);
    }

    private static string[] BuildKindNames()
    {
        var kinds = Enum.GetValues<TokenKind>();
        var names = new string[kinds.Max(k => (int)k) + 1];
        foreach (var kind in kinds) names[(int)kind] = kind.ToString();
        return names;
    }
}
