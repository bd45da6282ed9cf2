using Marsad.Entities.Resolution;
using Marsad.Pipeline;
using Marsad.Text.Tokens;

namespace Marsad.Annotation.Quotes;

/// <summary>
/// Finds what a document says people and bodies said: a speech verb (قال، أعلن، أكد، أضاف …, with و/ف) followed by
/// its subject and then إن/أن, a colon or a quotation. The words after are the quote; between quotation marks they
/// are direct. The subject is resolved to an entity (<see cref="QuoteExtractor.Speakers"/>): a person, a spokesperson
/// title through the roles of the document's entities, a body, or — for a verb with no subject ("وأضاف") — the
/// previous speaker, the feminine verb preferring a female one. A quotation before its verb ("«…»، قال فلان") is
/// attributed the same way, and so are «وفق X فإن …» and «بحسب X، «…»». A day, a place after the subject or a common
/// noun is never the speaker: a definite noun stands for the body named before it (القوات → قوات سوريا الديمقراطية).
/// </summary>
public static partial class QuoteExtractor
{
    /// <summary>A direct quote has at least this many words; shorter quoted text is a name or a term («قسد»).</summary>
    public const int MinQuoteWords = 3;

    /// <summary>How many tokens after the verb its subject and adjuncts may take before إن/أن or the quotation.</summary>
    private const int MaxSubjectTokens = 24;

    public static IReadOnlyList<Quote> Extract(string documentId, string text, IReadOnlyList<Token> tokens,
        IReadOnlyList<TextSpan> sentences, IReadOnlyList<Entity> entities)
    {
        var speakers = new Speakers(text, entities);
        var quotes = new List<Quote>();
        foreach (var sentence in sentences)
        {
            var words = new ClauseWords(text, tokens, sentence);
            int coveredUntil = -1;
            for (int i = 0; i < words.Count; i++)
            {
                if (words.IsWord(i) && (QuoteLexicon.Sources.Contains(words.Bare(i)) || QuoteLexicon.Sources.Contains(words.Keys[i]))
                    && SourceAttribution(words, i, coveredUntil) is var (sourceStart, sourceEnd, sourceDirect, sourceSubjectEnd))
                {
                    var source = speakers.Resolve(words, i + 1, sourceSubjectEnd, false, sourceStart);
                    quotes.Add(new Quote(documentId, sourceStart, sourceEnd, text[sourceStart..sourceEnd], source.EntityId, source.Text,
                        sourceDirect, text.Substring(words.Tokens[i].Start, words.Tokens[i].Length)));
                    speakers.Remember(source, false);
                    coveredUntil = sourceEnd;
                    continue;
                }
                if (!QuoteLexicon.Verbs.TryGetValue(words.Bare(i), out bool feminine)) continue;
                var found = Attribution(words, i, coveredUntil);
                if (found is null)
                {
                    // An announcement without quoted words ("أكد متحدث … إطلاق المعركة") still makes its subject the
                    // speaker a following "وأضاف" continues.
                    var announcer = speakers.Resolve(words, i + 1, Math.Min(words.Count, i + 1 + MaxSubjectTokens), feminine, words.Sentence.End);
                    if (announcer.EntityId is not null) speakers.Remember(announcer, feminine);
                    continue;
                }
                var (contentStart, contentEnd, direct, subjectEnd) = found.Value;
                var speaker = speakers.Resolve(words, i + 1, subjectEnd, feminine, contentStart);
                var verb = text.Substring(words.Tokens[i].Start, words.Tokens[i].Length);
                quotes.Add(new Quote(documentId, contentStart, contentEnd, text[contentStart..contentEnd],
                    speaker.EntityId, speaker.Text, direct, verb));
                speakers.Remember(speaker, feminine);
                coveredUntil = contentEnd;
            }
        }
        return quotes;
    }

    /// <summary>
    /// The quote a speech verb at token <paramref name="verb"/> introduces: (start, end, direct, first token after the
    /// subject); null when the verb introduces none (أعلن + a noun: an announcement, not speech).
    /// </summary>
    private static (int Start, int End, bool Direct, int SubjectEnd)? Attribution(ClauseWords words, int verb, int coveredUntil)
    {
        string text = words.Text;
        int limit = Math.Min(words.Count, verb + 1 + MaxSubjectTokens);
        for (int j = verb + 1; j < limit; j++)
        {
            if (words.Tokens[j].Start < coveredUntil) return null;
            if (j > verb + 1 && QuoteLexicon.Verbs.ContainsKey(words.Bare(j))) break;
            bool opener = IsOpeningQuote(text, words.Tokens[j].Start) && !words.IsWord(j);
            bool complementizer = words.IsWord(j) && QuoteLexicon.IsComplementizer(words.Keys[j]);
            bool colon = words.Keys[j] == ":";
            if (!opener && !complementizer && !colon) continue;
            int contentToken = opener ? j : j + 1;
            if (contentToken >= words.Count) return null;
            int start = words.Tokens[contentToken].Start;
            if (IsOpeningQuote(text, start) && DirectQuote(text, start) is { } quoted) return (quoted.Start, quoted.End, true, j);
            if (opener)
            {
                // A short quoted name («قسد», "رويترز"): its closing mark must not be read as an opening one.
                if (ClosingMark(text, start) is { } close)
                    while (j + 1 < limit && words.Tokens[j + 1].Start <= close) j++;
                continue;
            }
            return (start, ReportedEnd(words, contentToken), false, j);
        }
        // The quotation came first: «…»، قال فلان.
        if (verb >= 2 && words.Keys[verb - 1] is "،" or "," && QuoteBefore(words, verb - 1) is { } before)
            return (before.Start, before.End, true, Math.Min(words.Count, verb + 1 + MaxSubjectTokens));
        return null;
    }

    /// <summary>
    /// The quote a source word introduces: "وفق X فإن …" (reported, or direct when a quotation follows فإن) and
    /// "بحسب X، «…»" (direct); null for a source that only ends a sentence ("…، بحسب المرصد").
    /// </summary>
    private static (int Start, int End, bool Direct, int SubjectEnd)? SourceAttribution(ClauseWords words, int source, int coveredUntil)
    {
        string text = words.Text;
        int limit = Math.Min(words.Count, source + 1 + MaxSubjectTokens);
        for (int j = source + 1; j < limit; j++)
        {
            if (words.Tokens[j].Start < coveredUntil) return null;
            if (words.IsWord(j) && QuoteLexicon.Verbs.ContainsKey(words.Bare(j))) return null;
            if (words.IsWord(j) && words.Keys[j] is "فان" or "فانه" or "فانها")
            {
                if (j + 1 >= words.Count) return null;
                int start = words.Tokens[j + 1].Start;
                if (IsOpeningQuote(text, start) && DirectQuote(text, start) is { } q) return (q.Start, q.End, true, j);
                return (start, ReportedEnd(words, j + 1), false, j);
            }
            if (words.Keys[j] is "،" or "," && j + 1 < words.Count && IsOpeningQuote(text, words.Tokens[j + 1].Start)
                && DirectQuote(text, words.Tokens[j + 1].Start) is { } quoted) return (quoted.Start, quoted.End, true, j);
            if (words.IsClauseMark(j)) return null;
        }
        return null;
    }

    /// <summary>Reported speech runs to the end of the sentence, or to the next speech verb after a comma.</summary>
    private static int ReportedEnd(ClauseWords words, int from)
    {
        int last = from;
        for (int k = from; k < words.Count; k++)
        {
            if (k > from + 1 && words.IsClauseMark(k - 1) && QuoteLexicon.Verbs.ContainsKey(words.Bare(k))) break;
            if (words.IsWord(k) || !words.IsClauseMark(k)) last = k;
        }
        return words.Tokens[last].End;
    }

    private static (int Start, int End)? QuoteBefore(ClauseWords words, int comma)
    {
        int close = comma - 1;
        if (close < 0 || words.IsWord(close) || !IsQuoteMark(words.Text[words.Tokens[close].Start])) return null;
        for (int k = close - 1; k >= 0; k--)
        {
            if (words.IsWord(k) || !IsOpeningQuote(words.Text, words.Tokens[k].Start)) continue;
            var quoted = DirectQuote(words.Text, words.Tokens[k].Start);
            return quoted is { } q && q.End == words.Tokens[close].Start ? q : null;
        }
        return null;
    }

    /// <summary>The text between the quotation mark at <paramref name="open"/> and its closing mark, without the marks;
    /// null when it does not close within the paragraph or holds fewer than <see cref="MinQuoteWords"/> words.</summary>
    internal static (int Start, int End)? DirectQuote(string text, int open)
    {
        if (ClosingMark(text, open) is not { } k) return null;
        int start = open + 1, end = k;
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        int wordCount = text[start..end].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        return wordCount >= MinQuoteWords ? (start, end) : null;
    }

    /// <summary>The offset of the mark that closes the quotation opened at <paramref name="open"/>, within its paragraph.</summary>
    private static int? ClosingMark(string text, int open)
    {
        char opening = text[open];
        for (int k = open + 1; k < text.Length; k++)
        {
            char c = text[k];
            if (c == '\n' && k + 1 < text.Length && text[k + 1] == '\n') return null;
            if (Closes(opening, c)) return k;
        }
        return null;
    }

    private static bool Closes(char opening, char c) => opening switch
    {
        '«' => c == '»',
        '“' => c is '”' or '"',
        '"' => c is '"' or '”',
        '”' => c is '”' or '“',
        '„' => c is '“' or '”',
        _ => false,
    };

    private static bool IsQuoteMark(char c) => c is '"' or '«' or '»' or '“' or '”' or '„';

    private static bool IsOpeningQuote(string text, int at) => at < text.Length && text[at] is '"' or '«' or '“' or '”' or '„';
}
