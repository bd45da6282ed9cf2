using static Marsad.Text.Tokens.TokenCharClass;

namespace Marsad.Text.Tokens;

/// <summary>
/// Splits display text into tokens whose offsets point exactly into it, in one pass with no allocation per token.
/// <list type="bullet">
/// <item>Whitespace, control and format characters (RLM, BOM, soft hyphen...) separate tokens and belong to none;
/// ZWNJ/ZWJ belong to an Arabic word when a letter or mark follows them, else they separate.</item>
/// <item>Scripts never share a word: "2018م" is the number 2018 then the word م, "كوفيد19" is كوفيد then 19.
/// Latin letters and ASCII digits do share one: "F16", "5G" and "10km" are Latin words; so are "COVID-19" and
/// "al-Assad", whose hyphen or apostrophe sits between two letters or digits.</item>
/// <item>A number is digits of any of the three scripts, joined by one of <c>, . ٫ ٬ :</c> only when a digit follows
/// (so "2018." ends before its full stop, and the clock time "16:45" is one number), then an optional % or ٪.</item>
/// <item>Hashtags and mentions need a non-word character (or nothing) before their sign; URLs start with
/// http://, https:// or www. and lose trailing punctuation; e-mail addresses are recognised where a Latin word
/// or number runs into '@'.</item>
/// <item>Every other punctuation mark is its own token, except that a run of full stops ("...") is one.</item>
/// <item>Letters of other scripts make <see cref="TokenKind.OtherWord"/> tokens; a symbol or emoji, with the
/// variation selectors after it, is one <see cref="TokenKind.Symbol"/>, and so is a run of tatweel or diacritics
/// with no letter in it.</item>
/// </list>
/// </summary>
public static partial class ArabicTokenizer
{
    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="tokens"/>; offsets are relative to <paramref name="text"/>.</summary>
    public static void Tokenize(ReadOnlySpan<char> text, List<Token> tokens)
    {
        int position = 0;
        while (TryReadToken(text, ref position, out var token)) tokens.Add(token);
    }

    /// <summary>Counts tokens without storing them.</summary>
    public static int Count(ReadOnlySpan<char> text)
    {
        int position = 0, count = 0;
        while (TryReadToken(text, ref position, out _)) count++;
        return count;
    }

    /// <summary>The tokens of <paramref name="text"/> one at a time, without a list: <c>foreach (var t in Enumerate(text))</c>.</summary>
    public static TokenEnumerator Enumerate(ReadOnlySpan<char> text) => new(text);

    /// <summary>Reads the next token at or after <paramref name="position"/> and moves past it; false at the end of the text.</summary>
    internal static bool TryReadToken(ReadOnlySpan<char> text, ref int position, out Token token)
    {
        int start = position;
        while (start < text.Length)
        {
            char c = text[start];
            int end;
            TokenKind kind;
            switch (TokenCharClasses.Of(c))
            {
                case Separator:
                case Joiner:
                    start++;
                    continue;
                case ArabicLetter:
                case ArabicMark:
                    end = ScanArabicWord(text, start, out bool hasLetter);
                    kind = hasLetter ? TokenKind.ArabicWord : TokenKind.Symbol;
                    break;
                case Digit:
                    end = ScanNumberOrAlphanumeric(text, start, out kind);
                    break;
                case LatinLetter:
                    end = ScanLatinWordOrAddress(text, start, out kind);
                    break;
                case Hash:
                    end = ScanHashtag(text, start);
                    kind = TokenKind.Hashtag;
                    if (end == 0) (end, kind) = (start + 1, TokenKind.Punctuation);
                    break;
                case At:
                    end = ScanMention(text, start);
                    kind = TokenKind.Mention;
                    if (end == 0) (end, kind) = (start + 1, TokenKind.Punctuation);
                    break;
                case Dot:
                    end = start + 1;
                    while (end < text.Length && text[end] == '.') end++;
                    kind = TokenKind.Punctuation;
                    break;
                case Punctuation:
                    end = start + 1;
                    kind = TokenKind.Punctuation;
                    break;
                case OtherLetter:
                    end = ScanOtherWord(text, start);
                    kind = TokenKind.OtherWord;
                    break;
                case HighSurrogate:
                    end = ScanSupplementary(text, start, out kind);
                    break;
                default: // Symbol, or a mark with no letter before it
                    end = SkipMarks(text, start + 1);
                    kind = TokenKind.Symbol;
                    break;
            }
            token = new Token(start, end - start, kind);
            position = end;
            return true;
        }
        position = start;
        token = default;
        return false;
    }
}

/// <summary>Enumerates tokens over a span without storing them; see <see cref="ArabicTokenizer.Enumerate"/>.</summary>
public ref struct TokenEnumerator
{
    private readonly ReadOnlySpan<char> _text;
    private int _position;
    private Token _current;

    internal TokenEnumerator(ReadOnlySpan<char> text)
    {
        _text = text;
        _position = 0;
        _current = default;
    }

    public readonly Token Current => _current;

    public bool MoveNext() => ArabicTokenizer.TryReadToken(_text, ref _position, out _current);

    public readonly TokenEnumerator GetEnumerator() => this;
}
