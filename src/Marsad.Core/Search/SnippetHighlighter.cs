using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Marsad.Search;

/// <summary>
/// Marks the words of a text that a query matched, by running the field's analyzer over the text and comparing each
/// token's analysed form with the query's terms: the offsets the tokenizer reports point back into the original text,
/// so سورية is marked for a query سوريا and مقاتليها for المقاتلين. (Lucene.Net.Highlighter is not available here.)
/// </summary>
public static class SnippetHighlighter
{
    public const int DefaultSnippetChars = 220;

    /// <summary>The whole text, its matched words marked.</summary>
    public static IReadOnlyList<TextPart> Mark(Analyzer analyzer, string field, string text, IReadOnlySet<string> terms)
    {
        var matches = Matches(analyzer, field, text, terms);
        return Parts(text, 0, text.Length, matches, prefix: false, suffix: false);
    }

    /// <summary>The window of about <paramref name="maxChars"/> characters that holds the most distinct matched words
    /// (then the most matches), cut at spaces; the text's start when nothing matched.</summary>
    public static IReadOnlyList<TextPart> BestWindow(Analyzer analyzer, string field, string text, IReadOnlySet<string> terms, int maxChars = DefaultSnippetChars) =>
        BestWindow(text, Matches(analyzer, field, text, terms), maxChars);

    /// <summary>The best window given the matches already found (offsets stored in the index's term vectors).</summary>
    public static IReadOnlyList<TextPart> BestWindow(string text, IReadOnlyList<(int Start, int End, string Term)> found, int maxChars = DefaultSnippetChars) =>
        BestWindow(text, found.Where(m => m.End <= text.Length && m.Start < m.End).OrderBy(m => m.Start).Select(m => new Match(m.Start, m.End, m.Term)).ToList(), maxChars);

    private static IReadOnlyList<TextPart> BestWindow(string text, List<Match> matches, int maxChars)
    {
        if (text.Length <= maxChars) return Parts(text, 0, text.Length, matches, prefix: false, suffix: false);
        int anchor = 0;
        if (matches.Count > 0)
        {
            int bestScore = -1;
            var distinct = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < matches.Count; i++)
            {
                distinct.Clear();
                int count = 0;
                for (int j = i; j < matches.Count && matches[j].End - matches[i].Start <= maxChars; j++)
                {
                    distinct.Add(matches[j].Term);
                    count++;
                }
                int score = distinct.Count * 1000 + count;
                if (score > bestScore) (bestScore, anchor) = (score, matches[i].Start);
            }
            // A little context before the first match.
            anchor = Math.Max(0, anchor - maxChars / 6);
        }
        int start = anchor == 0 ? 0 : WordStart(text, anchor);
        int end = Math.Min(text.Length, start + maxChars);
        if (end < text.Length) end = WordEnd(text, start, end);
        return Parts(text, start, end, matches, prefix: start > 0, suffix: end < text.Length);
    }

    private readonly record struct Match(int Start, int End, string Term);

    private static List<Match> Matches(Analyzer analyzer, string field, string text, IReadOnlySet<string> terms)
    {
        var matches = new List<Match>();
        if (terms.Count == 0 || text.Length == 0) return matches;
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var key = term.ToString();
            if (terms.Contains(key) && offset.EndOffset <= text.Length && offset.StartOffset < offset.EndOffset)
                matches.Add(new Match(offset.StartOffset, offset.EndOffset, key));
        }
        stream.End();
        return matches;
    }

    /// <summary>Moves a cut forward to the start of the next word, unless that would skip too far.</summary>
    private static int WordStart(string text, int at)
    {
        if (at == 0 || char.IsWhiteSpace(text[at - 1])) return at;
        for (int i = at; i < text.Length && i < at + 20; i++)
            if (char.IsWhiteSpace(text[i])) return i + 1;
        return at;
    }

    /// <summary>Moves a cut back to the end of the previous word.</summary>
    private static int WordEnd(string text, int start, int at)
    {
        for (int i = at; i > start + 1 && i > at - 20; i--)
            if (char.IsWhiteSpace(text[i - 1])) return i - 1;
        return at;
    }

    private static List<TextPart> Parts(string text, int start, int end, List<Match> matches, bool prefix, bool suffix)
    {
        var parts = new List<TextPart>();
        int at = start;
        foreach (var m in matches)
        {
            if (m.Start < at || m.End > end) continue;
            if (m.Start > at) parts.Add(new TextPart(Flatten(text, at, m.Start), false));
            parts.Add(new TextPart(text[m.Start..m.End], true));
            at = m.End;
        }
        if (end > at) parts.Add(new TextPart(Flatten(text, at, end), false));
        if (prefix) parts.Insert(0, new TextPart("… ", false));
        if (suffix) parts.Add(new TextPart(" …", false));
        return parts;
    }

    /// <summary>Paragraph breaks become spaces: a snippet is one line.</summary>
    private static string Flatten(string text, int start, int end)
    {
        var slice = text.AsSpan(start, end - start);
        return slice.ContainsAny('\n', '\r') ? string.Create(slice.Length, (text, start), static (span, s) =>
        {
            s.text.AsSpan(s.start, span.Length).CopyTo(span);
            span.Replace('\r', ' ');
            span.Replace('\n', ' ');
        }) : slice.ToString();
    }
}
