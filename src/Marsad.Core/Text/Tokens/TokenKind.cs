namespace Marsad.Text.Tokens;

public enum TokenKind : byte
{
    ArabicWord,
    LatinWord,
    Number,
    Hashtag,
    Mention,
    Url,
    Email,
    Punctuation,
    Symbol,
}
