using Marsad.Pipeline;
using Marsad.Text;
using Marsad.Text.Tokens;

namespace Marsad.Annotation.Quotes;

/// <summary>
/// The tokens of one sentence with their match keys, for the quote and event extractors: both look words up by key
/// with the conjunction و/ف taken off, and both need to know where clauses and quotations begin and end.
/// </summary>
internal sealed class ClauseWords
{
    private static readonly string[] Conjunctions = ["و", "ف"];

    public ClauseWords(string text, IReadOnlyList<Token> tokens, TextSpan sentence)
    {
        Text = text;
        Sentence = sentence;
        // Tokens are in text order and do not overlap, so those inside the sentence are one run: found by binary
        // search, not by a scan of the whole document per sentence.
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].Start < sentence.Start) lo = mid + 1; else hi = mid;
        }
        int end = lo;
        while (end < tokens.Count && tokens[end].End <= sentence.End) end++;
        var inside = new Token[end - lo];
        var keys = new string[inside.Length];
        Span<char> buffer = stackalloc char[256];
        for (int i = 0; i < inside.Length; i++)
        {
            var t = inside[i] = tokens[lo + i];
            // Short tokens are keyed from the text without an intermediate substring.
            keys[i] = t.Length <= buffer.Length
                ? new string(buffer[..MatchKeyNormalizer.Normalize(text.AsSpan(t.Start, t.Length), buffer)])
                : MatchKeyNormalizer.Normalize(text.Substring(t.Start, t.Length));
        }
        Tokens = inside;
        Keys = keys;
    }

    public string Text { get; }
    public TextSpan Sentence { get; }
    public IReadOnlyList<Token> Tokens { get; }
    /// <summary>Match key of each token (ة→ه, أ→ا, ى→ي, diacritics off).</summary>
    public string[] Keys { get; }
    public int Count => Tokens.Count;

    public bool IsWord(int i) => Tokens[i].Kind is not (TokenKind.Punctuation or TokenKind.Symbol);

    /// <summary>The key without a leading conjunction و/ف when what is left is still a word of two letters.</summary>
    public string Bare(int i)
    {
        var key = Keys[i];
        foreach (var c in Conjunctions)
            if (key.Length > c.Length + 2 && key.StartsWith(c, StringComparison.Ordinal)) return key[c.Length..];
        return key;
    }

    public bool HasConjunction(int i) => Bare(i).Length < Keys[i].Length;

    /// <summary>Whether token i is a clause boundary: a comma, semicolon, colon or full stop.</summary>
    public bool IsClauseMark(int i) => !IsWord(i) && Keys[i] is "،" or "," or "؛" or ";" or ":" or "." or "؟" or "!";

    /// <summary>The token range [first, end) of the clause around token i, between clause marks.</summary>
    public (int First, int End) ClauseAround(int i)
    {
        int first = i, end = i + 1;
        while (first > 0 && !IsClauseMark(first - 1)) first--;
        while (end < Count && !IsClauseMark(end)) end++;
        return (first, end);
    }

    public int TokenAtOrAfter(int offset)
    {
        for (int i = 0; i < Count; i++) if (Tokens[i].End > offset) return i;
        return Count;
    }
}
