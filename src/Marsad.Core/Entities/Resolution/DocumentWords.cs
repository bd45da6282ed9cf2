using Marsad.Text;
using Marsad.Text.Tokens;

namespace Marsad.Entities.Resolution;

/// <summary>The tokens of one document with their match keys, shared by dictionary matching, roles and resolution.</summary>
public sealed class DocumentWords
{
    public DocumentWords(string text, IReadOnlyList<Token> tokens)
    {
        Text = text;
        Tokens = tokens;
        Keys = new string[tokens.Count];
        for (int i = 0; i < tokens.Count; i++) Keys[i] = WordKey(text.AsSpan(tokens[i].Start, tokens[i].Length), tokens[i].Kind);
    }

    public string Text { get; }
    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>Per token: its match key, Latin lower-cased, inner punctuation dropped (a handle keeps its '@').</summary>
    public string[] Keys { get; }

    public int Count => Tokens.Count;

    private HashSet<string>? keySet;

    /// <summary>Whether some token of the document has this key.</summary>
    public bool HasWord(string key) => (keySet ??= new HashSet<string>(Keys, StringComparer.Ordinal)).Contains(key);

    public string Surface(int token) => Text.Substring(Tokens[token].Start, Tokens[token].Length);

    public bool IsArabic(int token) => Tokens[token].Kind == TokenKind.ArabicWord;

    public bool IsWord(int token) => Tokens[token].Kind is TokenKind.ArabicWord or TokenKind.LatinWord or TokenKind.Number;

    /// <summary>A quotation mark or bracket: names may sit inside them (تنظيم «داعش»، “قسد”).</summary>
    public bool IsQuote(int token)
    {
        if (Tokens[token].Kind != TokenKind.Punctuation || Tokens[token].Length != 1) return false;
        char c = Text[Tokens[token].Start];
        return ArabicChars.IsDoubleQuote(c) || c is '\'' or '‘' or '’' or '‹' or '›';
    }

    public bool IsOpeningBracket(int token) => Tokens[token].Kind == TokenKind.Punctuation && Text[Tokens[token].Start] is '(' or '[';
    public bool IsClosingBracket(int token) => Tokens[token].Kind == TokenKind.Punctuation && Text[Tokens[token].Start] is ')' or ']';

    public bool IsComma(int token) => Tokens[token].Kind == TokenKind.Punctuation && Text[Tokens[token].Start] is '،' or ',';

    /// <summary>The index of the first token starting at or after character <paramref name="offset"/>.</summary>
    public int TokenAt(int offset)
    {
        int lo = 0, hi = Tokens.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Tokens[mid].Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>The index of the last token ending at or before character <paramref name="offset"/>, plus one.</summary>
    public int TokenEndAt(int offset)
    {
        int i = TokenAt(offset);
        if (i < Tokens.Count && Tokens[i].Start < offset) i++;
        while (i > 0 && Tokens[i - 1].End > offset) i--;
        return i;
    }

    public static string WordKey(ReadOnlySpan<char> surface, TokenKind kind)
    {
        Span<char> buffer = surface.Length <= 256 ? stackalloc char[surface.Length] : new char[surface.Length];
        int n = MatchKeyNormalizer.Normalize(surface, buffer);
        int w = 0;
        for (int i = 0; i < n; i++)
        {
            char c = buffer[i];
            if (char.IsLetterOrDigit(c) || c == '_' || (c == '@' && kind == TokenKind.Mention && i == 0)) buffer[w++] = ArabicChars.ToLowerInvariant(c);
        }
        return new string(buffer[..w]);
    }

    /// <summary>The character offset in <paramref name="surface"/> after its first <paramref name="letters"/> key letters.</summary>
    public static int OffsetAfterLetters(ReadOnlySpan<char> surface, int letters)
    {
        int seen = 0;
        for (int i = 0; i < surface.Length; i++)
        {
            if (MatchKeyNormalizer.Fold(surface[i]) == '\0') continue;
            if (seen == letters) return i;
            seen++;
        }
        return surface.Length;
    }

    /// <summary>Proclitic readings of an Arabic word's key: (stem key, proclitic letters); لل+X is read as الX.</summary>
    public static IEnumerable<(string Key, int CliticLetters)> CliticReadings(string key)
    {
        yield return (key, 0);
        if (key.Length < 4) yield break;
        foreach (string clitic in Proclitics)
            if (key.Length > clitic.Length + 1 && key.StartsWith(clitic, StringComparison.Ordinal))
                yield return (key[clitic.Length..], clitic.Length);
        foreach (string clitic in DoubledLam)
            if (key.Length > clitic.Length + 1 && key.StartsWith(clitic, StringComparison.Ordinal))
                yield return ("ال" + key[clitic.Length..], 0);
    }

    internal static readonly string[] DoubledLam = ["لل", "ولل", "فلل"];
    internal static readonly string[] Proclitics = ["وب", "فب", "ول", "فل", "وك", "و", "ف", "ب", "ل", "ك"];
}
