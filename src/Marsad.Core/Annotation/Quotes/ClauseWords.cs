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
        var inside = new List<Token>();
        foreach (var t in tokens)
            if (t.Start >= sentence.Start && t.End <= sentence.End) inside.Add(t);
        Tokens = inside;
        Keys = inside.Select(t => MatchKeyNormalizer.Normalize(text.Substring(t.Start, t.Length))).ToArray();
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
